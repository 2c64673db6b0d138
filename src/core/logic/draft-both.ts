import { sameJson } from './same-json';

/**
 * A form whose kept draft could not be looked for opens anyway (a damaged drafts file must not stop
 * anyone writing), and what is typed there is saved under the same key. Before that first save the
 * draft is looked for again; if words were kept after all, neither side may be written over. Field by
 * field: a field only one side changed takes that side's value; a text both changed keeps both, the
 * kept words first; any other value both changed takes what is on screen, which was just chosen.
 */
export function keepBoth<T extends Record<string, unknown>>(opened: T, typed: T, kept: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...typed };
  for (const key of Object.keys(kept)) {
    const k = kept[key];
    const t = typed[key];
    if (sameJson(k, opened[key]) || sameJson(k, t)) continue;
    if (sameJson(t, opened[key])) out[key] = k;
    else if (typeof k === 'string' && typeof t === 'string' && (isText(k) || isText(t))) out[key] = `${k}\n\n${t}`;
  }
  return out as T;
}

/** Free text, as the sync merge tells it (sync-state.ts): a date, an id or a choice has no whitespace. */
const isText = (v: unknown): boolean => typeof v === 'string' && /\s/.test(v);
