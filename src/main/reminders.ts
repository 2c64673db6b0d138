import type { Core } from '../core/open-core';
import type { Platform } from '../core/services/platform';
import type { Reminder } from '../core/logic/reminders';
import { localDay } from '../core/logic/calendar';

/** How often the main process asks core what is due while Mend runs. */
export const REMINDER_POLL_MS = 15 * 60_000;
/** More than this many at once become a single gentle summary, not a stack of alerts. */
export const MAX_NOTIFICATIONS_PER_POLL = 3;

export interface ReminderPoller {
  /** Asks core once and notifies anything not yet notified today. Never throws. */
  poll(): Promise<void>;
  stop(): void;
}

interface PollerOptions {
  now?: () => Date;
  intervalMs?: number;
}

/**
 * Desktop reminders: on start and every 15 minutes, each due item is notified at most once per day.
 * What was notified is remembered in memory only, so a restart may repeat today's reminders once,
 * which is better than writing reminder state into the journal folder. Titles and bodies come from
 * core, which puts no journal text in them beyond the person's name; nothing here is ever logged.
 */
export function startReminders(core: Pick<Core, 'call'>, platform: Pick<Platform, 'notify'>, options: PollerOptions = {}): ReminderPoller {
  const now = options.now ?? (() => new Date());
  let today = '';
  let notified = new Set<string>();
  let running = false;

  const poll = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const result = await core.call('reminders:due', {});
      // Locked, or anything else unexpected: try again on the next tick.
      if (!result?.ok || !Array.isArray(result.value)) return;
      const day = localDay(now());
      if (day !== today) {
        today = day;
        notified = new Set();
      }
      const fresh = (result.value as Reminder[]).filter((r) => !notified.has(r.key));
      for (const r of fresh) notified.add(r.key);
      show(platform, fresh);
    } catch {
      // A reminder must never take the app down; the same items stay visible on Home.
    } finally {
      running = false;
    }
  };

  void poll();
  const timer = setInterval(() => void poll(), options.intervalMs ?? REMINDER_POLL_MS);
  // Reminders alone must not keep the process alive.
  timer.unref?.();
  return { poll, stop: () => clearInterval(timer) };
}

function show(platform: Pick<Platform, 'notify'>, reminders: readonly Reminder[]): void {
  if (reminders.length <= MAX_NOTIFICATIONS_PER_POLL) {
    for (const r of reminders) platform.notify(r.title, r.body, `/r/${r.relationshipId}`);
    return;
  }
  const shown = reminders.slice(0, MAX_NOTIFICATIONS_PER_POLL - 1);
  for (const r of shown) platform.notify(r.title, r.body, `/r/${r.relationshipId}`);
  const more = reminders.length - shown.length;
  platform.notify(`${more} more reminders`, 'They are waiting on Home in Mend.', '/');
}
