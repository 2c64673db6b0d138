import { buildHome, homeSteps, type HomeData, type KeptRows } from '../logic/home';
import { dueReminders, type Reminder } from '../logic/reminders';
import type { RelationshipSummary } from '../model/index-file';
import { currentZone, inOneZone } from '../logic/verdict-time';
import type { ServiceContext } from './context';

/**
 * How long Home's work may hold main's thread at a time. Verdicts for everyone at L take about 10 ms
 * once the code is warm, so most calls never pause; the first one after opening (cold code, hundreds
 * of people) took 50–150 ms in one go, and every other call of the window (a save, a search) waited
 * behind it.
 */
const SLICE_MS = 12;

// Core has no host typings; both Node and browsers have setTimeout, which lets queued calls run first.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
const breathe = (): Promise<void> => new Promise((resolve) => host.setTimeout(resolve, 0));

/**
 * Home and reminders read the index only: every verdict, sparkline and due item comes from the
 * summaries' compact trust inputs, so start-up never waits on opening journals.
 */
export async function getHome(ctx: ServiceContext, first?: number): Promise<HomeData> {
  const summaries = ctx.store.summaries();
  const rows = ctx.store.homeRows;
  const home = await homeInSlices(summaries, ctx.now(), first ?? Infinity, undefined, rows);
  // Everyone's rows are kept for the next start, in the background once the summaries of saves made just
  // before are in the index (a row is kept under its summary's shard).
  if (first === undefined) void rows.keep(summaries, () => ctx.store.summariesWritten());
  return home;
}

/**
 * `buildHome`, handing the thread back whenever a slice has run `sliceMs`. It works on the summaries
 * and the moment it was asked for, so saves made while it pauses show in the next call, as they
 * would had they come just after this one. A change of time zone between two slices (stamps read in
 * one zone, others in the next) starts it again in one go.
 */
export async function homeInSlices(
  summaries: readonly RelationshipSummary[],
  now: Date,
  first: number,
  sliceMs = SLICE_MS,
  kept?: KeptRows,
): Promise<HomeData> {
  const steps = homeSteps(summaries, now, first, kept);
  let zone: number | null = null;
  for (;;) {
    const slice = inOneZone(() => {
      const zoneHere = currentZone();
      if (zone !== null && zoneHere !== zone) return 'zone changed' as const;
      zone = zoneHere;
      const until = Date.now() + sliceMs;
      for (;;) {
        const step = steps.next();
        if (step.done) return step.value;
        if (Date.now() >= until) return null;
      }
    });
    if (slice === 'zone changed') return buildHome(summaries, now, first, kept);
    if (slice !== null) return slice;
    await breathe();
  }
}

/** What is due right now, for desktop notifications and the banner on Home. */
export function getDueReminders(ctx: ServiceContext): Reminder[] {
  return dueReminders(ctx.store.summaries(), ctx.now());
}
