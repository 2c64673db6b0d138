import type { Plain, Records } from './sync-state';
import { GENESIS_CLOCK } from './hlc';
import { emptyApology, emptyExpectation, emptyOwnSide } from '../model/leader-side';

/**
 * Fields of a record that hold a group of answers (a preparation's facts, a debrief's steps), synced
 * part by part. As one field, two computers that each changed a different part of the group (the story
 * here, what a camera saw there) ended with one computer's whole group: the other's words were gone,
 * with nothing offered back, because only text is offered back and a group is not text. Split, each
 * part has its own clock, so the two parts simply meet, and two texts written to the same part at once
 * are both kept (sync-state.ts).
 *
 * A part is a leaf of the group's nested objects, named by its path: "facts.story",
 * "steps.perspective.notes", "plan.apology.did". Lists inside a group (the fears, a reaction list) are
 * leaves, replaced whole. Lines and snapshots written before the split (folder format 2) hold the
 * whole group under its own name: reading them lays it out as parts with the group's clock.
 *
 * Only groups whose parts are independent answers are split. A trust check's ratings and an incident's
 * baseline stay whole: their numbers belong together (journal-diff.ts WRITTEN_TOGETHER).
 */
export const SPLIT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  preparations: ['coolDown', 'facts', 'plan'],
  debriefs: ['steps', 'diagnosis', 'ownSide'],
};

const SPLIT = new Map(Object.entries(SPLIT_FIELDS).map(([collection, fields]) => [collection, new Set(fields)]));

/** The split fields of the record `key` names ("preparations/<id>"), or undefined when it has none. */
export function splitFieldsOf(key: string): ReadonlySet<string> | undefined {
  const slash = key.indexOf('/');
  return slash < 0 ? undefined : SPLIT.get(key.slice(0, slash));
}

/** A group to lay out as parts: an object with members (a list, null or an empty object is a leaf). */
function isGroup(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const _ in value) return true;
  return false;
}

/** Each leaf of `value` under `path` ("facts" → "facts.story"), in the group's own order. */
export function partsOf(path: string, value: unknown, out: [string, unknown][] = []): [string, unknown][] {
  if (!isGroup(value)) {
    out.push([path, value]);
    return out;
  }
  for (const name in value) partsOf(`${path}.${name}`, value[name], out);
  return out;
}

/** Whether `name` is a part's path ("facts.story") rather than a field's name. */
export const isPart = (name: string): boolean => name.includes('.');

/** The field a part belongs to: "facts" for "facts.story". */
export const groupOf = (part: string): string => part.slice(0, part.indexOf('.'));

/** The value at a field's name or a part's path ("facts.story") in a record's value; undefined when absent. */
export function partAt(value: Plain, path: string): unknown {
  let at: unknown = value;
  for (const name of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Plain)[name] : undefined;
  return at;
}

/** Puts a part's value into `out` at its path, making the groups on the way (recordValue). */
export function putPart(out: Plain, path: string, value: unknown): void {
  const names = path.split('.');
  let at = out;
  for (let i = 0; i < names.length - 1; i++) {
    const next = at[names[i]!];
    at = (isGroup(next) ? next : (at[names[i]!] = {})) as Plain;
  }
  at[names[names.length - 1]!] = value;
}

/**
 * Groups the schema fills in when a record has none: a plan written before apologies and expectations
 * were asked for, a debrief written before the leader's own side. A computer that writes one part of
 * such a group writes only that part; the others are not in the change logs at all.
 */
const DEFAULTED_GROUPS: Readonly<Record<string, Readonly<Record<string, () => unknown>>>> = {
  preparations: { 'plan.apology': emptyApology, 'plan.expect': emptyExpectation },
  debriefs: { ownSide: emptyOwnSide },
};

/**
 * Gives each record the defaulted parts (DEFAULTED_GROUPS) it has no write for, with the genesis clock:
 * what its schema would fill in, older than any write. So a group one part of which was written on
 * another computer is whole again (its schema refuses a group with parts missing), and a default never
 * wins over an answer: a computer that wrote the defaults as answers of its own (with its save's clock)
 * put the other computer's answer to the same part back to blank.
 */
export function fillDefaultParts(records: Records): void {
  for (const [key, rec] of records) {
    const groups = rec.x === undefined ? DEFAULTED_GROUPS[key.slice(0, Math.max(0, key.indexOf('/')))] : undefined;
    if (!groups) continue;
    for (const path in groups) {
      for (const [part, v] of partsOf(path, groups[path]!())) if (!(part in rec.f)) rec.f[part] = { t: GENESIS_CLOCK, v, d: '' };
    }
  }
}