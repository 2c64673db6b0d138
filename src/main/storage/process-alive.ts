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
