import { createDraft, current, finishDraft, isDraft, original, setAutoFreeze } from 'immer';
import type { Journal } from '../model/journal';

/*
 * Copy-on-write for a save, with immer: a change edits a draft of the journal as it likes (replace a
 * record, push one, edit a field in place); only what it touched is copied. Every untouched record and
 * list of the result is the very same object as before, so validating, diffing and writing a save cost
 * what the change touched, not the size of the journal. Nothing is frozen: the journal was never
 * frozen for its readers, and freezing a large one costs a walk of all of it.
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

/**
 * Replaces record `id` of a draft's list with `edit`'s result and returns it (undefined when the list
 * has no such record). Walking a draft list with find or map makes a draft of every record it passes,
 * which the save then has to finish: in a long journal that was a good part of a save's own work. The
 * record is looked up on the list as it was before this change and checked on the draft, so a list
 * already changed in this same change is searched again, the slow way, rather than misread.
 *
 * `edit` gets the record as it stands (`peek`): the stored record itself when this change has not
 * touched it yet, never a fresh draft of it. A draft made only to be spread into a new record cost a
 * proxy for the record and for each object in it, every one of them then finished by the save (about a
 * third of a save's change step while V8 is still warming up). So `edit` must not change what it gets:
 * it returns a new record (every caller spreads it), and what it keeps is shared, as immer would share it.
 */
export function replaceInList<T extends { id: string }>(list: T[], id: string, edit: (current: T) => T): T | undefined {
  const before = isDraft(list) ? (original(list as never) as T[] | undefined) : undefined;
  let at = before ? before.findIndex((r) => r.id === id) : -1;
  let found = at < 0 ? undefined : peek(list, at);
  if (found?.id !== id) {
    at = list.findIndex((r) => r.id === id);
    found = at < 0 ? undefined : peek(list, at);
  }
  if (!found) return undefined;
  const next = edit(found);
  list[at] = next;
  return next;
}

/**
 * An element of a list, draft or not, without making a draft of it: immer answers a property's
 * descriptor from its current copy and never turns that value into a draft (immer.mjs says so).
 */
function peek<T>(list: T[], at: number): T | undefined {
  return Object.getOwnPropertyDescriptor(list, at)?.value as T | undefined;
}
