// `npm test`: lint, typecheck and every test suite through Nx (cached), then one total over all suites.
// The last line is `N passed, N failed[, N skipped]` so CI can read it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const projectDirs = ['apps', 'libs', 'test'].flatMap((group) =>
  existsSync(group)
    ? readdirSync(group)
        .map((name) => join(group, name))
        .filter((dir) => existsSync(join(dir, 'package.json')))
    : [],
);
for (const dir of projectDirs) rmSync(join(dir, '.test-results'), { recursive: true, force: true });

const nx = (targets) =>
  spawnSync('npx', ['nx', 'run-many', '-t', ...targets, '--outputStyle=stream', '--parallel=2'], { stdio: 'inherit', env: process.env });

const checks = nx(['lint', 'typecheck']);
const tests = nx(['test']);

let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of projectDirs) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) continue;
  const file = join(dir, '.test-results', 'jest.json');
  if (!existsSync(file)) {
    missing.push(dir);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that failed to load (syntax error, failed setup) has no test results: count it as a failure.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
}

if (checks.status !== 0) console.error('\nlint or typecheck failed (see above)');
if (missing.length > 0) console.error(`\nno test report from: ${missing.join(', ')} (the suite did not run)`);
failed += missing.length + (checks.status !== 0 ? 1 : 0);
const ok = checks.status === 0 && tests.status === 0 && failed === 0;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
