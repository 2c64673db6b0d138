import { createSignal } from 'solid-js';
import { isPlain, sameJson } from '../../../core/logic/same-json';
import { bothVersions, followOn } from '../../../core/logic/draft-both';
import { splitBase, withBase } from './draft-base';
import { formatDay, formatDayTime } from './dates';

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
 * one rating changed here does not put back another the other computer changed. A list of choices
 * (domains ticked, causes) is laid choice by choice: what was ticked or added on either side stays,
 * what was removed here goes.
 */
export function keepOtherChanges<T extends object>(opened: T, typed: T, current: T): T {
  return layChanged(opened as Plain, typed as Plain, current as Plain) as T;
}

type Plain = Record<string, unknown>;
/** Opened, typed and now are all groups of answers: compared, and laid, answer by answer. */
const allPlain = (a: unknown, b: unknown, c: unknown): boolean => isPlain(a) && isPlain(b) && isPlain(c);
const allLists = (a: unknown, b: unknown, c: unknown): boolean => Array.isArray(a) && Array.isArray(b) && Array.isArray(c);

function layChanged(opened: Plain, typed: Plain, current: Plain): Plain {
  const next = { ...current };
  for (const field of Object.keys(typed)) {
    const [o, t, c] = [opened[field], typed[field], current[field]];
    if (allPlain(o, t, c)) next[field] = layChanged(o as Plain, t as Plain, c as Plain);
    else if (sameJson(t, o)) continue;
    else next[field] = allLists(o, t, c) ? layChoices(o as unknown[], t as unknown[], c as unknown[]) : t;
  }
  return next;
}

/**
 * A list of choices as each choice's name: the choice itself (a domain), or a record's first field (a
 * cause, whatever its confidence). Two of one name are one choice.
 */
function byName(list: readonly unknown[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const item of list) out.set(JSON.stringify(isPlain(item) ? Object.values(item)[0] : item), item);
  return out;
}

/** The list as it is now, with the choices added or changed here laid in and those removed here taken out. */
function layChoices(opened: readonly unknown[], typed: readonly unknown[], current: readonly unknown[]): unknown[] {
  const was = byName(opened);
  const here = byName(typed);
  const next = byName(current);
  for (const [name, item] of here) if (!sameJson(item, was.get(name))) next.set(name, item);
  for (const name of was.keys()) if (!here.has(name)) next.delete(name);
  return [...next.values()];
}

/**
 * Each answer of `typed` by its path ("ratings.care" inside a group, else the field's name), with its
 * value in `opened` and `current`. A list is one answer (laid choice by choice, layChoices).
 */
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
/**
 * A date or a choice a kept draft changed, changed on the other computer since (RewrittenOnBoth.fromDraft),
 * with what the other computer has there, in the words the screen uses for it ("Partly", "4",
 * "30 Nov 2026, 10:00"): only this screen's is on screen, so the message is where theirs can be read.
 */
export function chosenBoth(theirs: string | null): string {
  const to = theirs === null ? ',' : `, to “${theirs}”,`;
  return `Your other computer changed this too${to} since you began changing it here. Yours is on screen: save again to keep it, or change it.`;
}
/** The same, when what the other computer has there has no words of its own (a list). */
export const CHOSEN_BOTH = chosenBoth(null);
export const CHOSEN_ALSO = 'A date or a choice your other computer changed too shows yours.';
export const CLEARED_HERE = 'You cleared these words here while your other computer rewrote them. Their words are back: clear them again, then save, if you mean to.';
/** Said before the form's own rule (RewrittenOnBoth's `rule`), when its changes and the other computer's do not fit together. */
export const MIXED = 'Your other computer changed this entry too. Its changes are on screen now, with yours.';

export interface BothShown<K extends string, T = unknown> {
  /** The first field that now holds both versions (or the other computer's words), for the message and the focus. */
  field: K;
  message: string;
  /**
   * The values to put on screen in place of what is there: this screen's changes and the other
   * computer's together, when together they break the form's rule (so the screen shows what Save
   * would store, and the person can set it right).
   */
  merged?: T;
}

/** A rule a whole entry must keep (a rating needs evidence): the field it names and what it says, or null. */
export type EntryRule<T> = (values: T) => { field: string; message: string } | null;

/**
 * The words a screen shows for a choice's value ("received", "not-yet" → "Not yet"; "ratings.care",
 * null → "No new evidence"), or null to leave it to `describeValue`.
 */
export type DescribeChoice = (path: string, value: unknown) => string | null;

/**
 * A screen's words for its choices, by answer ("received") or by group ("ratings", for "ratings.care"),
 * each keyed by the value as text ("not-yet", "2", "null").
 */
export function choiceWords(labels: Readonly<Record<string, Readonly<Record<string, string>>>>): DescribeChoice {
  return (path, value) => (labels[path] ?? labels[path.split('.')[0]!])?.[String(value)] ?? null;
}

/** Numbers as they are; the form's dates and moments as a person reads them; anything else has no words here. */
export function describeValue(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value) || null;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDayTime(value) || null;
  return null;
}

export class RewrittenOnBoth<T extends object> {
  /** Per answer ("notes", "ratings.care"), the other computer's words (or choice) as last shown here in a merge. */
  private readonly seen = new Map<string, unknown>();
  /**
   * The answers a draft kept on an earlier visit changed: chosen before whatever the other computer
   * chose for them since, so Save stops once before keeping them (check).
   */
  private keptChanged = new Set<string>();
  /**
   * Lists a kept draft changed where the other computer changed the same choice since (a cause's
   * confidence, or a cause removed there that the draft changed): Save stops once on them (check).
   */
  private keptClashes = new Set<string>();
  /**
   * Answers whose other-computer value the screen took as its own starting point (a mix put on screen,
   * mixBreaksRule): a change made here after that is a change from it, so setting one back is kept.
   */
  private readonly adopted = new Map<string, unknown>();
  /** Bumped when `seen` changes: the form's draft (draftOf) is stored again though nothing on screen changed. */
  private readonly seenVersion = createSignal(0);
  /** The record as the last Save read it: newer than what the visit loaded, for words brought back since (Undo of Start over). */
  private latest: T | undefined;
  private readonly text: ReadonlySet<string>;

  /**
   * `text` names the form's fields of free words, however short (a feeling, "uneasy"; a role): rewritten
   * on both computers, both versions go on screen. Every other field is a date or a choice, where this
   * screen's is the later choice. Named, not guessed: a one-word text looks just like a choice. `rule`,
   * when the entry has one the core keeps (a rating needs evidence), is checked on the two computers'
   * changes laid together before Save sends them.
   */
  constructor(
    text: readonly (keyof T & string)[],
    private readonly rule?: EntryRule<T>,
    /** The screen's own words for its choices, said in the stop message (chosenBoth). */
    private readonly describe?: DescribeChoice,
  ) {
    this.text = new Set(text);
  }

  /**
   * The draft of what is on screen (`values`), with what they were written from: what the form opened
   * with, except where a merge already showed the other computer's words or choice (those are seen, so
   * coming back to the draft does not show them a second time).
   */
  draftOf(values: T, opened: T | undefined): Record<string, unknown> {
    this.seenVersion[0]();
    if (opened === undefined) return withBase(values, undefined);
    let base = { ...opened } as Plain;
    for (const [path, value] of this.seen) base = withAnswer(base, path, value);
    return withBase(values, base as T);
  }

  /**
   * A kept draft coming back into the form (`loaded`: the record as this visit loaded it, undefined for
   * a new entry): the words to show and what Save compares them with. An answer the draft did not change
   * shows the record as it is now, which is what Save keeps for it; a list shows the choices made on
   * both sides. A date or a choice the draft changed makes Save stop once if the other computer changes
   * it too, before this visit or during it (check).
   */
  fromDraft(kept: Record<string, unknown>, loaded: T | undefined): { fields: T; opened: T | undefined } {
    const { fields, base } = splitBase<T>(kept);
    this.keptChanged = new Set();
    this.keptClashes = new Set();
    // What is on screen is replaced (a kept draft, Start over, Undo): a mix or both versions shown
    // before are no longer there; the words brought back carry what they were written from (draftOf).
    this.seen.clear();
    this.adopted.clear();
    this.seenVersion[1]((n) => n + 1);
    if (!base || !loaded) return { fields, opened: loaded };
    // Words that change nothing (Start over puts back what the form opened with): the record as this
    // visit loaded it, and Save keeps whatever the other computer changed since.
    // (A form's own members beside the record's, a correction's linked conversation say, stay as kept.)
    const written = base as Plain;
    if (Object.keys(written).every((k) => sameJson((fields as Plain)[k], written[k]))) return { fields: { ...fields, ...loaded }, opened: loaded };
    // Words brought back during the visit (Undo of Start over) were written beside what the last Save
    // read, newer than what the visit loaded: what they did not change shows that.
    const now = this.latest ?? loaded;
    const [shown, from] = untouchedAsNow(fields as Plain, base as Plain, now as Plain, '', this.keptClashes);
    for (const [path, was, here] of answers(from, shown, from)) if (!sameJson(here, was)) this.keptChanged.add(path);
    return { fields: shown as T, opened: from as T };
  }

  /**
   * Before Save: lays both versions into each field of words rewritten on both sides (`set`), and says
   * which and why; null when Save can go on. `opened` is what the form opened with, `typed` what is on
   * screen, `current` the record as stored now. Groups of answers (ratings) are looked at answer by
   * answer, and the field named is the answer's path ("ratings.care"), where its message belongs.
   */
  check(openedWith: T, typed: T, current: T, set: (field: keyof T & string, value: string) => void): BothShown<string, T> | null {
    const opened = this.openedNow(openedWith);
    this.latest = current;
    const shown: string[] = [];
    const chosen: string[] = [];
    /** The other computer's value of the first answer in `chosen`, for the message. */
    let theirs: unknown;
    let cleared = false;
    for (const [path, was, here, there] of answers(opened as Plain, typed as Plain, current as Plain)) {
      if (sameJson(here, was)) continue; // not changed here: Save keeps the record's (keepOtherChanges)
      if (allLists(was, here, there)) {
        // Laid choice by choice: both sides' choices stay. One both changed, the draft's on an earlier visit: said once.
        if (this.keptClashes.delete(path)) {
          this.adopt(path, there);
          if (chosen.push(path) === 1) theirs = there;
        }
        continue;
      }
      const base = this.seen.has(path) ? this.seen.get(path) : was;
      if (sameJson(there, base) || sameJson(there, here)) continue;
      if (!this.text.has(path) || typeof here !== 'string' || typeof there !== 'string') {
        // A date or a choice: this screen's is the later one, unless it was made on an earlier visit (a
        // kept draft): then Save says so once before keeping it.
        if (this.keptChanged.has(path)) {
          // Said: from now on the other computer's choice is where the screen starts from, so any
          // choice made here after this (their old one again, say) is this screen's, and kept.
          this.adopt(path, there);
          if (chosen.push(path) === 1) theirs = there;
        }
        continue;
      }
      if (there.trim() === '') continue;
      this.see(path, there);
      if (here.trim() === '') cleared = true;
      set(path as keyof T & string, here.trim() === '' ? there : both(typeof base === 'string' ? base : '', here, there));
      shown.push(path);
    }
    if (shown.length === 0 && chosen.length === 0) return this.mixBreaksRule(opened, typed, current);
    if (shown.length === 0) return { field: chosen[0]!, message: chosenBoth(this.wordsFor(chosen[0]!, theirs)) };
    const message = cleared && shown.length === 1 ? CLEARED_HERE : shown.length > 1 ? BOTH_VERSIONS_MANY : BOTH_VERSIONS;
    return { field: shown[0]!, message: chosen.length > 0 ? `${message} ${CHOSEN_ALSO}` : message };
  }

  /**
   * The changes of both computers laid together may break a rule neither broke alone: a rating given
   * here, the evidence cleared there. Sent so, the core would refuse it about a field whose old words
   * are still on screen, and Save again would be refused again. So the mix goes on screen first (what
   * Save would send), said with the rule's own words; the person sets it right, then saves.
   */
  private mixBreaksRule(opened: T, typed: T, current: T): BothShown<string, T> | null {
    if (!this.rule || this.rule(typed)) return null; // a rule broken here is the core's to say
    const merged = keepOtherChanges(opened, typed, current);
    const problem = this.rule(merged);
    if (!problem) return null;
    for (const [path, was, , there] of answers(opened as Plain, typed as Plain, current as Plain)) if (!sameJson(there, was)) this.adopt(path, there);
    return { field: problem.field, message: `${MIXED} ${problem.message}`, merged };
  }

  /** What Save sends (keepOtherChanges), from what the screen started from: what it opened with, and any mix it took on since. */
  keepOtherChanges(opened: T, typed: T, current: T): T {
    return keepOtherChanges(this.openedNow(opened), typed, current);
  }

  /** What the screen calls `value` at `path`, or null (a list, or a value with no words of its own). */
  private wordsFor(path: string, value: unknown): string | null {
    if (Array.isArray(value)) return null;
    return this.describe?.(path, value) ?? describeValue(value);
  }

  private openedNow(opened: T): T {
    let from = opened as Plain;
    for (const [path, value] of this.adopted) from = withAnswer(from, path, value);
    return from as T;
  }

  private adopt(path: string, value: unknown): void {
    this.adopted.set(path, value);
    this.see(path, value);
  }

  private see(path: string, value: unknown): void {
    this.seen.set(path, value);
    this.seenVersion[1]((n) => n + 1);
  }
}

/**
 * A kept draft's answers (`shown`) and what they were written from (`from`), where the draft changed
 * nothing, both set to the record as it is now (`now`); answer by answer inside a group. A list the
 * draft changed shows its choices laid over the list as it is now, and is then written from it.
 */
function untouchedAsNow(shown: Plain, from: Plain, now: Plain, prefix: string, clashes: Set<string>): [Plain, Plain] {
  const s = { ...shown };
  const f = { ...from };
  for (const field of Object.keys(s)) {
    if (!(field in now)) continue;
    if (allPlain(s[field], f[field], now[field])) [s[field], f[field]] = untouchedAsNow(s[field] as Plain, f[field] as Plain, now[field] as Plain, `${prefix}${field}.`, clashes);
    else if (sameJson(s[field], f[field])) s[field] = f[field] = now[field];
    else if (allLists(s[field], f[field], now[field])) {
      if (choicesClash(f[field] as unknown[], s[field] as unknown[], now[field] as unknown[])) clashes.add(`${prefix}${field}`);
      s[field] = layChoices(f[field] as unknown[], s[field] as unknown[], now[field] as unknown[]);
      f[field] = now[field];
    }
  }
  return [s, f];
}

/** Some choice was changed (or removed) on both sides, each its own way: a cause's confidence, say. */
function choicesClash(opened: readonly unknown[], typed: readonly unknown[], current: readonly unknown[]): boolean {
  const [was, here, there] = [byName(opened), byName(typed), byName(current)];
  for (const name of new Set([...here.keys(), ...was.keys()])) {
    const [w, h, t] = [was.get(name), here.get(name), there.get(name)];
    if (!sameJson(h, w) && !sameJson(t, w) && !sameJson(h, t)) return true;
  }
  return false;
}

/**
 * The other computer's words, then this screen's. Words only added here at the end of what both began
 * from (at a word's edge) simply follow theirs; otherwise both whole, a blank line apart when either
 * has lines of its own, else " / " (a one-line field keeps no line breaks).
 */
function both(base: string, here: string, there: string): string {
  return followOn(base, here, there) ?? bothVersions(there, here);
}

