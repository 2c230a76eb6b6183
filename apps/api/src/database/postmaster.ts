import { execFileSync } from 'node:child_process';
import { readFileSync, readlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DatabaseStartError } from './database-start-error.js';

/** A PostgreSQL server found running on a data directory through its `postmaster.pid`. */
export interface RunningPostmaster {
  pid: number;
  port: number;
  /**
   * The Lan Tỏa process (node) that started it and still runs it, or null when nobody does: its parent died
   * (`kill -9`, out of memory) and it was handed to init, so it is an orphan we may stop.
   */
  owner: { pid: number; command: string } | null;
}

/** The live postmaster of this data directory, or null (no `postmaster.pid`, or a stale one). */
export function runningPostmaster(dataDir: string): RunningPostmaster | null {
  let lines: string[];
  try {
    // postmaster.pid: line 1 the server's pid, line 2 its data directory, line 4 its port.
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const info = processInfo(pid);
  // After a reboot or in a new container the old pid may belong to another program: then the file is stale.
  if (info && !info.command.includes('postgres')) return null;
  const parent = info ? processInfo(info.parentPid) : null;
  const owned = parent !== null && info!.parentPid > 1 && isNode(info!.parentPid, parent.command);
  return { pid, port: Number(lines[3]) || 0, owner: owned ? { pid: info!.parentPid, command: commandLine(info!.parentPid) } : null };
}

/** Stops a postmaster we do not hold as a child: SIGINT is PostgreSQL's fast shutdown; waits until it is gone. */
export async function stopPostmaster(pid: number, timeoutMs = 30_000): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new DatabaseStartError(`cannot stop PostgreSQL (pid ${pid}): ${(error as Error).message}. Stop it yourself: kill -INT ${pid}`, {
      cause: error,
    });
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new DatabaseStartError(
        `PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000} s after SIGINT. Stop it yourself: kill -QUIT ${pid}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Alive and not a zombie (a zombie has exited; only its parent has not collected it yet). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return processInfo(pid)?.state !== 'Z';
}

interface ProcessInfo {
  command: string;
  state: string;
  parentPid: number;
}

function processInfo(pid: number): ProcessInfo | null {
  try {
    // /proc/<pid>/stat: "pid (command) state ppid …"; the command may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const [state = '', ppid] = stat.slice(close + 2).split(' ');
    return { command: stat.slice(stat.indexOf('(') + 1, close), state, parentPid: Number(ppid) };
  } catch {
    // No /proc (macOS): ask ps.
    try {
      const [ppid, state = '', ...command] = execFileSync('ps', ['-o', 'ppid=,stat=,comm=', '-p', String(pid)], { encoding: 'utf8' })
        .trim()
        .split(/\s+/);
      return { command: command.join(' '), state: state.slice(0, 1), parentPid: Number(ppid) };
    } catch {
      return null;
    }
  }
}

function isNode(pid: number, command: string): boolean {
  try {
    return basename(readlinkSync(`/proc/${pid}/exe`)).startsWith('node');
  } catch {
    return basename(command).startsWith('node');
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
  } catch {
    return `pid ${pid}`;
  }
}
