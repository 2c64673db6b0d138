import { z } from 'zod';
import type { HomeData } from '../../logic/home';
import type { Reminder } from '../../logic/reminders';
import type { ServiceContext } from '../../services/context';
import * as home from '../../services/home';

/** Home, "where to look", and the reminders the main process turns into desktop notifications. */
export const homeSchemas = {
  // `first`: the first screen only (HomePage asks for it, then for everything).
  'home:get': z.strictObject({ first: z.number().int().min(1).max(1000).optional() }),
  'reminders:due': z.strictObject({}),
};

type In<C extends keyof typeof homeSchemas> = z.output<(typeof homeSchemas)[C]>;

export interface HomeContract {
  /**
   * Everything Home shows, from the index only: each person with their verdict (label, one-sentence
   * reason, lag note) and sparkline; open commitments due within a week or past their date; planned
   * conversations; and the reminders that are due now. With `first`, only the first that many people
   * are listed (`counts` says how many there are): a few kilobytes to draw the first screen from.
   */
  'home:get': (input: In<'home:get'>) => HomeData;
  /**
   * Commitments due today or past their date and trust checks that are due, for active relationships.
   * Titles and bodies carry no journal text beyond the person's name. Each item has a stable `key`.
   */
  'reminders:due': (input: In<'reminders:due'>) => Reminder[];
}

export const homeHandlers = (ctx: ServiceContext) => ({
  'home:get': async (input: In<'home:get'>) => home.getHome(ctx, input.first),
  'reminders:due': async () => home.getDueReminders(ctx),
});
