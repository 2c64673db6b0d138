import { describe, it, expect } from 'vitest';
import { toTrustInputs, verdictInputFromJournal, verdictInputFromTrust, type JournalParts } from '../../../src/core/logic/trust-inputs';
import { computeVerdict } from '../../../src/core/logic/verdict';
import { trustInputsSchema, TRUST_INPUT_LIMITS } from '../../../src/core/model/trust-inputs';
import { NOW, DAY } from './world';

const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const dayAgo = (days: number) => ago(days).slice(0, 10);
const base = (id: string, days: number) => ({ id, createdAt: ago(days), updatedAt: ago(days) });
const ratings = (focus: number) => ({ reliability: focus, competence: 5, sincerity: 5, care: 5, reliance: focus });

function incident(id: string, days: number, status: 'open' | 'repairing' | 'closed' = 'open') {
  return {
    ...base(id, days), title: 'Missed it', occurredAt: ago(days), facts: 'secret facts', impact: '', domains: ['reliability' as const],
    causes: [], baseline: ratings(6), stability: null, status,
  };
}
function check(days: number, focus: number, hot = false) {
  return {
    ...base(`c${days}`, days), at: ago(days), ratings: ratings(focus), evidence: 'secret evidence', interpretation: '',
    activation: (hot ? 3 : 0) as 0 | 3, emotion: '', source: hot ? '' : 'secret source', debriefId: null,
  };
}
function commitment(days: number, status: 'open' | 'kept' | 'missed', owner: 'them' | 'me' = 'them', due: string | null = dayAgo(days)) {
  return { ...base(`k${days}`, days), owner, text: 'secret promise', dueAt: due, status, note: '', resolvedAt: status === 'open' ? null : ago(days), debriefId: null };
}
const journal = (over: Partial<JournalParts>): JournalParts => ({ incidents: [], checks: [], commitments: [], monitoringNotes: [], preparations: [], debriefs: [], ...over });

describe('trust inputs: what the index keeps', () => {
  it('keeps the focus incident and every one after it, whatever its age; closed ones before the focus go', () => {
    const incidents = [incident('before', 500, 'closed'), incident('old-open', 400), incident('old-closed', 100, 'closed'), incident('new-closed', 20, 'closed')];
    const t = toTrustInputs(journal({ incidents }), NOW);
    expect(t.incidents.map((i) => i.id)).toEqual(['old-open', 'old-closed', 'new-closed']);
    expect(toTrustInputs(journal({ incidents: [incident('closed', 10, 'closed')] }), NOW).incidents).toEqual([]);
  });

  it('keeps checks since the focus incident plus the latest twelve, without ids or text', () => {
    const checks = [200, 150, 120, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 5].map((d) => check(d, 4));
    const t = toTrustInputs(journal({ incidents: [incident('i', 45)], checks }), NOW);
    expect(t.checks).toHaveLength(12);
    expect(t.checks[0]).toEqual({ at: ago(120), ratings: ratings(4), activation: 0, sourceNamed: true });
    expect(JSON.stringify(t)).not.toMatch(/secret/);
    expect(t.lastCheckAt).toBe(ago(5));
  });

  it('without an open incident keeps every check that rates anything, whatever its age', () => {
    const checks = Array.from({ length: 40 }, (_, i) => check(400 - i * 10, 4));
    const unrated = { ...check(3, 4), ratings: { reliability: null, competence: null, sincerity: null, care: null, reliance: null } };
    const t = toTrustInputs(journal({ checks: [...checks, unrated] }), NOW);
    expect(t.checks.length).toBe(40);
    expect(t.checks[0]!.at).toBe(ago(400));
    expect(t.checks.at(-1)!.at).toBe(ago(10));
    expect(t.lastCheckAt).toBe(ago(3));
  });

  it('caps a long repair at 60 checks but keeps the lowest cool score and the latest ones', () => {
    const checks = Array.from({ length: 100 }, (_, i) => check(300 - i * 3, i === 2 ? 1 : 4 + (i % 3)));
    checks.push(check(1, 1, true));
    const t = toTrustInputs(journal({ incidents: [incident('i', 310)], checks }), NOW);
    expect(t.checks).toHaveLength(TRUST_INPUT_LIMITS.checks);
    expect(t.checks[0]!.at).toBe(ago(294));
    expect(t.checks.at(-1)!.at).toBe(ago(1));
    const full = computeVerdict(verdictInputFromJournal(journal({ incidents: [incident('i', 310)], checks }), NOW));
    const pruned = computeVerdict(verdictInputFromTrust(t, NOW));
    expect(pruned.metrics.low).toBe(full.metrics.low);
    expect(pruned.metrics.nowLevel).toBe(full.metrics.nowLevel);
  });

  it('keeps their resolved commitments of any age, ordered by due (else resolution) date; mine and open ones not at all', () => {
    const t = toTrustInputs(
      journal({ commitments: [commitment(80, 'kept'), commitment(50, 'missed', 'me'), commitment(10, 'open'), commitment(30, 'kept', 'them', null), commitment(70, 'kept', 'them', dayAgo(-3))] }),
      NOW,
    );
    expect(t.resolved.map((c) => [c.owner, c.status, c.dueAt])).toEqual([
      ['them', 'kept', dayAgo(80)],
      ['them', 'kept', null],
      ['them', 'kept', dayAgo(-3)],
    ]);
  });

  it('keeps the latest monitoring-note dates, whatever their age, up to the cap', () => {
    const notes = [90, 59, 31, 2].map((d) => ({ ...base(`n${d}`, d), at: ago(d), kind: 'other' as const, note: 'secret' }));
    expect(toTrustInputs(journal({ monitoringNotes: notes }), NOW).monitoring).toEqual([ago(90), ago(59), ago(31), ago(2)]);
    const many = Array.from({ length: TRUST_INPUT_LIMITS.monitoringNotes + 5 }, (_, i) => ({ ...notes[0]!, at: ago(300 - i) }));
    expect(toTrustInputs(journal({ monitoringNotes: many }), NOW).monitoring.at(0)).toBe(ago(295));
  });

  it('lists planned conversations not yet debriefed, not discarded, not long past', () => {
    const prep = (id: string, plannedAt: string | null, status: 'draft' | 'ready' | 'discarded' = 'ready') =>
      ({ id, plannedAt, status }) as unknown as JournalParts['preparations'][number];
    const done = { preparationId: 'debriefed', status: 'done' } as unknown as JournalParts['debriefs'][number];
    const t = toTrustInputs(
      journal({ preparations: [prep('soon', ago(-2)), prep('recent', ago(3), 'draft'), prep('old', ago(30)), prep('gone', ago(-1), 'discarded'), prep('undated', null), prep('debriefed', ago(1))], debriefs: [done] }),
      NOW,
    );
    expect(t.planned.map((p) => p.id)).toEqual(['recent', 'soon']);
  });

  it('pruning at save time never changes a verdict, later or earlier (the clock may move back)', () => {
    const j = journal({
      incidents: [incident('i', 50), incident('c', 40, 'closed')],
      checks: [48, 41, 34, 27, 20, 13, 6].map((d, i) => check(d, 3 + Math.floor(i / 2))),
      commitments: [commitment(40, 'kept'), commitment(20, 'kept'), commitment(5, 'missed')],
      monitoringNotes: [25, 3].map((d) => ({ ...base(`n${d}`, d), at: ago(d), kind: 'other' as const, note: '' })),
    });
    const saved = toTrustInputs(j, NOW);
    expect(trustInputsSchema.parse(saved)).toEqual(saved);
    for (const later of [-120, -30, -1, 0, 1, 10, 30, 61, 120]) {
      const at = new Date(NOW.getTime() + later * DAY);
      expect(computeVerdict(verdictInputFromTrust(saved, at)), `${later} days later`).toEqual(computeVerdict(verdictInputFromJournal(j, at)));
    }
  });
});
