import type { DraftPatch } from '../../../../core/model/preparation';

const GROUPS = ['coolDown', 'facts', 'plan'] as const;

/** Newer fields win; the nested groups merge field by field, lists are replaced whole. */
export function mergeDraftPatch(older: DraftPatch, newer: DraftPatch): DraftPatch {
  const out: DraftPatch = { ...older, ...newer };
  for (const g of GROUPS) {
    if (older[g] && newer[g]) (out as Record<string, unknown>)[g] = { ...older[g], ...newer[g] };
  }
  return out;
}
