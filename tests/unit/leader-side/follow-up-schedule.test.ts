import { afterEach, describe, expect, it } from 'vitest';
import { dueFollowUps, followUpDateProblem, followUpDays, followUpsGovern, RECENT_CONVERSATION_DAYS } from '../../../src/core/logic/follow-up-schedule';
import { daysBetween, localDay } from '../../../src/core/logic/calendar';
import { checkStatus, dueReminders } from '../../../src/core/logic/reminders';
import { EMPTY_TRUST_INPUTS } from '../../../src/core/model/trust-inputs';
import type { RelationshipSummary } from '../../../src/core/model/index-file';

// Local noon, so the local day is the same in any time zone the tests run in.
const at = (day: string) => new Date(`${day}T12:00:00`);

describe('follow-up schedule', () => {
  it('falls 1, 3 and 6 weeks after the conversation, by the local day it was held', () => {
    expect(followUpDays(at('2026-03-02').toISOString())).toEqual([
      { week: 1, dueAt: '2026-03-09' },
      { week: 3, dueAt: '2026-03-23' },
      { week: 6, dueAt: '2026-04-13' },
    ]);
  });

  it('refuses a day before the conversation, naming the first day allowed', () => {
    const held = at('2026-03-02').toISOString();
    expect(followUpDateProblem('2026-03-01', held)).toEqual({ field: 'dueAt', message: expect.stringContaining('2026-03-02') });
    expect(followUpDateProblem('2026-03-02', held)).toBeNull();
  });

  it('is due from its day on, soonest first, with days waiting', () => {
    const state = { lastHeldAt: null, open: [{ id: 'b', dueAt: '2026-03-23', week: 3 }, { id: 'a', dueAt: '2026-03-09', week: 1 }] };
    expect(dueFollowUps(state, at('2026-03-08'))).toEqual([]);
    expect(dueFollowUps(state, at('2026-03-10'))).toEqual([{ id: 'a', dueAt: '2026-03-09', week: 1, lateDays: 1 }]);
  });

  it('governs while one is open or for seven weeks after the last conversation', () => {
    expect(followUpsGovern(undefined, at('2026-03-10'))).toBe(false);
    expect(followUpsGovern({ lastHeldAt: null, open: [] }, at('2026-03-10'))).toBe(false);
    expect(followUpsGovern({ lastHeldAt: null, open: [{ id: 'a', dueAt: '2026-09-01', week: 6 }] }, at('2026-03-10'))).toBe(true);
    const held = at('2026-03-02').toISOString();
    expect(followUpsGovern({ lastHeldAt: held, open: [] }, at('2026-04-20'))).toBe(true);
    expect(followUpsGovern({ lastHeldAt: held, open: [] }, at('2026-04-21'))).toBe(false);
  });
});

describe('followUpsGovern asked for many people at one moment (as Home asks)', () => {
  const zone = process.env['TZ'];
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  it('agrees with counting the days, across a change of clocks and a change of zone at the same moment', () => {
    const byDays = (heldAt: string, now: Date) => daysBetween(localDay(new Date(heldAt)), localDay(now)) <= RECENT_CONVERSATION_DAYS;
    for (const tz of ['Europe/Berlin', 'Pacific/Auckland', 'America/New_York']) {
      process.env['TZ'] = tz;
      const now = new Date(Date.parse('2026-04-20T23:30:00.000Z')); // the same moment in every zone: a different local day
      for (let back = 40; back < 60; back++) {
        for (const hour of [0, 11, 23]) {
          const heldAt = new Date(now.getTime() - back * 86_400_000 + hour * 3_600_000).toISOString();
          expect(followUpsGovern({ lastHeldAt: heldAt, open: [] }, now), `${tz}, ${back} days back at ${hour}h`).toBe(byDays(heldAt, now));
        }
      }
    }
  });
});

describe('one rule, not two: follow-ups replace the 7/21-day check reminder after a conversation', () => {
  const trust = {
    ...EMPTY_TRUST_INPUTS,
    incidents: [{ id: 'i', occurredAt: '2026-02-01T10:00:00.000Z', status: 'open' as const, domains: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 6 } }],
    lastCheckAt: '2026-02-01T10:00:00.000Z',
  };
  const summary = (followUps?: RelationshipSummary['followUps']): RelationshipSummary => ({
    id: 'r1', name: 'Sam', role: '', kind: 'direct-report', started: null, archived: false,
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', entries: 1, trust, ...(followUps ? { followUps } : {}),
  });

  it('without a recent conversation the fixed rule still reminds', () => {
    expect(checkStatus(trust, at('2026-03-10')).level).toBe('overdue');
    expect(dueReminders([summary()], at('2026-03-10')).map((r) => r.kind)).toEqual(['check']);
  });

  it('with one, only the follow-up that is due reminds, and nothing before its day', () => {
    const state = { lastHeldAt: at('2026-03-02').toISOString(), open: [{ id: 'f1', dueAt: '2026-03-09', week: 1 }, { id: 'f3', dueAt: '2026-03-23', week: 3 }] };
    expect(dueReminders([summary(state)], at('2026-03-08'))).toEqual([]);
    const due = dueReminders([summary(state)], at('2026-03-10'));
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ kind: 'follow-up', key: 'follow-up:r1:f1', title: 'A follow-up check-in is waiting', body: 'With Sam: 1 week after your conversation' });
    expect(checkStatus(trust, at('2026-03-10'), true).level).toBe('none');
  });
});
