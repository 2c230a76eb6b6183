#!/usr/bin/env node
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, parseArgs } from 'node:util';
import { coursesCheck } from './commands/courses-check.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const userDir = process.env.INIT_CWD ?? process.cwd();

const usage = `lantoa <command>

Commands:
  courses:check [dir]          check course files (default: courses/) and report every problem
  courses:export <dir> [--course <slug>] [--version <n>] [--replace]
                               write the published content (browser edits included) to <dir>/<course slug>/
  users:grant --phone <phone> --role <ROLE> [--scope <province code | team id>] [--name "<full name>"]
                               give a role; creates a pending account for an unknown phone
  seed:demo                    fill the database with demo data for two provinces and print the sign-ins
  reports:rebuild [--check]    recount the report roll-ups from the raw rows (--check: only report differences)
  certificates:rotate-key      sign new certificates with a new Ed25519 key; older certificates stay valid
                               (with LANTOA_CERTIFICATE_KEY set: change that setting instead)

Database: DATABASE_URL, or the embedded PostgreSQL in LANTOA_DATA_DIR / .data (joined if npm start is running).`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const print = (line: string) => console.log(line);
  switch (command) {
    case 'courses:check':
      return coursesCheck(rest[0] ? resolve(userDir, rest[0]) : resolve(repoRoot, 'courses'), print);
    case 'courses:export': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { course: { type: 'string' }, version: { type: 'string' }, replace: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
      if (!positionals[0]) {
        console.error(`courses:export needs a folder.\n\n${usage}`);
        return 1;
      }
      const { coursesExport } = await import('./commands/courses-export.js');
      return coursesExport(resolve(userDir, positionals[0]), values, print);
    }
    case 'users:grant': {
      const { values } = parseArgs({
        args: rest,
        options: { phone: { type: 'string' }, role: { type: 'string' }, scope: { type: 'string' }, name: { type: 'string' } },
        strict: true,
      });
      // Loaded on demand: the API (Nest, TypeORM, PostgreSQL) is seconds of start-up that courses:check never needs.
      const { usersGrant } = await import('./commands/users-grant.js');
      return usersGrant(values, print);
    }
    case 'seed:demo': {
      const { seedDemoCommand } = await import('./commands/seed-demo.js');
      return seedDemoCommand(print);
    }
    case 'reports:rebuild': {
      const { reportsRebuild } = await import('./commands/reports-rebuild.js');
      return reportsRebuild(parseArgs({ args: rest, options: { check: { type: 'boolean' } }, strict: true }).values, print);
    }
    case 'certificates:rotate-key': {
      const { certificatesRotateKey } = await import('./commands/certificates-rotate-key.js');
      return certificatesRotateKey(print);
    }
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

// End with an explicit exit once the output is written: embedded PostgreSQL's exit hook (async-exit-hook) calls
// process.exit(0) on `beforeExit`, which would turn every failure into success for the shell and for CI.
function exit(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  const domain = error as { messages?: { vi: string; en: string }; fields?: { message: { vi: string } }[] };
  const detail = domain.fields?.map((f) => f.message.vi).join('; ');
  const expected = detail || domain.messages?.vi;
  // An unexpected fault (not a DomainError the person can act on) keeps its stack for whoever reports it.
  console.error(`✗ ${expected || (error instanceof Error ? (error.stack ?? error.message) : `unexpected failure: ${inspect(error)}`)}`);
  exit(1);
});
