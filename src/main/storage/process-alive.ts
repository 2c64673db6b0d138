import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { errorCode } from './fs-seam';

/**
 * Whether a process with this pid exists on this machine. Signal 0 checks without signalling;
 * EPERM means it exists but belongs to someone else, which still counts as alive.
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** Linux reports start times in clock ticks since boot; USER_HZ is 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/**
 * When the process with this pid started (ms since the epoch), or null when this platform cannot say.
 * A pid is reused after its process ends; a process that started after a lock was taken cannot hold it.
 */
export function processStartMs(pid: number): number | null {
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  try {
    if (process.platform === 'linux') return linuxStart(pid);
    if (process.platform === 'win32') return null;
    const text = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', timeout: 2000 });
    const at = Date.parse(text.trim());
    return Number.isNaN(at) ? null : at;
  } catch {
    return null;
  }
}

function linuxStart(pid: number): number | null {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]); // field 22 overall: starttime
  const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'));
  if (!boot || !Number.isFinite(ticks)) return null;
  return (Number(boot[1]) + ticks / TICKS_PER_SECOND) * 1000;
}
