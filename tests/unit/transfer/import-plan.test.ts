import { describe, expect, it } from 'vitest';
import { lastChange, planImport, sameJournal } from '../../../src/core/logic/import-plan';
import { journalSchema, type Journal } from '../../../src/core/model/journal';

const person = (id: string, updatedAt: string, notes = ''): Journal =>
  journalSchema.parse({
    relationship: { id, name: `Person ${id}`, role: '', kind: 'peer', started: null, notes, archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt },
  });

const withNote = (j: Journal, updatedAt: string): Journal => ({
  ...j,
  monitoringNotes: [{ id: 'm1', createdAt: updatedAt, updatedAt, at: updatedAt, kind: 'other', note: 'x' }],
});

describe('import plan', () => {
  it('adds the new, leaves the identical, and lets the most recently changed copy win', () => {
    const mine = new Map([
      ['b', { journal: person('b', '2026-02-01T00:00:00.000Z') }],
      ['c', { journal: person('c', '2026-02-01T00:00:00.000Z', 'mine') }],
      ['d', { journal: person('d', '2026-02-05T00:00:00.000Z', 'mine') }],
      ['e', { unreadable: true as const, name: 'Person e' }],
    ]);
    const incoming = [
      person('a', '2026-01-02T00:00:00.000Z'),
      person('b', '2026-02-01T00:00:00.000Z'),
      person('c', '2026-03-01T00:00:00.000Z', 'theirs'),
      person('d', '2026-02-01T00:00:00.000Z', 'theirs'),
      person('e', '2026-01-01T00:00:00.000Z'),
    ];
    const plan = planImport(incoming, mine);
    expect(plan.map((p) => [p.relationshipId, p.action])).toEqual([
      ['a', 'add'],
      ['b', 'same'],
      ['c', 'replace'],
      ['d', 'keep'],
      ['e', 'replace'],
    ]);
    expect(plan[3]!.current).toEqual({ name: 'Person d', entries: 0, lastChanged: '2026-02-05T00:00:00.000Z' });
    expect(plan[4]!.current).toEqual({ name: 'Person e', entries: null, lastChanged: null });
    expect(plan.every((p) => p.reason.length > 10)).toBe(true);
  });

  it('counts a change to any entry, in any collection, not only to the person', () => {
    const base = person('a', '2026-01-01T00:00:00.000Z');
    expect(lastChange(withNote(base, '2026-02-10T08:00:00.000Z'))).toBe('2026-02-10T08:00:00.000Z');
    const later = planImport([withNote(base, '2026-02-10T08:00:00.000Z')], new Map([['a', { journal: person('a', '2026-02-01T00:00:00.000Z') }]]));
    expect(later[0]!.action).toBe('replace');
    // Offsets are compared as moments, not as text.
    expect(lastChange(withNote(base, '2026-01-01T05:00:00.000+09:00'))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('keeps the copy in Mend on a tie, and compares journals whatever their key order', () => {
    const a = person('a', '2026-01-01T00:00:00.000Z', 'one');
    const b = person('a', '2026-01-01T00:00:00.000Z', 'two');
    expect(planImport([b], new Map([['a', { journal: a }]]))[0]!.action).toBe('keep');
    const reversed = Object.fromEntries(Object.entries(a).reverse().map(([k, v]) => [k, v]));
    const reordered = JSON.parse(JSON.stringify(reversed)) as Journal;
    expect(Object.keys(reordered)[0]).not.toBe(Object.keys(a)[0]);
    expect(sameJournal(a, reordered)).toBe(true);
    expect(sameJournal(a, b)).toBe(false);
  });
});
