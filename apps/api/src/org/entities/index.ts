import { AdminUnitDataset } from './admin-unit-dataset.entity.js';
import { AdminUnitSuccession } from './admin-unit-succession.entity.js';
import { AdminUnit } from './admin-unit.entity.js';
import { TeamMembership } from './team-membership.entity.js';
import { Team } from './team.entity.js';

export { AdminUnit, AdminUnitDataset, AdminUnitSuccession, Team, TeamMembership };
export const orgEntities = [AdminUnit, AdminUnitSuccession, AdminUnitDataset, Team, TeamMembership];
