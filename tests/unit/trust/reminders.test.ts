import { describe, it, expect } from 'vitest';
import { checkStatus, dueCommitments, dueReminders } from '../../../src/core/logic/reminders';
import { EMPTY_TRUST_INPUTS, type TrustInputs } from '../../../src/core/model/trust-inputs';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { localDay, addDays, daysBetween } from '../../../src/core/logic/calendar';
import { NOW, DAY } from './world';

const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const today = localDay(NOW);
const incident = (days: number, status: 'open' | 'closed' = 'open') => ({
  id: `i${days}`, occurredAt: ago(days), status, domains: [], baseline: { reliability: null, competence: null, sincerity: null, care: null, reliance: null },
});
const trust = (over: Partial<TrustInputs>): TrustInputs => ({ ...EMPTY_TRUST_INPUTS, ...over });
const summary = (name: string, over: Partial<RelationshipSummary> = {}): RelationshipSummary => ({
  id: name.toLowerCase(), name, role: '', kind: 'peer', started: null, archived: false, createdAt: ago(100), updatedAt: ago(1), entries: 1, ...over,
});
const open = (id: string, owner: 'them' | 'me', dueAt: string | null) => ({ id, relationshipId: 'x', owner, text: 'The promise itself', dueAt, status: 'open' as const, resolvedAt: null, note: '' });

describe('calendar days', () => {
  it('adds days and counts between local days', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(daysBetween('2026-03-30', '2026-03-25')).toBe(-5);
    expect(daysBetween(today, addDays(today, 7))).toBe(7);
  });
});

describe('check status', () => {
  it('is none without an open incident, however long since a check', () => {
    expect(checkStatus(trust({ incidents: [incident(90, 'closed')], lastCheckAt: ago(80) }), NOW)).toEqual({ openIncident: false, days: null, level: 'none' });
  });

  it.each([
    [6, 'none'],
    [7, 'due'],
    [20, 'due'],
    [21, 'overdue'],
  ])('with an open incident and the last check %i days ago: %s', (days, level) => {
    expect(checkStatus(trust({ incidents: [incident(60)], lastCheckAt: ago(days) }), NOW)).toEqual({ openIncident: true, days, level });
  });

  it('counts from the incident when no check came since', () => {
    expect(checkStatus(trust({ incidents: [incident(8)], lastCheckAt: ago(40) }), NOW)).toMatchObject({ days: 8, level: 'due' });
    expect(checkStatus(trust({ incidents: [incident(3)] }), NOW)).toMatchObject({ days: 3, level: 'none' });
  });
});

describe('due commitments and reminders', () => {
  const people = [
    summary('Sam', { commitments: [open('a', 'me', today), open('b', 'them', addDays(today, -3)), open('c', 'them', addDays(today, 7)), open('d', 'them', addDays(today, 8)), open('e', 'me', null)] }),
    summary('Ana', { trust: trust({ incidents: [incident(30)], lastCheckAt: ago(9) }) }),
    summary('Old', { archived: true, commitments: [open('f', 'me', today)], trust: trust({ incidents: [incident(30)] }) }),
  ];

  it('lists the next week and anything past its date, soonest first, archived people left out', () => {
    expect(dueCommitments(people, NOW).map((c) => [c.id, c.inDays])).toEqual([
      ['b', -3],
      ['a', 0],
      ['c', 7],
    ]);
  });

  it('reminds of what is due today or past its date and of due checks, with only the name as text', () => {
    expect(dueReminders(people, NOW)).toEqual([
      { key: 'commitment:sam:b', kind: 'commitment', relationshipId: 'sam', relationshipName: 'Sam', title: 'Their commitment is past its date', body: 'With Sam' },
      { key: 'commitment:sam:a', kind: 'commitment', relationshipId: 'sam', relationshipName: 'Sam', title: 'Your commitment is due today', body: 'With Sam' },
      { key: 'check:ana', kind: 'check', relationshipId: 'ana', relationshipName: 'Ana', title: 'Time for a trust check', body: 'With Ana: no check for 9 days' },
    ]);
    expect(JSON.stringify(dueReminders(people, NOW))).not.toContain('promise');
  });

  it('summaries written before trust inputs existed give no check reminders and no errors', () => {
    expect(dueReminders([summary('Bare')], NOW)).toEqual([]);
  });
});
