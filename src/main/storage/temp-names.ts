import { createHash } from 'node:crypto';
import * as os from 'node:os';
import * as path from 'node:path';
import { isProcessAlive, processStartMs } from './process-alive';
import { randomSuffix } from './storage-paths';

/**
 * Names of the temp files durable writes make: `.<file>.<device>.<pid>-<start>-<random>.tmp`.
 * A pid alone is not enough: after a crash the pid may be reused by any program, and a pid-only check
 * then keeps the half-written (plain text) file forever. With the device and the process start in the
 * name, this computer's leftovers are recognised whatever their pid, and another computer's (which may
 * be saving right now through a synced folder) are told apart from ours.
 */
export const TEMP_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** A stable tag for this computer before its device id is known (user-data files, tools, tests). */
const HOST_TAG = `h${createHash('sha256').update(os.hostname()).digest('hex').slice(0, 15)}`;
/** When this process started, in ms since the epoch, base 36: with the pid, one process ever. */
const PROCESS_START = Math.round(Date.now() - process.uptime() * 1000).toString(36);
let device = HOST_TAG;

/** Names later temp files with this computer's device id (from user-data); called when a folder opens. */
export function useDeviceForTemps(id: string): void {
  if (/^[0-9a-z]{4,32}$/.test(id)) device = id;
}

/** Same folder as the target (so rename is atomic), hidden (so list() skips it), unique per writer. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${device}.${process.pid}-${PROCESS_START}-${randomSuffix()}.tmp`);
}

export type TempName =
  | { kind: 'tagged'; target: string; device: string; pid: number; start: string }
  /** Made before temps carried a device: only the pid is known. */
  | { kind: 'pid-only'; target: string; pid: number };

const TAGGED = /^\.(.+)\.([0-9a-z]{4,32})\.(\d+)-([0-9a-z]+)-[0-9a-f]+\.tmp$/;
const PID_ONLY = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;

export function parseTempName(name: string): TempName | null {
  const tagged = TAGGED.exec(name);
  if (tagged) return { kind: 'tagged', target: tagged[1] as string, device: tagged[2] as string, pid: Number(tagged[3]), start: tagged[4] as string };
  const old = PID_ONLY.exec(name);
  return old ? { kind: 'pid-only', target: old[1] as string, pid: Number(old[2]) } : null;
}

/**
 * Whether a leftover temp may go. This computer's: at start (`atStart`, with the folder locked, so no
 * other Mend of this computer is in the folder) always; later only when the process that wrote it is
 * gone (dead, or its pid now belongs to a process that started at another time). Never this very
 * process's own. Another computer's: only once older than a day. Pid-only names: when that pid is not
 * alive here, or once older than a day. `ageMs` is undefined when the file system cannot say: kept.
 */
export function isSweepable(temp: TempName, ageMs: number | undefined, atStart = false): boolean {
  const old = ageMs !== undefined && ageMs > TEMP_MAX_AGE_MS;
  if (temp.kind === 'pid-only') return old || !isProcessAlive(temp.pid);
  if (temp.device !== device && temp.device !== HOST_TAG) return old;
  if (isThisProcess(temp)) return false;
  return atStart || !isProcessAlive(temp.pid) || !sameStart(temp);
}

/** Process start times read two ways (our uptime, the system's table) differ by a little. */
const START_SLACK_MS = 2000;

/** Whether the live process with the temp's pid is the one that wrote it (same start time). */
function sameStart(temp: Extract<TempName, { kind: 'tagged' }>): boolean {
  const started = processStartMs(temp.pid);
  if (started === null) return true; // this platform cannot say: assume it may be the writer
  return Math.abs(started - parseInt(temp.start, 36)) <= START_SLACK_MS;
}

/** Written by this very process (a save that may be in progress right now). */
export function isThisProcess(temp: TempName): boolean {
  return temp.kind === 'tagged' && temp.pid === process.pid && temp.start === PROCESS_START;
}
