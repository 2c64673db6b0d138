import { describe, expect, it } from 'vitest';
import { lastChange, mergeJournals, planImport, sameJournal } from '../../../src/core/logic/import-plan';
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
  it('adds the new, leaves the identical, and merges where both changed (the newer details win)', () => {
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
      ['c', 'merge'],
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
    expect(later[0]!.action).toBe('merge');
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

  it('merges entry by entry: keeps what only Mend has, adds what only the backup has, newer version wins', () => {
    const note = (id: string, updatedAt: string, text: string) => ({ id, createdAt: '2026-01-01T00:00:00.000Z', updatedAt, at: updatedAt, kind: 'other' as const, note: text });
    const mine = { ...person('a', '2026-02-01T00:00:00.000Z'), monitoringNotes: [note('m1', '2026-02-02T00:00:00.000Z', 'mine newer'), note('m2', '2026-02-01T00:00:00.000Z', 'mine older'), note('m3', '2026-02-01T00:00:00.000Z', 'only mine')] };
    const theirs = { ...person('a', '2026-01-15T00:00:00.000Z', 'older details'), monitoringNotes: [note('m1', '2026-02-01T00:00:00.000Z', 'theirs older'), note('m2', '2026-02-03T00:00:00.000Z', 'theirs newer'), note('m4', '2026-01-05T00:00:00.000Z', 'only theirs')] };
    const { journal, counts } = mergeJournals(mine, theirs, () => false);
    expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['mine newer', 'theirs newer', 'only mine', 'only theirs']);
    expect(journal.relationship).toEqual(mine.relationship);
    expect(counts).toEqual({ added: 1, updated: 1, details: false, mineNewer: 2, removedHere: 0 });
    // An entry removed in Mend, when the store can say so exactly, stays removed.
    const plan = planImport([theirs], new Map([['a', { journal: mine, removedEntries: new Set(['monitoringNotes/m4']) }]]));
    expect(plan[0]).toMatchObject({ action: 'merge', changes: { added: 0, updated: 1, removedHere: 1 } });
    expect(plan[0]!.reason).toBe('From the backup, Mend will update 1 entry. Everything already in Mend stays. 1 entry you removed in Mend stays removed.');
  });

  it('counts a backup time more than a day ahead of this computer as now, and says its clock looked wrong', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const mine = person('a', '2026-03-01T14:00:00.000Z', 'mine, two hours ahead');
    const ahead = person('a', '2027-03-01T12:00:00.000Z', 'theirs, a year ahead');
    const [item] = planImport([ahead], new Map([['a', { journal: mine }]]), now);
    expect(item).toMatchObject({ action: 'keep', clockAhead: true, lastChanged: '2027-03-01T12:00:00.000Z' });
    expect(item!.reason).toMatch(/clock looked wrong/);
    const [fine] = planImport([person('a', '2026-03-02T06:00:00.000Z', 'theirs, within a day')], new Map([['a', { journal: mine }]]), now);
    expect(fine).toMatchObject({ action: 'merge', clockAhead: false, changes: { details: true } });
    expect(fine!.reason).not.toMatch(/clock/);
  });
});
