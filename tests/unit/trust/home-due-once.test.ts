import { describe, it, expect } from 'vitest';
import { buildHome } from '../../../src/core/logic/home';
import type { RelationshipSummary } from '../../../src/core/model/index-file';
import { addDays, localDay } from '../../../src/core/logic/calendar';

// Local midday, so "today" is the same day in every zone the suite runs in.
const now = new Date(2026, 2, 10, 12, 0, 0);
const today = localDay(now);

function person(id: string, name: string, open: { id: string; dueAt: string; week: number }[]): RelationshipSummary {
  return {
    id, name, role: '', kind: 'peer', started: null, archived: false,
    createdAt: '2026-01-01T09:00:00.000Z', updatedAt: '2026-01-01T09:00:00.000Z', entries: 1,
    followUps: { lastHeldAt: '2026-02-20T10:00:00.000Z', open },
  };
}

describe('Home lists each due item once', () => {
  const summaries = [
    person('p1', 'Sam Rivera', [
      { id: 'f1', dueAt: addDays(today, -2), week: 1 },
      { id: 'f2', dueAt: addDays(today, 3), week: 3 },
    ]),
    person('p2', 'Ana Silva', [{ id: 'f3', dueAt: today, week: 6 }]),
  ];

  it('a follow-up that is due is in "Due now" only; the follow-ups section keeps the ones still to come', () => {
    const home = buildHome(summaries, now);
    const dueNowIds = home.now.flatMap((n) => (n.kind === 'follow-up' ? [n.followUp.id] : []));
    expect(dueNowIds).toEqual(['f1', 'f3']);
    expect(home.followUps.map((f) => f.id)).toEqual(['f2']);
    // Nothing else in "Due now" names those follow-ups a second time.
    expect(home.now).toHaveLength(2);
  });

  it('a due follow-up in "Due now" carries what its controls need (who, which week, the day)', () => {
    const [first] = buildHome(summaries, now).now;
    expect(first).toEqual({
      kind: 'follow-up',
      followUp: { id: 'f1', relationshipId: 'p1', relationshipName: 'Sam Rivera', week: 1, dueAt: addDays(today, -2), inDays: -2 },
    });
  });
});
