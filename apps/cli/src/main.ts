#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { coursesCheck } from './commands/courses-check.js';
import { seedDemoCommand } from './commands/seed-demo.js';
import { usersGrant } from './commands/users-grant.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const userDir = process.env.INIT_CWD ?? process.cwd();

const usage = `lantoa <command>

Commands:
  courses:check [dir]          check course files (default: courses/) and report every problem
  users:grant --phone <phone> --role <ROLE> [--scope <province code | team id>] [--name "<full name>"]
                               give a role; creates a pending account for an unknown phone
  seed:demo                    fill the database with demo data for two provinces and print the sign-ins

Database: DATABASE_URL, or the embedded PostgreSQL in LANTOA_DATA_DIR / .data (joined if npm start is running).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'courses:check':
      return coursesCheck(rest[0] ? resolve(userDir, rest[0]) : resolve(repoRoot, 'courses'), print);
    case 'users:grant': {
      const { values } = parseArgs({
        args: rest,
        options: { phone: { type: 'string' }, role: { type: 'string' }, scope: { type: 'string' }, name: { type: 'string' } },
        strict: true,
      });
      return usersGrant(values, print);
    }
    case 'seed:demo':
      return seedDemoCommand(print);
    case undefined:
    case 'help':
    case '--help':
      print(usage);
      return command ? 0 : 1;
    default:
      console.error(`Unknown command "${command}".\n\n${usage}`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const domain = error as { messages?: { vi: string; en: string }; fields?: { message: { vi: string } }[] };
    const detail = domain.fields?.map((f) => f.message.vi).join('; ');
    console.error(`✗ ${detail || domain.messages?.vi || (error instanceof Error ? error.message : String(error))}`);
    process.exitCode = 1;
  },
);
