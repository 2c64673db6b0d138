import { buildHome, type HomeData } from '../logic/home';
import { dueReminders, type Reminder } from '../logic/reminders';
import type { ServiceContext } from './context';

/**
 * Home and reminders read the index only: every verdict, sparkline and due item comes from the
 * summaries' compact trust inputs, so start-up never waits on opening journals.
 */
export function getHome(ctx: ServiceContext, first?: number): HomeData {
  return buildHome(ctx.store.summaries(), ctx.now(), first);
}

/** What is due right now, for desktop notifications and the banner on Home. */
export function getDueReminders(ctx: ServiceContext): Reminder[] {
  return dueReminders(ctx.store.summaries(), ctx.now());
}
