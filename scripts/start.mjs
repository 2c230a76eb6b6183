// `npm start`: build what changed since the last build (npm install builds everything), then run the platform.
// Checking file times here costs milliseconds; asking Nx costs seconds, which counts against a 10 s cold start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const projects = ['libs/course-format', 'libs/domain', 'apps/api', 'apps/web'];

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const stale = projects.some((p) => !existsSync(join(p, 'dist')) || newest(join(p, 'src')) > newest(join(p, 'dist')));
if (stale) {
  console.log('Lan Tỏa: building what changed…');
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import('../apps/api/dist/main.js');
