import { sameJson } from '../../../core/logic/same-json';
import { followOn } from '../../../core/logic/draft-both';

/**
 * Words an edit screen rewrote while the other computer rewrote the same field: Save must not write
 * one over the other. Before an edit saves, each such field gets both versions on screen, the other
 * computer's first, and Save says so and saves nothing yet; the next Save stores what is on screen.
 *
 * The other computer's words each field showed are remembered here, not laid over what the form
 * opened with: Start over still goes back to what the form opened with, and then saving keeps the
 * other computer's words (nothing was changed here), as it would have without the merge.
 */

/**
 * What an edit screen saves: the record as it is now (`current`, read just before saving), with only the
 * fields the person changed here (`typed` differs from `opened`, what the form opened with) laid over it.
 * A field the other computer changed meanwhile and nobody touched here keeps the other computer's value;
 * words both rewrote are first put on screen together (RewrittenOnBoth); any other field both
 * changed takes this screen's value.
 */
export function keepOtherChanges<T extends object>(opened: T, typed: T, current: T): T {
  const next = { ...current };
  for (const field of Object.keys(typed) as (keyof T)[]) {
    if (!sameJson(typed[field], opened[field])) next[field] = typed[field];
  }
  return next;
}

// "Since you began": the change may have begun on an earlier visit, kept as a draft (draft-base.ts).
export const BOTH_VERSIONS = 'Your other computer changed these words too, since you began changing them here. Both versions are here now, the other computer’s first: read them over, then save again.';
export const BOTH_VERSIONS_MANY = 'Your other computer changed these words, and others on this page, too, since you began changing them here. Both versions are in each of them now, the other computer’s first: read them over, then save again.';
export const CLEARED_HERE = 'You cleared these words here while your other computer rewrote them. Their words are back: clear them again, then save, if you mean to.';

export interface BothShown<K extends string> {
  /** The first field that now holds both versions (or the other computer's words), for the message and the focus. */
  field: K;
  message: string;
}

export class RewrittenOnBoth<T extends object> {
  /** Per field, the other computer's words as last shown here in a merge. */
  private readonly seen = new Map<keyof T, unknown>();

  /**
   * Before Save: lays both versions into each field rewritten on both sides (`set`), and says which
   * and why; null when Save can go on. `opened` is what the form opened with, `typed` what is on
   * screen, `current` the record as stored now.
   */
  check(opened: T, typed: T, current: T, set: (field: keyof T & string, value: string) => void): BothShown<keyof T & string> | null {
    const shown: (keyof T & string)[] = [];
    let cleared = false;
    for (const field of Object.keys(typed) as (keyof T & string)[]) {
      const here = typed[field];
      const there = current[field];
      const base = this.seen.has(field) ? this.seen.get(field) : opened[field];
      if (typeof here !== 'string' || typeof there !== 'string' || typeof base !== 'string') continue;
      const changedHere = !sameJson(here, opened[field]);
      if (!changedHere || there === base || there === here || there.trim() === '') continue;
      // A date, an id or a choice has no whitespace: for those this screen's value is the later choice.
      if (!isText(here) && !isText(there)) continue;
      this.seen.set(field, there);
      if (here.trim() === '') cleared = true;
      set(field, here.trim() === '' ? there : both(base, here, there));
      shown.push(field);
    }
    if (shown.length === 0) return null;
    const message = cleared && shown.length === 1 ? CLEARED_HERE : shown.length > 1 ? BOTH_VERSIONS_MANY : BOTH_VERSIONS;
    return { field: shown[0]!, message };
  }
}

/**
 * The other computer's words, then this screen's. Words only added here at the end of what both began
 * from (at a word's edge) simply follow theirs; otherwise both whole, a blank line apart when either
 * has lines of its own, else " / " (a one-line field keeps no line breaks).
 */
function both(base: string, here: string, there: string): string {
  return followOn(base, here, there) ?? `${there}${here.includes('\n') || there.includes('\n') ? '\n\n' : ' / '}${here}`;
}

const isText = (v: string): boolean => /\s/.test(v);
