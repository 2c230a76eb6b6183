import { CreateCatalogTables1763856000000 } from './1763856000000-create-catalog-tables.js';

/** Every migration, in order. TypeORM runs the pending ones at start-up. */
export const migrations = [CreateCatalogTables1763856000000];
