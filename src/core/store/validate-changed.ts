import type { z } from 'zod';
import { journalSchema, type Journal } from '../model/journal';
import { recordsEqual } from './journal-diff';
import { isPlain } from '../logic/same-json';

/**
 * Validates a changed journal by validating only the records that changed: every record of `before`
 * was valid when it was loaded or saved, so re-parsing the untouched ones (all of a large journal, on
 * every keystroke's save) proves nothing and costs more than the save itself. The result is what
 * journalSchema.parse would return for these inputs: changed records go through their own schema (with
 * its trimming and refinements); anything unexpected in the shape falls back to the full parse.
 * Untouched records and lists keep their identity (so the diff skips them with one comparison).
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
    out[key] = validList(before[key] as { id: string }[], list, (shape[key].unwrap() as z.ZodArray<z.ZodType>).element);
  }
  return out as Journal;
}

/** The list as validated: `old` itself when every record is the same object in the same place. */
function validList(old: readonly { id: string }[], list: readonly unknown[], element: z.ZodType): readonly unknown[] {
  if (list.length === old.length && list.every((item, i) => item === old[i])) return old;
  // Most records are the very objects they were, in the same places: the map of the whole list by id
  // is built only when one is not (added, moved, or a copy in another place).
  let byId: Map<string, { id: string }> | null = null;
  return list.map((item: unknown, i) => {
    if (item === old[i]) return item;
    const id = isPlain(item) ? item['id'] : undefined;
    let prev = typeof id === 'string' && old[i]?.id === id ? old[i] : undefined;
    if (!prev && typeof id === 'string') prev = (byId ??= new Map(old.map((r) => [r.id, r]))).get(id);
    return prev && (prev === item || recordsEqual(prev, item)) ? prev : element.parse(item);
  });
}

