import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPaths } from '../config/paths.js';
import { createTestApp } from '../testing/test-app.js';

// The web's types are generated from apps/api/schema.graphql, so the committed file must be what the code serves.
// `npm run schema:print` rewrites it (this test with LANTOA_UPDATE_SCHEMA=1).
describe('the committed GraphQL schema', () => {
  it('matches the schema the code builds', async () => {
    const printed = join(mkdtempSync(join(tmpdir(), 'lantoa-schema-')), 'schema.graphql');
    const t = await createTestApp({ schemaFile: printed });
    await t.close();
    if (process.env.LANTOA_UPDATE_SCHEMA === '1') copyFileSync(printed, defaultPaths.schemaFile);
    const committed = readFileSync(defaultPaths.schemaFile, 'utf8');
    expect(readFileSync(printed, 'utf8')).toBe(committed);
  });
});
