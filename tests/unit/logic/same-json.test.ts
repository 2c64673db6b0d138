import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameJson } from '../../../src/core/logic/same-json';

/** The first version: both sides written out as text with sorted keys, then compared. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Values as summaries hold them, with undefined members, NaN and -0 thrown in. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.constantFrom(null, undefined, true, false, 0, -0, 1, Number.NaN, '', 'a', 'b'), fc.integer({ min: -3, max: 3 }), fc.string({ maxLength: 3 })),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', 'id'), tie('node'), { maxKeys: 4 })),
})).node;

/** The same value with every object's keys in reverse order. */
function reordered(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reordered);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reordered(x)]));
  return v;
}

describe('sameJson', () => {
  it('agrees with comparing the canonical texts, on random pairs and on reordered copies', () => {
    let equal = 0;
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameJson(a, reordered(a))).toBe(true);
        if (sameJson(a, b)) equal++;
      }),
      { numRuns: 3000 },
    );
    console.log(`sameJson: 3000 random pairs, ${equal} equal`);
  });

  it('tells apart what is written differently, and not what is written the same', () => {
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ '0': 'x' }, ['x'])).toBe(false);
    expect(sameJson(Number.NaN, null)).toBe(true); // both are written as null
    expect(sameJson('1', 1)).toBe(false);
  });
});
