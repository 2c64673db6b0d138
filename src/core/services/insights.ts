import { isDomainError } from '../errors';
import { journalPath, journalSpec } from '../model/journal';
import { EnvelopeAdapter } from '../store/envelope-adapter';
import { addJournal, emptyTally, finishInsights, type Insights } from '../logic/insights';
import type { ServiceContext } from './context';

/**
 * Insights over every journal. Not on the start-up path, so it may read them all, but it does so one at
 * a time and without keeping them: each journal is decoded, counted and let go, so memory stays flat
 * however many years the journals hold. A journal that cannot be read is counted as skipped, not fatal.
 */
export async function getInsights(ctx: ServiceContext): Promise<Insights> {
  const tally = emptyTally();
  for (const summary of ctx.store.summaries()) {
    try {
      const journal = await new EnvelopeAdapter(ctx.store.files, journalPath(summary.id), journalSpec).read();
      if (journal === null) tally.skipped += 1;
      else addJournal(tally, journal);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      tally.skipped += 1;
    }
  }
  return finishInsights(tally);
}
