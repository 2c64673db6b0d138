import fc from 'fast-check';
import type { ZodType } from 'zod';

/**
 * fast-check arbitraries read off a channel's own zod schema, so the fuzzer learns every channel added
 * later without being told: `validish` builds payloads that usually pass (and so reach the services),
 * `malformed` bends them in the ways a hostile or buggy renderer would.
 */
export interface Pool {
  /** Ids that exist in the store: id-like fields pick from these half the time, to get past not-found. */
  ids: string[];
}

interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Record<string, unknown>[] =>
  ((def.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Text that stresses storage and rendering: markup, control characters, odd Unicode. */
const spicy = fc.constantFrom(
  '<script>__xss(1)</script>', '[x](javascript:__xss(2))', '<img src=x onerror=__xss(3)>', '"; DROP TABLE people; --',
  '\u0000\u0001\u001f', '\u202e\u200b\ufeff', '😀👩‍👩‍👧', '../../etc/passwd', '__proto__', '{"mend":"journal"}', '   ', '\n\n\t',
);

function stringArb(def: Def, key: string, pool: Pool): fc.Arbitrary<unknown> {
  if (def.format === 'datetime') {
    return fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  if (def.format === 'date') {
    return fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  }
  const checks = checksOf(def);
  const min = Number(checks.find((c) => c.check === 'min_length')?.minimum ?? 0);
  const max = Number(checks.find((c) => c.check === 'max_length')?.maximum ?? 500);
  const free = fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 60)), unit: 'grapheme' }) },
    { weight: 2, arbitrary: spicy.map((s) => s.padEnd(min, 'x').slice(0, max)) },
    { weight: 1, arbitrary: fc.constant('m'.repeat(max)) },
  );
  if (key === 'id' || /Id$/.test(key)) {
    // Read at generation time: ids made by earlier calls are picked too.
    const known = fc.nat().chain((i) => (pool.ids.length ? fc.constant(pool.ids[i % pool.ids.length]) : free));
    return fc.oneof({ weight: 3, arbitrary: known }, { weight: 1, arbitrary: free });
  }
  return free;
}

function numberArb(def: Def): fc.Arbitrary<unknown> {
  const checks = checksOf(def);
  const min = Number(checks.find((c) => c.check === 'greater_than')?.value ?? -1e6);
  const max = Number(checks.find((c) => c.check === 'less_than')?.value ?? 1e6);
  const integer = checks.some((c) => c.check === 'number_format' && String(c.format).includes('int'));
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArb(def: Def, pool: Pool): fc.Arbitrary<unknown> {
  const shape = def.shape as Record<string, ZodType>;
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, value] of Object.entries(shape)) {
    model[key] = validish(value, pool, key);
    const t = defOf(value).type;
    if (t !== 'optional' && t !== 'default') required.push(key);
  }
  return fc.record(model, { requiredKeys: required }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
}

/** Values shaped like the schema wants; custom refinements may still refuse some, which is fine. */
export function validish(schema: unknown, pool: Pool, key = ''): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectArb(def, pool);
    case 'string':
      return stringArb(def, key, pool);
    case 'number':
      return numberArb(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'nullable':
      return fc.option(validish(def.innerType, pool, key), { nil: null, freq: 4 });
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(validish(def.innerType, pool, key), { nil: undefined, freq: 4 });
    case 'array': {
      const max = Number(checksOf(def).find((c) => c.check === 'max_length')?.maximum ?? 5);
      return fc.array(validish(def.element, pool, key), { maxLength: Math.min(max, 4) });
    }
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => validish(o, pool, key)));
    case 'pipe':
      return validish(def.in, pool, key);
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return validish(def.innerType, pool, key);
    default:
      return fc.anything();
  }
}

/** The ways a payload goes wrong: wrong shapes, one field bent, extra or missing keys, prototype tricks. */
export function malformed(schema: unknown, pool: Pool): fc.Arbitrary<unknown> {
  const base = validish(schema, pool);
  const asObject = base.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
  return fc.oneof(
    fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }),
    fc.constantFrom(undefined, null, 0, -1, '', 'x', [], true, NaN, Infinity),
    fc.tuple(asObject, fc.anything()).chain(([o, v]) => {
      const keys = Object.keys(o);
      return keys.length ? fc.constantFrom(...keys).map((k) => ({ ...o, [k]: v })) : fc.constant({ ...o, extra: v });
    }),
    fc.tuple(asObject, fc.string({ minLength: 1, maxLength: 12 })).map(([o, k]) => ({ ...o, [`${k}_`]: 1 })),
    asObject.chain((o) => {
      const keys = Object.keys(o);
      return keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k))) : fc.constant(o);
    }),
    asObject.map((o) => JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(o).slice(1)}`.replace(', }', '}')) as unknown),
    asObject.map((o) => ({ ...o, constructor: { prototype: { polluted: true } } })),
    asObject.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? `${v}${'y'.repeat(25_000)}` : v]))),
    asObject.map((o) => [o]),
  );
}
