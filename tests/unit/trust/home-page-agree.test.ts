/**
 * Issue 14.12: Home (from the index's compact inputs, saved at one moment) and the person page (from the
 * whole journal, at another) must give the same verdict, with the same words, for any history, whatever
 * the clock did in between (it may have moved back: a wrong clock corrected, a laptop from another zone).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHome } from '../../../src/core/logic/home';
import { toTrustInputs, verdictForJournal } from '../../../src/core/logic/trust-inputs';
import type { JournalParts } from '../../../src/core/logic/trust-inputs';
import { trustInputsSchema } from '../../../src/core/model/trust-inputs';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { BASE, historyFrom, historySizes as sizes } from './random-history';

const RUNS = Number(process.env.MEND_AGREE_RUNS ?? 4000);

const offsetMinutes = fc.integer({ min: -400 * 1440, max: 400 * 1440 });

/** What Home sees: the summary saved at `savedAt`, written to the index and read back. */
function homeVerdict(journal: JournalParts, savedAt: Date, now: Date) {
  const stored = JSON.parse(JSON.stringify(toTrustInputs(journal, savedAt))) as unknown;
  const summary = { id: 'p', name: 'Sam', role: '', kind: 'peer', archived: false, trust: trustInputsSchema.parse(stored) } as RelationshipSummary;
  return buildHome([summary], now).people[0]!.verdict;
}

describe('Home and the person page agree', () => {
  it(`give the same verdict and words over ${RUNS} random histories`, () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.integer(), sizes, offsetMinutes, offsetMinutes, (seed, size, saved, viewed) => {
        const journal = historyFrom(seed, size);
        const [savedAt, now] = [new Date(BASE + saved * 60_000), new Date(BASE + viewed * 60_000)];
        const home = homeVerdict(journal, savedAt, now);
        const page = verdictForJournal(journal, now);
        compared += 1;
        expect({ label: home.label, reason: home.reason, why: home.why, lag: home.lagNote }).toEqual({ label: page.label, reason: page.reason, why: page.why, lag: page.lagNote });
      }),
      { numRuns: RUNS, seed: 1411 },
    );
    console.log(`Home and the person page compared on ${compared} random histories`);
  }, 120_000);
});
