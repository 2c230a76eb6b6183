#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coursesCheck } from './commands/courses-check.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const userDir = process.env.INIT_CWD ?? process.cwd();

const usage = `lantoa <command>

Commands:
  courses:check [dir]   check course files (default: courses/) and report every problem`;

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'courses:check':
      return coursesCheck(args[0] ? resolve(userDir, args[0]) : resolve(repoRoot, 'courses'), (line) => console.log(line));
    case undefined:
    case 'help':
    case '--help':
      console.log(usage);
      return command ? 0 : 1;
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
