/**
 * "Explore an example": a made-up person with six weeks of history, built in memory from `now` so the
 * chart and verdict look as they would for a real journal. It is never written anywhere: the first-run
 * screen draws it straight from this function, so it cannot sync or mix with real entries.
 */
import type { Journal } from '../model/journal';
import type { Commitment } from '../model/commitment';
import type { TrustCheck } from '../model/trust-check';
import { localDay } from './calendar';

export const EXAMPLE_ID = 'example';
const DAY = 86_400_000;

export function exampleJournal(now: Date): Journal {
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const day = (days: number) => localDay(new Date(now.getTime() - days * DAY));
  const base = (id: string, days: number) => ({ id: `example-${id}`, createdAt: ago(days), updatedAt: ago(days) });
  return {
    relationship: { ...base('person', 45), name: 'Jordan (example)', role: 'Project lead', kind: 'direct-report', started: null, archived: false,
      notes: 'A made-up person, so you can see how Mend follows a repair over a few weeks.' },
    incidents: [{
      ...base('incident', 44), title: 'The client report went out three days late', occurredAt: ago(44),
      facts: 'The report was due Friday. It arrived Monday afternoon, after the client asked me for it.',
      impact: 'I had to apologise to the client on the team’s behalf.', domains: ['reliability'],
      causes: [{ cause: 'stretched-too-thin', confidence: 'medium' }],
      baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 }, stability: 3, status: 'repairing',
    }],
    preparations: [],
    debriefs: [],
    commitments: exampleCommitments(base, day, ago),
    checks: exampleChecks(base, ago),
    monitoringNotes: [{ ...base('monitoring', 30), at: ago(30), kind: 'extra-check-in', note: 'Asked for a status update twice in one morning.' }],
    meetingNotes: [
      { ...base('note-1', 42), at: ago(42), text: 'Talked it through. They had three deadlines in one week and did not want to say so.' },
      { ...base('note-2', 14), at: ago(14), text: 'A calm 1:1. They flagged the next slip two days early, which is exactly what we agreed.' },
    ],
    repairBids: [], followUps: [], theirTrust: [],
  };
}

type Base = (id: string, days: number) => { id: string; createdAt: string; updatedAt: string };

function exampleCommitments(base: Base, day: (d: number) => string, ago: (d: number) => string): Commitment[] {
  const settled = (id: string, owner: 'them' | 'me', text: string, due: number, status: Commitment['status'], note: string): Commitment => ({
    ...base(id, due + 7), owner, text, dueAt: day(due), status, note, resolvedAt: ago(due), debriefId: null,
  });
  return [
    settled('c1', 'them', 'Say early when a deadline is at risk.', 35, 'kept', 'Flagged the budget review on Tuesday.'),
    settled('c2', 'me', 'Move the Beta report to someone else.', 38, 'kept', ''),
    settled('c3', 'them', 'Send a short status note every Friday.', 28, 'kept', ''),
    settled('c4', 'them', 'Deliver the Q3 draft by the 10th.', 16, 'renegotiated', 'Asked for two more days a week ahead.'),
    settled('c5', 'them', 'Share the client calendar with the team.', 7, 'kept', ''),
    { ...base('c6', 3), owner: 'me', text: 'Book a skills session on estimates.', dueAt: day(-4), status: 'open', note: '', resolvedAt: null, debriefId: null },
  ];
}

function exampleChecks(base: Base, ago: (d: number) => string): TrustCheck[] {
  const check = (days: number, reliability: number, reliance: number, hot = false): TrustCheck => ({
    ...base(`check-${days}`, days), at: ago(days), debriefId: null,
    ratings: { reliability, competence: 5, sincerity: 6, care: 5, reliance },
    evidence: 'What I saw this week: the status note arrived on time.', interpretation: '',
    activation: hot ? 3 : 1, emotion: hot ? 'Frustrated' : 'Calm', source: hot ? '' : 'The week itself.',
  });
  return [check(41, 3, 2), check(34, 3, 3), check(27, 4, 3), check(22, 2, 2, true), check(20, 4, 4), check(13, 5, 4), check(6, 5, 5)];
}
