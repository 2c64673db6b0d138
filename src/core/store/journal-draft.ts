import { createDraft, current, finishDraft, isDraft, setAutoFreeze } from 'immer';
import type { Journal } from '../model/journal';

/*
 * Copy-on-write for a save, with immer: a change edits a draft of the journal as it likes (replace a
 * record, push one, edit a field in place); only what it touched is copied. Every untouched record and
 * list of the result is the very same object as before, so validating, diffing and writing a save cost
 * what the change touched, not the size of the journal. Nothing is frozen: the journal was never
 * frozen for its readers, and freezing a large one costs a walk of all of it. A save that replaces one
 * record of one list (an autosave) needs no draft at all: withRecordReplaced.
 */
setAutoFreeze(false);

/** Runs `change` on a draft of `journal`: the next journal (sharing what did not change) and what it returned. */
export function applyChange<T>(journal: Journal, change: (draft: Journal) => T): { next: Journal; result: T } {
  const draft = createDraft(journal);
  let result: T;
  try {
    result = detach(change(draft as Journal));
  } catch (e) {
    try {
      finishDraft(draft); // revokes the draft; `journal` itself was never touched
    } catch {
      /* the change's own error is the one that matters */
    }
    throw e;
  }
  return { next: finishDraft(draft) as Journal, result };
}

/**
 * What a change returns may hold parts of the draft (the record it found); drafts die with the change,
 * so those parts are copied out first. Plain values and the change's own new objects pass as they are.
 */
function detach<T>(value: T): T {
  if (isDraft(value)) return current(value as never) as T;
  if (typeof value !== 'object' || value === null || !holdsDraft(value)) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => detach(v)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, detach(v)])) as T;
}

function holdsDraft(value: object, depth = 0): boolean {
  if (depth > 8) return false;
  for (const v of Object.values(value)) {
    if (isDraft(v)) return true;
    if (typeof v === 'object' && v !== null && holdsDraft(v, depth + 1)) return true;
  }
  return false;
}

/** The journal's lists of records, by name. */
export type RecordList = Exclude<keyof Journal, 'relationship'>;
/** A record of one of them. */
export type RecordOf<K extends RecordList> = Journal[K][number];

/**
 * `journal` with record `id` of `list` replaced by `edit`'s result: what applyChange makes of a change
 * that replaces that one record, without a draft. The list is copied with the one record replaced; every
 * other list and record is the very same object, as immer would leave it (validating and diffing then
 * cost the one record). `edit` gets the stored record and the stored journal, to read only, and returns
 * a new record. Throws `missing()` when the list has no record `id`: nothing is changed then.
 */
export function withRecordReplaced<K extends RecordList>(
  journal: Journal,
  list: K,
  id: string,
  edit: (current: RecordOf<K>, journal: Journal) => RecordOf<K>,
  missing: () => Error,
): { next: Journal; result: RecordOf<K> } {
  const records = journal[list] as readonly RecordOf<K>[];
  const at = records.findIndex((r) => r.id === id);
  if (at < 0) throw missing();
  const result = edit(records[at]!, journal);
  const copy = records.slice();
  copy[at] = result;
  return { next: { ...journal, [list]: copy }, result };
}
