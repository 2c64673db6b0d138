import { sameJson } from '../../../core/logic/same-json';
import { bothVersions, followOn } from '../../../core/logic/draft-both';
import { splitBase, withBase } from './draft-base';

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
/** A date or a choice a kept draft changed, changed on the other computer since (RewrittenOnBoth.fromDraft). */
export const CHOSEN_BOTH = 'Your other computer changed this too, since you began changing it here. Yours is on screen: save again to keep it, or change it.';
export const CHOSEN_ALSO = 'A date or a choice your other computer changed too shows yours.';
export const CLEARED_HERE = 'You cleared these words here while your other computer rewrote them. Their words are back: clear them again, then save, if you mean to.';

export interface BothShown<K extends string> {
  /** The first field that now holds both versions (or the other computer's words), for the message and the focus. */
  field: K;
  message: string;
}

export class RewrittenOnBoth<T extends object> {
  /** Per field, the other computer's words (or choice) as last shown here in a merge. */
  private readonly seen = new Map<keyof T, unknown>();
  /** The form's words came from a draft kept on an earlier visit, written from an older record. */
  private kept = false;

  /**
   * The draft of what is on screen (`values`), with what they were written from: what the form opened
   * with, except where a merge already showed the other computer's words or choice (those are seen, so
   * coming back to the draft does not show them a second time).
   */
  draftOf(values: T, opened: T | undefined): Record<string, unknown> {
    if (opened === undefined) return withBase(values, undefined);
    const base = { ...opened } as Record<keyof T, unknown>;
    for (const [field, value] of this.seen) base[field] = value;
    return withBase(values, base as T);
  }

  /**
   * A kept draft coming back into the form (`loaded`: the record as this visit loaded it, undefined for
   * a new entry): the words to show and what Save compares them with. A field the draft did not change
   * shows the record as it is now, which is what Save keeps for it; a draft written from an older record
   * makes Save stop on a date or a choice the other computer changed since, too (check).
   */
  fromDraft(kept: Record<string, unknown>, loaded: T | undefined): { fields: T; opened: T | undefined } {
    const { fields, base } = splitBase<T>(kept);
    if (!base || !loaded) return { fields, opened: loaded };
    const shown = { ...fields } as Record<string, unknown>;
    const from = { ...base } as Record<string, unknown>;
    const now = loaded as Record<string, unknown>;
    for (const field of Object.keys(shown)) {
      if (field in now && sameJson(shown[field], from[field])) shown[field] = from[field] = now[field];
    }
    this.kept = !sameJson(from, { ...from, ...now });
    return { fields: shown as T, opened: from as T };
  }

  /**
   * Before Save: lays both versions into each field rewritten on both sides (`set`), and says which
   * and why; null when Save can go on. `opened` is what the form opened with, `typed` what is on
   * screen, `current` the record as stored now.
   */
  check(opened: T, typed: T, current: T, set: (field: keyof T & string, value: string) => void): BothShown<keyof T & string> | null {
    const shown: (keyof T & string)[] = [];
    const chosen: (keyof T & string)[] = [];
    let cleared = false;
    for (const field of Object.keys(typed) as (keyof T & string)[]) {
      const here = typed[field];
      const there = current[field];
      const base = this.seen.has(field) ? this.seen.get(field) : opened[field];
      if (typeof here !== 'string' || typeof there !== 'string' || typeof base !== 'string') continue;
      const changedHere = !sameJson(here, opened[field]);
      if (!changedHere || there === base || there === here) continue;
      // A date, an id or a choice has no whitespace: for those this screen's value is the later choice,
      // unless it was made on an earlier visit (a kept draft): then Save says so once before keeping it.
      if (!isText(here) && !isText(there)) {
        if (this.kept) {
          this.seen.set(field, there);
          chosen.push(field);
        }
        continue;
      }
      if (there.trim() === '') continue;
      this.seen.set(field, there);
      if (here.trim() === '') cleared = true;
      set(field, here.trim() === '' ? there : both(base, here, there));
      shown.push(field);
    }
    if (shown.length === 0) return chosen.length === 0 ? null : { field: chosen[0]!, message: CHOSEN_BOTH };
    const message = cleared && shown.length === 1 ? CLEARED_HERE : shown.length > 1 ? BOTH_VERSIONS_MANY : BOTH_VERSIONS;
    return { field: shown[0]!, message: chosen.length > 0 ? `${message} ${CHOSEN_ALSO}` : message };
  }
}

/**
 * The other computer's words, then this screen's. Words only added here at the end of what both began
 * from (at a word's edge) simply follow theirs; otherwise both whole, a blank line apart when either
 * has lines of its own, else " / " (a one-line field keeps no line breaks).
 */
function both(base: string, here: string, there: string): string {
  return followOn(base, here, there) ?? bothVersions(there, here);
}

const isText = (v: string): boolean => /\s/.test(v);
