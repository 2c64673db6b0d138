import { describe, expect, it } from 'vitest';
import { buildHome } from '../../../src/core/logic/home';
import { dueReminders } from '../../../src/core/logic/reminders';
import { EMPTY_TRUST_INPUTS } from '../../../src/core/model/trust-inputs';
import type { RelationshipSummary } from '../../../src/core/model/index-file';

/**
 * Home works out each person's check status and the due commitments once, and hands them to the
 * reminders: Home's reminders stay exactly the ones the desktop notifications announce on their own.
 */
const now = new Date('2026-06-15T12:00:00.000Z');
const baseline = { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 };
const person = (i: number): RelationshipSummary => {
  const open = i % 3 !== 0;
  const lastCheck = new Date(now.getTime() - (i % 5) * 6 * 86_400_000).toISOString();
  return {
    id: `r${i}`, name: `Person ${i}`, role: '', kind: 'peer', started: null, archived: i % 7 === 6,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', entries: 3,
    commitments: [
      { id: `c${i}`, relationshipId: `r${i}`, owner: i % 2 ? 'me' : 'them', text: 'Send the plan', dueAt: `2026-06-${String(10 + (i % 10)).padStart(2, '0')}`, status: 'open', resolvedAt: null, note: '' },
    ],
    trust: {
      ...EMPTY_TRUST_INPUTS,
      incidents: open ? [{ id: `i${i}`, occurredAt: '2026-05-01T09:00:00.000Z', status: 'repairing', domains: ['reliability'], baseline }] : [],
      checks: [{ at: lastCheck, ratings: baseline, activation: 0, sourceNamed: false }],
      lastCheckAt: lastCheck,
    },
    followUps: i % 4 === 1 ? { lastHeldAt: '2026-06-01T10:00:00.000Z', open: [{ id: `f${i}`, dueAt: '2026-06-08', week: 1 }] } : { lastHeldAt: null, open: [] },
  } as RelationshipSummary;
};

describe('Home and the reminders, worked out once', () => {
  it('gives the same reminders as asking for them alone, with checks due, overdue, governed by follow-ups and archived', () => {
    const summaries = Array.from({ length: 40 }, (_, i) => person(i));
    const home = buildHome(summaries, now);
    const alone = dueReminders(summaries, now);
    expect(home.reminders).toEqual(alone);
    expect(new Set(alone.map((r) => r.kind))).toEqual(new Set(['commitment', 'check', 'follow-up']));
    expect(home.now.filter((n) => n.kind === 'check').map((n) => n.kind === 'check' && n.reminder.key)).toEqual(alone.filter((r) => r.kind === 'check').map((r) => r.key));
  });
});
