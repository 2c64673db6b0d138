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
 * changed takes this screen's value. A group of answers (a check's ratings) is laid answer by answer:
 * one rating changed here does not put back another the other computer changed.
 */
export function keepOtherChanges<T extends object>(opened: T, typed: T, current: T): T {
  return layChanged(opened as Plain, typed as Plain, current as Plain) as T;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Opened, typed and now are all groups of answers: compared, and laid, answer by answer. */
const allPlain = (a: unknown, b: unknown, c: unknown): boolean => isPlain(a) && isPlain(b) && isPlain(c);

function layChanged(opened: Plain, typed: Plain, current: Plain): Plain {
  const next = { ...current };
  for (const field of Object.keys(typed)) {
    if (allPlain(opened[field], typed[field], current[field])) next[field] = layChanged(opened[field] as Plain, typed[field] as Plain, current[field] as Plain);
    else if (!sameJson(typed[field], opened[field])) next[field] = typed[field];
  }
  return next;
}

/** Each answer of `typed` by its path ("ratings.care" inside a group, else the field's name), with its value in `opened` and `current`. */
function* answers(opened: Plain, typed: Plain, current: Plain, prefix = ''): Generator<[path: string, opened: unknown, typed: unknown, current: unknown]> {
  for (const field of Object.keys(typed)) {
    const [o, t, c] = [opened[field], typed[field], current[field]];
    if (allPlain(o, t, c)) yield* answers(o as Plain, t as Plain, c as Plain, `${prefix}${field}.`);
    else yield [`${prefix}${field}`, o, t, c];
  }
}

/** A copy of `record` with the answer at `path` ("ratings.care") set to `value`. */
function withAnswer(record: Plain, path: string, value: unknown): Plain {
  const dot = path.indexOf('.');
  if (dot < 0) return { ...record, [path]: value };
  const head = path.slice(0, dot);
  return { ...record, [head]: withAnswer(isPlain(record[head]) ? record[head] : {}, path.slice(dot + 1), value) };
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
  /** Per answer ("notes", "ratings.care"), the other computer's words (or choice) as last shown here in a merge. */
  private readonly seen = new Map<string, unknown>();
  /** The form's words came from a draft kept on an earlier visit, written from an older record. */
  private kept = false;
  private readonly text: ReadonlySet<string>;

  /**
   * `text` names the form's fields of free words, however short (a feeling, "uneasy"; a role): rewritten
   * on both computers, both versions go on screen. Every other field is a date or a choice, where this
   * screen's is the later choice. Named, not guessed: a one-word text looks just like a choice.
   */
  constructor(text: readonly (keyof T & string)[]) {
    this.text = new Set(text);
  }

  /**
   * The draft of what is on screen (`values`), with what they were written from: what the form opened
   * with, except where a merge already showed the other computer's words or choice (those are seen, so
   * coming back to the draft does not show them a second time).
   */
  draftOf(values: T, opened: T | undefined): Record<string, unknown> {
    if (opened === undefined) return withBase(values, undefined);
    let base = { ...opened } as Plain;
    for (const [path, value] of this.seen) base = withAnswer(base, path, value);
    return withBase(values, base as T);
  }

  /**
   * A kept draft coming back into the form (`loaded`: the record as this visit loaded it, undefined for
   * a new entry): the words to show and what Save compares them with. An answer the draft did not change
   * shows the record as it is now, which is what Save keeps for it; a draft written from an older record
   * makes Save stop on a date or a choice the other computer changed since, too (check).
   */
  fromDraft(kept: Record<string, unknown>, loaded: T | undefined): { fields: T; opened: T | undefined } {
    const { fields, base } = splitBase<T>(kept);
    if (!base || !loaded) return { fields, opened: loaded };
    const [shown, from] = untouchedAsNow(fields as Plain, base as Plain, loaded as Plain);
    this.kept = !sameJson(from, { ...from, ...loaded });
    return { fields: shown as T, opened: from as T };
  }

  /**
   * Before Save: lays both versions into each field of words rewritten on both sides (`set`), and says
   * which and why; null when Save can go on. `opened` is what the form opened with, `typed` what is on
   * screen, `current` the record as stored now. Groups of answers (ratings) are looked at answer by
   * answer, and the field named is the answer's path ("ratings.care"), where its message belongs.
   */
  check(opened: T, typed: T, current: T, set: (field: keyof T & string, value: string) => void): BothShown<string> | null {
    const shown: string[] = [];
    const chosen: string[] = [];
    let cleared = false;
    for (const [path, was, here, there] of answers(opened as Plain, typed as Plain, current as Plain)) {
      if (sameJson(here, was)) continue; // not changed here: Save keeps the record's (keepOtherChanges)
      const base = this.seen.has(path) ? this.seen.get(path) : was;
      if (sameJson(there, base) || sameJson(there, here)) continue;
      if (!this.text.has(path) || typeof here !== 'string' || typeof there !== 'string') {
        // A date or a choice: this screen's is the later one, unless it was made on an earlier visit (a
        // kept draft): then Save says so once before keeping it.
        if (this.kept) {
          this.seen.set(path, there);
          chosen.push(path);
        }
        continue;
      }
      if (there.trim() === '') continue;
      this.seen.set(path, there);
      if (here.trim() === '') cleared = true;
      set(path as keyof T & string, here.trim() === '' ? there : both(typeof base === 'string' ? base : '', here, there));
      shown.push(path);
    }
    if (shown.length === 0) return chosen.length === 0 ? null : { field: chosen[0]!, message: CHOSEN_BOTH };
    const message = cleared && shown.length === 1 ? CLEARED_HERE : shown.length > 1 ? BOTH_VERSIONS_MANY : BOTH_VERSIONS;
    return { field: shown[0]!, message: chosen.length > 0 ? `${message} ${CHOSEN_ALSO}` : message };
  }
}

/**
 * A kept draft's answers (`shown`) and what they were written from (`from`), where the draft changed
 * nothing, both set to the record as it is now (`now`); answer by answer inside a group.
 */
function untouchedAsNow(shown: Plain, from: Plain, now: Plain): [Plain, Plain] {
  const s = { ...shown };
  const f = { ...from };
  for (const field of Object.keys(s)) {
    if (!(field in now)) continue;
    if (allPlain(s[field], f[field], now[field])) [s[field], f[field]] = untouchedAsNow(s[field] as Plain, f[field] as Plain, now[field] as Plain);
    else if (sameJson(s[field], f[field])) s[field] = f[field] = now[field];
  }
  return [s, f];
}

/**
 * The other computer's words, then this screen's. Words only added here at the end of what both began
 * from (at a word's edge) simply follow theirs; otherwise both whole, a blank line apart when either
 * has lines of its own, else " / " (a one-line field keeps no line breaks).
 */
function both(base: string, here: string, there: string): string {
  return followOn(base, here, there) ?? bothVersions(there, here);
}

