import { AdminUnitDataset } from './admin-unit-dataset.entity.js';
import { AdminUnitSuccession } from './admin-unit-succession.entity.js';
import { AdminUnit } from './admin-unit.entity.js';

export { AdminUnit, AdminUnitDataset, AdminUnitSuccession };
export const orgEntities = [AdminUnit, AdminUnitSuccession, AdminUnitDataset];
