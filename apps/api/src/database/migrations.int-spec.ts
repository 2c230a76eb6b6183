import { describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { createTestDatabase } from '../testing/test-app.js';
import { dataSourceOptions } from './data-source-options.js';

describe('migrations', () => {
  it('build exactly the schema the entities describe (nothing left for migration:generate)', async () => {
    const ds = new DataSource(dataSourceOptions(await createTestDatabase()));
    await ds.initialize();
    try {
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('can be reverted to an empty schema and applied again', async () => {
    const ds = new DataSource(dataSourceOptions(await createTestDatabase()));
    await ds.initialize();
    try {
      for (const _ of ds.migrations) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables[0].n).toBe(0);
      await ds.runMigrations();
      expect(await ds.showMigrations()).toBe(false);
    } finally {
      await ds.destroy();
    }
  });
});
