// `npm run dev`: the API with reload on change (port 3000) and the Vite dev server (5173) proxying /graphql to it.
import { spawn } from 'node:child_process';

const children = [
  spawn('npm', ['run', 'dev', '-w', '@lantoa/api'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'development' } }),
  spawn('npm', ['run', 'dev', '-w', '@lantoa/web'], { stdio: 'inherit' }),
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
for (const child of children)
  child.on('exit', () => {
    stop();
  });
