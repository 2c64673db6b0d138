import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/core/store/line-parse';

/**
 * parseLine reads Mend's own change lines without JSON.parse. It must never read a line differently:
 * for every text it either declines (null, and JSON.parse reads it as before) or gives exactly what
 * JSON.parse gives, members in the same order. Checked on random lines as Mend writes them and on
 * every one-character change and cut of them (most no longer JSON at all).
 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 0x100000000);
}

const PIECES = ['a', 'note', ' ', 'ü', '✓', '"', '\\', '\n', '\t', '\u0001', '0', '1', '-', '{', '}', '[', ']', ',', ':', '😀'];
const NAMES = ['what', 'notes', 'kind', 'at', '__proto__', 'constructor', 'toString', 'a b', 'ü'];

function line(rand: () => number): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const text = () => Array.from({ length: Math.floor(rand() * 6) }, () => (rand() < 0.85 ? pick(PIECES.slice(0, 5)) : pick(PIECES))).join('');
  const value = (): unknown => {
    const r = rand();
    if (r < 0.5) return text();
    if (r < 0.6) return Math.floor(rand() * 2000) - 1000;
    if (r < 0.65) return rand() * 10;
    if (r < 0.7) return 1e21;
    if (r < 0.75) return pick([true, false, null]);
    if (r < 0.85) return [text(), { id: text() }];
    return { nested: text() };
  };
  const fields = (make: () => unknown) => Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [pick(NAMES), make()]));
  const out: Record<string, unknown> = { t: `2026-12-01T09:00:00.000Z-000${Math.floor(rand() * 9)}-abcdef0123456789`, d: 'abcdef0123456789', k: rand() < 0.2 ? text() : 'incidents/i1' };
  const members: [string, () => unknown][] = [
    ['o', () => text()], ['s', () => fields(() => [value(), rand() < 0.8 ? out['t'] : text()])], ['u', () => fields(() => text())], ['x', () => (rand() < 0.9 ? 1 : 2)], ['m', () => 1],
  ];
  for (const [key, make] of members) if (rand() < 0.4) out[key] = make();
  if (rand() < 0.05) return { d: out['d'], t: out['t'], k: out['k'] }; // members out of place
  return out;
}

/** parseLine's answer, checked against JSON.parse. */
function agrees(text: string): 'read' | 'declined' {
  const ours = parseLine(text);
  if (ours === null) return 'declined';
  const theirs = JSON.parse(text) as Record<string, unknown>; // throws if parseLine read something that is not JSON
  expect(ours).toStrictEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs)); // the same members in the same order
  return 'read';
}

describe('reading a change line without JSON.parse', () => {
  it('reads lines as Mend writes them exactly as JSON.parse does, or declines them', () => {
    const started = performance.now();
    const tally = { read: 0, declined: 0, mutants: 0 };
    for (let seed = 1; seed <= 20000 && performance.now() - started < 3000; seed++) {
      const rand = random(seed);
      const text = JSON.stringify(line(rand));
      tally[agrees(text)]++;
      // One character changed or cut: parseLine must not read what JSON.parse would refuse or read otherwise.
      for (let i = 0; i < 6; i++) {
        const at = Math.floor(rand() * text.length);
        const mutant = rand() < 0.3 ? text.slice(0, at) : text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)]! + text.slice(at + 1);
        let valid = true;
        try {
          JSON.parse(mutant);
        } catch {
          valid = false;
        }
        if (!valid) expect(parseLine(mutant)).toBeNull();
        else agrees(mutant);
        tally.mutants++;
      }
    }
    console.log(`line parse: ${tally.read} lines read, ${tally.declined} declined (left to JSON.parse), ${tally.mutants} changed or cut lines checked`);
    expect(tally.read).toBeGreaterThan(100);
    expect(tally.declined).toBeGreaterThan(100);
  });

  it('reads the lines Mend writes most (an edit, a new record, a removal, a save of several lines)', () => {
    const edit = '{"t":"2026-12-01T09:00:00.000Z-0001-abcdef0123456789","d":"abcdef0123456789","k":"monitoringNotes/n1","s":{"note":["Edit 1 of a note ✓","2026-12-01T09:00:00.000Z-0000-abcdef0123456789"]}}';
    const created = '{"t":"T","d":"D","k":"incidents/i1","s":{"id":["i1",""],"count":[3,""],"done":[false,""],"at":[null,""]},"o":"T","m":1}';
    const removal = '{"t":"T","d":"D","k":"relationship","x":1}';
    const unset = '{"t":"T","d":"D","k":"relationship","u":{"notes":"S"},"s":{}}';
    for (const text of [edit, created, removal, unset]) expect(agrees(text)).toBe('read');
  });

  it('reads a one-field edit in one match, and declines one JSON.parse would read otherwise', () => {
    const head = '{"t":"T","d":"D","k":"incidents/i1","s":';
    for (const fields of ['{"note":["text","S"]}', '{"count":[-12,"S"]}', '{"done":[true,""]}', '{"at":[null,"S"]}']) {
      expect(agrees(`${head}${fields}}`)).toBe('read');
      expect(agrees(`${head}${fields},"m":1}`)).toBe('read');
    }
    for (const fields of ['{"__proto__":["x","S"]}', '{"toString":["x","S"]}', '{"n":[01,"S"]}', '{"n":[1.5,"S"]}', '{"n":["a\\"b","S"]}']) {
      expect(parseLine(`${head}${fields}}`)).toBeNull();
    }
    expect(parseLine(`${head}{"note":["text","S"]},"m":2}`)).toBeNull();
    expect(parseLine(`${head}{"note":["text","S"]}} `)).toBeNull();
  });
});
