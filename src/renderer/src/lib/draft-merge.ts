/**
 * A form changed while its kept draft was still being looked up (a slow disk): three versions of the
 * same fields meet when the answer arrives. `pristine` is how the form opened, `typed` what it holds
 * now, `kept` the draft from an earlier visit. Neither may be thrown away whole: the kept draft may be a
 * long text, and the changes just made are on screen.
 *
 * Field by field: a field only one side changed takes that side's value. A text both changed keeps the
 * kept words, with what was just typed added where it was typed (at the end or at the start: what a
 * person does in the moment before the words arrive); any other change to it gives way to the kept
 * words, which are the ones that would otherwise be lost unseen.
 */
export function mergeTypedOverKept<T extends Record<string, unknown>>(pristine: T, typed: T, kept: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...typed };
  for (const key of Object.keys(kept)) {
    const k = kept[key];
    const p = pristine[key];
    const t = typed[key];
    if (same(k, p)) continue; // the kept draft did not change it: what is on screen stays
    if (same(t, p)) out[key] = k; // only the kept draft changed it
    else out[key] = typeof k === 'string' && typeof t === 'string' && typeof p === 'string' ? addTyped(p, t, k) : k;
  }
  return out as T;
}

/** The kept words with what was typed into the opened text added at the same end; else the kept words. */
function addTyped(pristine: string, typed: string, kept: string): string {
  if (typed.startsWith(pristine)) return kept + typed.slice(pristine.length);
  if (typed.endsWith(pristine)) return typed.slice(0, typed.length - pristine.length) + kept;
  return kept;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);
