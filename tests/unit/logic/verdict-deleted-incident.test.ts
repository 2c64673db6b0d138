import { describe, it, expect } from 'vitest';
import { computeVerdict, type VerdictCheck, type VerdictIncident, type VerdictInput } from '../../../src/core/logic/verdict';

/** The edge case the issue names and verdict.test.ts does not: an incident removed from the journal. */
const NOW = new Date('2026-06-01T12:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const check = (days: number, score: number): VerdictCheck => ({
  id: `c${days}`, at: ago(days), ratings: { reliability: score, competence: 5, sincerity: 5, care: 5, reliance: score }, activation: 0, source: '',
});
const incident = (id: string, days: number): VerdictIncident => ({
  id, occurredAt: ago(days), status: 'open', domains: ['reliability'], baseline: { reliability: 6, reliance: 6 },
});
const kept = (days: number) => ({ owner: 'them' as const, status: 'kept' as const, dueAt: ago(days).slice(0, 10), resolvedAt: ago(days) });
const checks = [60, 50, 40, 30].map((d, i) => check(d, 3 + i * 0.5));
const verdict = (over: Partial<VerdictInput>) => computeVerdict({ incidents: [], checks, commitments: [kept(10), kept(20)], monitoringNotes: [], now: NOW, ...over });

describe('a deleted incident', () => {
  it('with it gone, the checks that followed it give a plain level-and-direction summary', () => {
    const before = verdict({ incidents: [incident('gone', 70)] });
    expect(before.kind).toBe('recovering');
    const after = verdict({ incidents: [] });
    expect(after.kind).toBe('summary');
    expect(after.focusIncidentId).toBeNull();
    // Check means (2s + 15) / 5 for s = 3, 3.5, 4, 4.5 → 4.2, 4.4, 4.6, 4.8 ten days apart:
    // level = median of the last three = 4.6 ("mixed"); slope 0.2 per 10 days = 0.6 a month ("rising").
    expect(after.label).toBe('Trust is mixed and rising');
    expect(after.why).toBe('No open incident: your last 3 calm checks put trust at 4.6 of 7; up 0.6 a month over 4 calm checks in the last 90 days.');
    expect(JSON.stringify(after)).not.toMatch(/NaN|Infinity/);
  });

  it('when the focus incident is gone, a newer open one becomes the focus, with only the checks since it', () => {
    const v = verdict({ incidents: [incident('newer', 35)] });
    expect(v.focusIncidentId).toBe('newer');
    expect(v.kind).toBe('too-early');
    expect(v.metrics.coolChecks).toBe(1);
    expect(v.why).toBe(
      'Too early to tell about reliability: 1 calm check so far; at least 3 calm checks over 3 weeks are needed.',
    );
  });

  it('records that still point at a deleted incident change nothing and break nothing', () => {
    const orphanChecks = checks.map((c) => ({ ...c, incidentId: 'gone' }));
    const v = verdict({ incidents: [], checks: orphanChecks as VerdictCheck[] });
    expect(v).toEqual(verdict({ incidents: [] }));
  });
});
