// `npm run dev`: the API with reload on change (port 3000) and the Vite dev server (5173) proxying /graphql to it.
// The two are started directly (not through npm) so that Ctrl-C reaches them and the API stops its PostgreSQL.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const vite = join(dirname(require.resolve('vite/package.json', { paths: ['apps/web'] })), 'bin/vite.js');
const children = [
  spawn(process.execPath, ['--watch-path=src', '--watch-preserve-output', '--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: 'apps/api',
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn(process.execPath, [vite], { cwd: 'apps/web', stdio: 'inherit' }),
];
console.log('Lan Tỏa dev: web http://localhost:5173/ (hot reload), API http://localhost:3000/graphql');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
