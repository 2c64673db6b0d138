import type { ZodType } from 'zod';
import { journalSchema } from './journal';

/**
 * What kind of value each field of a journal holds, read off the journal's schema, so code that must
 * tell words apart from choices, dates and ids asks by the field's name, never by how its value looks:
 * a one-word note ("Cancelled.") looks just like a choice ("done"), and a choice like words.
 *
 * TEXT_FIELDS: words the leader writes (a string with a length limit that is not an id).
 * CODE_FIELDS: a choice from a fixed list (an enum, or a list of them).
 * A name is in either only if it means that kind wherever it is a string or a list in the journal.
 */
interface Def {
  type: string;
  innerType?: ZodType;
  in?: ZodType;
  element?: ZodType;
  shape?: Record<string, ZodType>;
  options?: ZodType[];
  valueType?: ZodType;
  checks?: { _zod: { def: { check: string } } }[];
}
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'catch', 'prefault', 'nonoptional']);
const isIdName = (key: string): boolean => key === 'id' || key === 'key' || /[a-z]Id$/.test(key);

function unwrapped(schema: ZodType): ZodType {
  let current = schema;
  for (let def = defOf(current); def && (WRAPPERS.has(def.type) || def.type === 'pipe'); def = defOf(current)) {
    current = (def.type === 'pipe' ? def.in : def.innerType)!;
  }
  return current;
}

/** A field's kind: 'enum', 'text', 'string' (a date, an id: no length limit, or named as an id), or the schema's type. */
function kindOf(key: string, schema: ZodType): string {
  const def = defOf(unwrapped(schema));
  if (!def) return 'unknown';
  if (def.type === 'array') return kindOf(key, def.element!);
  if (def.type === 'string') return !isIdName(key) && (def.checks ?? []).some((c) => c._zod.def.check === 'max_length') ? 'text' : 'string';
  return def.type;
}

/** Every object key anywhere in `schema`, with every kind it has there. */
export function fieldKindsOf(schema: ZodType): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  const seen = new Set<ZodType>();
  const walk = (node: ZodType, key: string | null): void => {
    const inner = unwrapped(node);
    const def = defOf(inner);
    if (!def) return;
    if (key !== null) (kinds.get(key) ?? kinds.set(key, new Set()).get(key)!).add(kindOf(key, inner));
    if (seen.has(inner)) return;
    seen.add(inner);
    if (def.type === 'object') for (const [k, v] of Object.entries(def.shape!)) walk(v, k);
    else if (def.type === 'array') walk(def.element!, null);
    else if (def.type === 'union') for (const option of def.options!) walk(option, null);
    else if (def.type === 'record') walk(def.valueType!, null);
  };
  walk(schema, null);
  return kinds;
}

const only = (kinds: Map<string, Set<string>>, kind: string): Set<string> =>
  new Set([...kinds].filter(([, found]) => found.size === 1 && found.has(kind)).map(([key]) => key));

const JOURNAL_FIELDS = fieldKindsOf(journalSchema);
/** Words wherever they are a string ("facts" is a preparation's words, and a group of answers elsewhere). */
export const TEXT_FIELDS: ReadonlySet<string> = new Set(
  [...JOURNAL_FIELDS].filter(([, found]) => found.has('text') && [...found].every((k) => k === 'text' || k === 'object')).map(([key]) => key),
);
export const CODE_FIELDS: ReadonlySet<string> = only(JOURNAL_FIELDS, 'enum');

/**
 * Whether `value` is words written in a field (a path in a record, "steps.hear.notes": its last name
 * counts), worth offering back when another computer's words replaced them: not blank. A field the
 * schema does not know keeps the old reading: words if the value has a space.
 */
export function isWrittenText(field: string, value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  const name = field.slice(field.lastIndexOf('.') + 1);
  return TEXT_FIELDS.has(name) || (!JOURNAL_FIELDS.has(name) && /\s/.test(value));
}
