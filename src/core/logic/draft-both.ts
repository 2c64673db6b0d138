import { sameJson } from './same-json';

/**
 * A form whose kept draft could not be looked for opens anyway (a damaged drafts file must not stop
 * anyone writing), and what is typed there is saved under the same key. Before that first save the
 * draft is looked for again; if words were kept after all, neither side may be written over. Field by
 * field: a field only one side changed takes that side's value; a text both changed keeps both, the
 * kept words first (words only added at its end follow them); any other value both changed takes what
 * is on screen, which was just chosen.
 */
export function keepBoth<T extends Record<string, unknown>>(opened: T, typed: T, kept: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...typed };
  for (const key of Object.keys(kept)) {
    const k = kept[key];
    const t = typed[key];
    if (sameJson(k, opened[key]) || sameJson(k, t)) continue;
    const o = opened[key];
    if (sameJson(t, o)) out[key] = k;
    else if (typeof k === 'string' && typeof t === 'string' && (isText(k) || isText(t))) out[key] = bothTexts(typeof o === 'string' ? o : '', t, k);
  }
  return out as T;
}

/**
 * Two texts written from one: when the typed one only added words at the end of what the form opened
 * with, those words follow the kept text (the opened text is in both; shown twice, a long note would
 * read twice); otherwise the kept text, then the typed one, whole.
 */
function bothTexts(opened: string, typed: string, kept: string): string {
  return followOn(opened, typed, kept) ?? `${kept}\n\n${typed}`;
}

/**
 * `there`, then what `here` only added at the end of `base`, when that is all `here` did, at a word's
 * edge ("deadline" → "deadlines" is a rewrite of a word, not words added); null otherwise. Shared by the
 * store's merge of drafts and the edit screens' merge of words rewritten on both computers.
 */
export function followOn(base: string, here: string, there: string): string | null {
  if (base === '' || !here.startsWith(base)) return null;
  const added = here.slice(base.length);
  if (!/^\s/.test(added) && !/[\s.,;:!?)]$/.test(base)) return null;
  return there + (/^\s/.test(added) || /\s$/.test(there) ? '' : ' ') + added;
}

/** Free text, as the sync merge tells it (sync-state.ts): a date, an id or a choice has no whitespace. */
const isText = (v: unknown): boolean => typeof v === 'string' && /\s/.test(v);

/**
 * Two versions of one text, whole, the first first: a blank line apart when either has lines of its
 * own, else " / " (a one-line field, a name or a title, keeps no line breaks).
 */
export function bothVersions(first: string, second: string): string {
  return `${first}${first.includes('\n') || second.includes('\n') ? '\n\n' : ' / '}${second}`;
}
