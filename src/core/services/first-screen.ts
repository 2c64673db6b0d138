import type { Journal } from '../model/journal';

/** How many of each long list the first screen of a person's page gets (the timeline shows about twenty). */
export const FIRST_SCREEN_LATEST = 50;

export interface FirstScreen {
  /** The journal with each long list cut to its latest entries; the whole journal when nothing was cut. */
  journal: Journal;
  /** True when nothing was cut: this is the whole journal, and no second answer is needed. */
  whole: boolean;
}

/** The latest `n` by `when` (ISO stamps compare as text), in their original order. */
function latest<T>(items: readonly T[], when: (item: T) => string, n: number): T[] {
  if (items.length <= n) return [...items];
  const cutoff = items.map(when).sort().at(-n)!;
  const newer = items.filter((item) => when(item) > cutoff);
  const at = items.filter((item) => when(item) === cutoff).slice(0, n - newer.length);
  const keep = new Set([...newer, ...at]);
  return items.filter((item) => keep.has(item));
}

/**
 * What a person's page draws first: their details, their incidents, plans and debriefs whole (few, and
 * what the page's actions read), and the latest entries of each long list, which are the top of the
 * timeline. A journal of years is several megabytes: the page shows this at once and the whole journal
 * a moment later, instead of waiting for all of it.
 */
export function firstScreen(journal: Journal, n = FIRST_SCREEN_LATEST): FirstScreen {
  // Each list by the moment its timeline source places its entries at.
  const cut: Journal = {
    ...journal,
    checks: latest(journal.checks, (c) => c.at, n),
    meetingNotes: latest(journal.meetingNotes, (m) => m.at, n),
    monitoringNotes: latest(journal.monitoringNotes, (m) => m.at, n),
    repairBids: latest(journal.repairBids, (b) => b.at, n),
    theirTrust: latest(journal.theirTrust, (t) => t.at, n),
    commitments: latest(journal.commitments, (c) => c.resolvedAt ?? c.createdAt, n),
  };
  const lists = ['checks', 'meetingNotes', 'monitoringNotes', 'repairBids', 'theirTrust', 'commitments'] as const;
  const whole = lists.every((list) => cut[list].length === journal[list].length);
  return { journal: whole ? journal : cut, whole };
}
