import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Mend's error log, in user data (logs/mend.log). It records what went wrong and where, never what
 * was written: entries are fixed words chosen here plus an error's class name and code (ENOSPC,
 * crashed), never an error's message, which can quote a path or text. One line per event.
 */
export interface ErrorLog {
  readonly folder: string;
  record(event: string, error?: unknown): void;
}

const SAFE = /^[A-Za-z0-9_.:-]{1,40}$/;

/** The parts of an error that cannot carry journal text. */
export function describeSafely(error: unknown): string {
  if (error === undefined) return '';
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const parts = [SAFE.test(name) ? name : 'Error'];
  if (typeof code === 'string' && SAFE.test(code)) parts.push(code);
  return parts.join(' ');
}

export function createErrorLog(userData: string, now: () => Date = () => new Date()): ErrorLog {
  const folder = join(userData, 'logs');
  return {
    folder,
    record(event, error) {
      const safeEvent = SAFE.test(event) ? event : 'event';
      try {
        mkdirSync(folder, { recursive: true });
        appendFileSync(join(folder, 'mend.log'), `${now().toISOString()} ${safeEvent} ${describeSafely(error)}`.trimEnd() + '\n');
      } catch {
        // A log that cannot be written must not become a second problem.
      }
    },
  };
}
