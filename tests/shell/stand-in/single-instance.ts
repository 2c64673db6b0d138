/**
 * app.requestSingleInstanceLock, modelled on Chromium's process singleton: a lock naming the primary's
 * pid in user data (a lock left by a process that is gone is taken over), and the second instance's
 * argv handed to the primary, which emits 'second-instance'.
 *
 * "The return value of this method indicates whether or not this instance of your application
 * successfully obtained the lock. If it failed to obtain the lock, you can assume that another
 * instance of your application is already running with the lock and exit immediately." (d.ts ~1715)
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = 'SingletonLock';
const INBOX = 'SingletonInbox';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(userData: string): number | null {
  try {
    const pid = Number(readFileSync(join(userData, LOCK), 'utf8'));
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
  } catch {
    return null;
  }
}

export function acquireSingleInstance(userData: string, onSecond: (argv: string[]) => void): boolean {
  mkdirSync(join(userData, INBOX), { recursive: true });
  const primary = holder(userData);
  if (primary !== null) {
    // Handed over before this returns, as Chromium does, so the caller may quit at once.
    writeFileSync(join(userData, INBOX, `${process.pid}.json`), JSON.stringify(process.argv));
    return false;
  }
  writeFileSync(join(userData, LOCK), String(process.pid));
  const timer = setInterval(() => {
    for (const name of readdirSync(join(userData, INBOX))) {
      const file = join(userData, INBOX, name);
      const argv = JSON.parse(readFileSync(file, 'utf8')) as string[];
      rmSync(file, { force: true });
      onSecond(argv);
    }
  }, 50);
  timer.unref();
  process.on('exit', () => rmSync(join(userData, LOCK), { force: true }));
  return true;
}
