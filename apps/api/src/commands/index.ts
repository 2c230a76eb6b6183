// Maintenance commands used by the `lantoa` CLI (apps/cli): they run the API's own services on its database.
export { withCommandContext } from './command-context.js';
export { DEMO_PASSWORD, seedDemo, type DemoSignIn } from './seed-demo.js';
export { grantRole } from './users-grant.js';
export { ROLES } from '../identity/role-grants.service.js';
export { DomainError } from '../errors/domain-error.js';
export { RollupsService, type RollupDifference } from '../reports/rollups.service.js';
export { SigningKeysService } from '../certificates/signing-keys.service.js';
export { exportCourses } from './courses-export.js';
