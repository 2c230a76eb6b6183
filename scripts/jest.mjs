// Runs jest for the project in the current directory in native ESM mode and keeps a JSON report
// in .test-results/ so that scripts/test-all.mjs can print one total over every suite (Nx caches it too).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
mkdirSync('.test-results', { recursive: true });
const result = spawnSync(process.execPath, [jestBin, '--json', '--outputFile=.test-results/jest.json', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim() },
});
process.exit(result.status ?? 1);
