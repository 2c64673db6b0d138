import type { z } from 'zod';
import { journalSchema, type Journal } from '../model/journal';
import { recordsEqual } from './journal-diff';

/**
 * Validates a changed journal by validating only the records that changed: every record of `before`
 * was valid when it was loaded or saved, so re-parsing the untouched ones (all of a large journal, on
 * every keystroke's save) proves nothing and costs more than the save itself. The result is what
 * journalSchema.parse would return for these inputs: changed records go through their own schema (with
 * its trimming and refinements); anything unexpected in the shape falls back to the full parse.
 */
export function validateChanged(before: Journal, draft: unknown): Journal {
  const shape = journalSchema.shape;
  if (!isPlain(draft) || Object.keys(draft).some((k) => !(k in shape))) return journalSchema.parse(draft);
  const out: Record<string, unknown> = {};
  out['relationship'] = recordsEqual(before.relationship, draft['relationship'])
    ? before.relationship
    : shape.relationship.parse(draft['relationship']);
  for (const key of Object.keys(shape).filter((k) => k !== 'relationship') as Exclude<keyof Journal, 'relationship'>[]) {
    const list = draft[key] ?? [];
    if (!Array.isArray(list)) return journalSchema.parse(draft);
    const element = (shape[key].unwrap() as z.ZodArray<z.ZodType>).element;
    const old = new Map((before[key] as { id: string }[]).map((r) => [r.id, r]));
    out[key] = list.map((item: unknown) => {
      const id = isPlain(item) ? item['id'] : undefined;
      const prev = typeof id === 'string' ? old.get(id) : undefined;
      return prev && recordsEqual(prev, item) ? prev : element.parse(item);
    });
  }
  return out as Journal;
}

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
