import { describe, it, expect } from 'vitest';
import { checkMean, computeVerdict, focusScore, isHotCheck } from '../../../src/core/logic/verdict';
import { SHORT_REASON_WORDS, countWords } from '../../../src/core/logic/verdict-short';
import type {
  Verdict,
  VerdictCheck,
  VerdictCommitment,
  VerdictIncident,
  VerdictInput,
} from '../../../src/core/logic/verdict';
import type { CommitmentStatus } from '../../../src/core/model/trust-items';

// ---- fixtures: every date counts back from one fixed moment ----
const NOW = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
/** ISO date-time `days` before NOW (negative = in the future), at noon UTC unless an hour is given. */
const ago = (days: number, hour = 12): string => new Date(NOW.getTime() - days * DAY + (hour - 12) * 3_600_000).toISOString();
/** 'YYYY-MM-DD' `days` before NOW. */
const dayAgo = (days: number): string => ago(days).slice(0, 10);

/** The focus incident: 70 days ago, reliability breached, trust was 6 before. */
const incident = (over: Partial<VerdictIncident> = {}): VerdictIncident => ({
  id: 'inc-1',
  occurredAt: ago(70),
  status: 'repairing',
  domains: ['reliability'],
  baseline: { reliability: 6, reliance: 6 },
  ...over,
});
/** A calm check whose focus score (reliability + reliance) is `score`. */
const check = (days: number, score: number, over: Partial<VerdictCheck> = {}): VerdictCheck => ({
  id: `c-${days}`,
  at: ago(days),
  ratings: { reliability: score, reliance: score },
  activation: 0,
  source: '',
  ...over,
});
/** Calm checks: days[i] days ago scoring scores[i]. */
const series = (days: number[], scores: number[]): VerdictCheck[] => days.map((d, i) => check(d, scores[i] ?? 4));
/** One of their commitments, due and resolved `days` ago. */
const theirs = (status: CommitmentStatus, days: number): VerdictCommitment => ({
  owner: 'them',
  status,
  dueAt: dayAgo(days),
  resolvedAt: ago(days),
});
/** `kept` kept and `missed` missed commitments of theirs, all due within the last 60 days. */
const record = (kept: number, missed = 0): VerdictCommitment[] => [
  ...Array.from({ length: kept }, (_, i) => theirs('kept', 5 + i * 5)),
  ...Array.from({ length: missed }, (_, i) => theirs('missed', 7 + i * 5)),
];
const notes = (...days: number[]) => days.map((d) => ({ at: ago(d) }));

/** Walks the whole verdict: no number may be NaN or infinite, no string may show NaN/Infinity/undefined. */
function expectClean(value: unknown, path = 'verdict'): void {
  if (typeof value === 'number') expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  else if (typeof value === 'string') expect(value, path).not.toMatch(/NaN|Infinity|undefined|null/);
  else if (Array.isArray(value)) value.forEach((v, i) => expectClean(v, `${path}[${i}]`));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectClean(v, `${path}.${k}`);
  }
}
/** Computes a verdict over the default incident, then checks it is clean and one sentence long. */
function verdictOf(over: Partial<VerdictInput> = {}): Verdict {
  const v = computeVerdict({ incidents: [incident()], checks: [], commitments: [], monitoringNotes: [], now: NOW, ...over });
  expectClean(v);
  expect(v.why.endsWith('.')).toBe(true);
  expect(v.why.slice(0, -1)).not.toContain('. ');
  expect(countWords(v.reason), v.reason).toBeLessThanOrEqual(SHORT_REASON_WORDS);
  expect(v.reason).not.toMatch(/\n/);
  expect(v.perceptionNote).toMatch(/perception|your own/i);
  return v;
}

// Shapes reused below (days ago → scores).
// Rising: days 0,10,20,30 after the first check, scores 3,3.5,4,4.5 → slope 0.5/10 days = 1.5 per 30 days.
const RISING = series([60, 50, 40, 30], [3, 3.5, 4, 4.5]);
// Restored: 3 then 5.8 ×4, 10 days apart → 4 positive pairwise slopes, 6 zero → Theil–Sen 0 (flat);
// low 3, now-level 5.8, baseline 6 → ratio (5.8−3)/(6−3) = 0.933.
const RESTORED = series([60, 50, 40, 30, 20], [3, 5.8, 5.8, 5.8, 5.8]);
// Stalled: 3 then 3.5 ×4 → slope 0; ratio (3.5−3)/(6−3) = 0.167.
const STALLED = series([60, 50, 40, 30, 20], [3, 3.5, 3.5, 3.5, 3.5]);
// Halfway: 3 then 4.5 ×4 → slope 0; ratio (4.5−3)/(6−3) = 0.5 exactly (not below 0.5, not ≥ 0.9).
const HALFWAY = series([60, 50, 40, 30, 20], [3, 4.5, 4.5, 4.5, 4.5]);
// Flat: 4 ×4 over 30 days → slope 0.
const FLAT = series([60, 50, 40, 30], [4, 4, 4, 4]);

describe('check helpers', () => {
  it('isHotCheck: activation ≥ 2 with no source named', () => {
    expect(isHotCheck({ activation: 2, source: '' })).toBe(true);
    expect(isHotCheck({ activation: 3, source: '   ' })).toBe(true);
    expect(isHotCheck({ activation: 3, source: 'the missed client call' })).toBe(false);
    expect(isHotCheck({ activation: 1, source: '' })).toBe(false);
  });

  it('focusScore averages only the focus items that have a number', () => {
    expect(focusScore({ ratings: { reliability: 3, care: 7, reliance: null } }, ['reliability', 'reliance'])).toBe(3);
    expect(focusScore({ ratings: { reliability: 3, reliance: 6 } }, ['reliability', 'reliance'])).toBe(4.5);
    expect(focusScore({ ratings: { care: 7 } }, ['reliability', 'reliance'])).toBeNull();
    expect(focusScore({ ratings: { reliability: Number.NaN } }, ['reliability'])).toBeNull();
  });

  it('checkMean averages every rated item', () => {
    // (6 + 5) / 2, care has no new evidence
    expect(checkMean({ ratings: { reliability: 6, competence: 5, care: null } })).toBe(5.5);
    expect(checkMean({ ratings: {} })).toBeNull();
  });
});

describe('too early to tell', () => {
  it('with fewer than 3 cool checks (a hot one does not count)', () => {
    const hot = check(45, 1, { activation: 3, source: '' });
    const v = verdictOf({ checks: [check(60, 3), hot, check(30, 4)], commitments: record(2) });
    expect(v.kind).toBe('too-early');
    expect(v.label).toBe('Too early to tell');
    expect(v.metrics.coolChecks).toBe(2);
    expect(v.metrics.hotChecks).toBe(1);
    // two cool checks 30 days apart, 3 → 4: slope 1.0 per 30 days
    expect(v.metrics.slopePer30).toBeCloseTo(1, 10);
    expect(v.why).toBe(
      'Too early to tell about reliability: 2 calm checks so far (1 hot one left out of the trend); ' +
        'at least 3 calm checks over 3 weeks are needed.',
    );
    expect(v.reason).toBe('Too early: needs one more calm check');
  });

  it('with under 21 days between the first and last cool check', () => {
    // 30, 25 and 12 days ago → span 18 days
    const v = verdictOf({ checks: series([30, 25, 12], [3, 4, 5]), commitments: record(3) });
    expect(v.kind).toBe('too-early');
    expect(v.metrics.spanDays).toBeCloseTo(18, 10);
    expect(v.why).toContain('your 3 calm checks span 18 days');
    expect(v.why).toContain('spread over at least 3 weeks');
  });

  it('with fewer than 2 of their commitments resolved in the last 60 days', () => {
    const commitments: VerdictCommitment[] = [
      theirs('kept', 10),
      theirs('kept', 80), // outside the 60-day window
      { owner: 'them', status: 'open', dueAt: dayAgo(5), resolvedAt: null }, // not resolved
      { owner: 'me', status: 'kept', dueAt: dayAgo(5), resolvedAt: ago(5) }, // mine, not theirs
    ];
    const v = verdictOf({ checks: RISING, commitments });
    expect(v.kind).toBe('too-early');
    expect(v.metrics.resolvedCount).toBe(1);
    expect(v.metrics.keptRate).toBe(1);
    expect(v.why).toBe(
      'Too early to tell about reliability: 1 commitment of theirs resolved in the last 60 days; ' +
        'at least 2 resolved commitments of theirs are needed.',
    );
  });

  it('wins over declining (rules are tried in order)', () => {
    const repeat = incident({ id: 'inc-2', occurredAt: ago(5), status: 'open' });
    const v = verdictOf({ incidents: [incident(), repeat], checks: series([60, 30], [6, 2]), commitments: record(0, 1) });
    // every declining trigger holds: repeat incident, slope −4 per 30 days, K = 0/1
    expect(v.kind).toBe('too-early');
    // names both gaps: checks and commitments
    expect(v.why).toBe(
      'Too early to tell about reliability: 2 calm checks so far and 1 commitment of theirs resolved in the last 60 days; ' +
        'at least 3 calm checks over 3 weeks and at least 2 resolved commitments of theirs are needed.',
    );
    expect(v.reason).toBe('Too early: needs one more calm check and one more of their commitments settled');
    const none = verdictOf({ commitments: [] });
    expect(none.reason).toBe('Too early: needs three calm checks and two of their commitments settled');
    expect(none.why).toContain('no calm checks since the incident and none of their commitments resolved in the last 60 days');
  });
});

describe('declining', () => {
  it('when the slope is falling', () => {
    // scores 5,4.5,4,3.5 ten days apart → −0.5/10 days = −1.5 per 30 days
    const v = verdictOf({ checks: series([60, 50, 40, 30], [5, 4.5, 4, 3.5]), commitments: record(2) });
    expect(v.kind).toBe('declining');
    expect(v.label).toBe('Declining');
    expect(v.metrics.slopePer30).toBeCloseTo(-1.5, 10);
    expect(v.why).toBe('Declining: reliability down 1.5 a month over 4 calm checks; they kept 2 of 2 recent commitments.');
    expect(v.reason).toBe('Declining: reliability down 1.5 a month');
  });

  it('when the slope is exactly −0.3 a month', () => {
    // 4 → 3.85 → 3.7 at 15-day steps: −0.15/15 = −0.01 a day = −0.3 per 30 days (−0.30000000000000004 in floats)
    const v = verdictOf({ checks: series([60, 45, 30], [4, 3.85, 3.7]), commitments: record(2) });
    expect(v.metrics.slopePer30).toBeCloseTo(-0.3, 10);
    expect(v.kind).toBe('declining');
  });

  it('when fewer than half of their commitments were kept', () => {
    // K = 1 / (1 + 2) = 0.333 < 0.5; slope 0
    const v = verdictOf({ checks: FLAT, commitments: record(1, 2) });
    expect(v.kind).toBe('declining');
    expect(v.metrics.keptRate).toBeCloseTo(1 / 3, 10);
    expect(v.why).toBe('Declining: reliability flat over 4 calm checks; they kept 1 of 3 recent commitments.');
    expect(v.reason).toBe('Declining: they kept 1 of 3 commitments');
  });

  it('not when exactly half were kept (K = 0.5 is not below 0.5)', () => {
    const v = verdictOf({ checks: FLAT, commitments: record(1, 1) });
    expect(v.metrics.keptRate).toBe(0.5);
    expect(v.kind).toBe('steady');
  });

  it('when a newer incident in the last 45 days shares a breached domain', () => {
    const newer = incident({ id: 'inc-2', occurredAt: ago(10), status: 'open', domains: ['care', 'reliability'] });
    const v = verdictOf({ incidents: [incident(), newer], checks: RESTORED, commitments: record(3) });
    expect(v.kind).toBe('declining');
    expect(v.focusIncidentId).toBe('inc-1');
    expect(v.why).toBe(
      'Declining: a newer incident 10 days ago also touched reliability; reliability flat over 5 calm checks; ' +
        'they kept 3 of 3 recent commitments.',
    );
  });

  it('counts a newer incident with no named domain as a reliability breach', () => {
    const newer = incident({ id: 'inc-2', occurredAt: ago(3), status: 'closed', domains: [] });
    expect(verdictOf({ incidents: [incident(), newer], checks: RESTORED, commitments: record(3) }).kind).toBe('declining');
  });

  it('not for a newer incident outside 45 days or in another domain', () => {
    const old = incident({ id: 'inc-2', occurredAt: ago(50), status: 'open' });
    const other = incident({ id: 'inc-3', occurredAt: ago(10), status: 'open', domains: ['competence'] });
    const v = verdictOf({ incidents: [incident(), old, other], checks: RESTORED, commitments: record(3) });
    expect(v.kind).toBe('steady');
  });
});

describe('recovering', () => {
  it('with a rising slope, commitments kept and a lift off the low', () => {
    // slope 1.5 per 30 days; K = 4/5 = 0.8; low 3, now-level median(3.5,4,4.5) = 4 ≥ 3 + 0.5;
    // ratio (4 − 3)/(6 − 3) = 0.333
    const v = verdictOf({ checks: RISING, commitments: record(4, 1) });
    expect(v.kind).toBe('recovering');
    expect(v.label).toBe('Recovering');
    expect(v.qualifier).toBeNull();
    expect(v.metrics).toMatchObject({ coolChecks: 4, hotChecks: 0, keptCount: 4, resolvedCount: 5, low: 3, nowLevel: 4, baseline: 6 });
    expect(v.metrics.slopePer30).toBeCloseTo(1.5, 10);
    expect(v.metrics.spanDays).toBeCloseTo(30, 10);
    expect(v.metrics.recoveryRatio).toBeCloseTo(1 / 3, 10);
    expect(v.focusItems).toEqual(['reliability', 'reliance']);
    expect(v.why).toBe(
      'Recovering: reliability up 1.5 a month over 4 calm checks; they kept 4 of 5 recent commitments; ' +
        'now 1.0 above its low of 3.0, 33% of the way back to 6.0.',
    );
    expect(v.reason).toBe('Recovering: reliability up 1.5 a month; they kept 4 of 5 commitments');
  });

  it('leaves hot checks out of the trend and the low', () => {
    const hot = check(45, 1, { activation: 2, source: ' ' });
    const named = check(35, 1, { activation: 3, source: 'board review' }); // source named: cool
    const v = verdictOf({ checks: [...RISING, hot], commitments: record(4, 1) });
    expect(v.kind).toBe('recovering');
    expect(v.metrics.low).toBe(3);
    expect(v.metrics.hotChecks).toBe(1);
    expect(verdictOf({ checks: [...RISING, named], commitments: record(4, 1) }).metrics.low).toBe(1);
  });

  it('not when the level has barely left the low', () => {
    // 4, 4.1, 4.2, 4.3 ten days apart → slope 0.3 exactly, but now-level 4.2 < low 4 + 0.5
    // → steady; ratio (4.2 − 4)/(6 − 4) = 0.1 → stalled
    const v = verdictOf({ checks: series([60, 50, 40, 30], [4, 4.1, 4.2, 4.3]), commitments: record(3) });
    expect(v.metrics.slopePer30).toBeCloseTo(0.3, 10);
    expect(v.kind).toBe('steady');
    expect(v.qualifier).toBe('stalled');
  });

  it('not when K is under 0.7', () => {
    // rising, but K = 3/5 = 0.6 → steady; ratio 0.333 → stalled
    const v = verdictOf({ checks: RISING, commitments: record(3, 2) });
    expect(v.kind).toBe('steady');
    expect(v.label).toBe('Steady — stalled');
  });
});

describe('steady', () => {
  it('restored when the ratio reaches 0.9', () => {
    const v = verdictOf({ checks: RESTORED, commitments: record(3) });
    expect(v.kind).toBe('steady');
    expect(v.qualifier).toBe('restored');
    expect(v.label).toBe('Steady — restored');
    expect(v.metrics.slopePer30).toBe(0);
    expect(v.metrics.recoveryRatio).toBeCloseTo(2.8 / 3, 10);
    expect(v.why).toBe(
      'Steady — restored: reliability flat over 5 calm checks; they kept 3 of 3 recent commitments; ' +
        'now 2.8 above its low of 3.0, 93% of the way back to 6.0.',
    );
  });

  it('stalled when the ratio is under 0.5', () => {
    // K = 2/3 = 0.667: not declining, not enough for recovering anyway (slope 0)
    const v = verdictOf({ checks: STALLED, commitments: [...record(2), theirs('late', 30)] });
    expect(v.label).toBe('Steady — stalled');
    expect(v.metrics.recoveryRatio).toBeCloseTo(0.5 / 3, 10);
    expect(v.why).toContain('now 0.5 above its low of 3.0, 17% of the way back to 6.0');
  });

  it('plain when the ratio is between (0.5 exactly is not stalled)', () => {
    const v = verdictOf({ checks: HALFWAY, commitments: record(2) });
    expect(v.metrics.recoveryRatio).toBe(0.5);
    expect(v).toMatchObject({ kind: 'steady', qualifier: null, label: 'Steady' });
  });
});

describe('lag flag', () => {
  it('is set when they keep their word, the trend is flat and monitoring rose', () => {
    // K = 3/3, slope 0; notes: 3 in the last 30 days, 1 in the 30 before
    const v = verdictOf({ checks: RESTORED, commitments: record(3), monitoringNotes: notes(5, 10, 20, 40) });
    expect(v.lagFlag).toBe(true);
    expect(v.metrics.monitoringLast30).toBe(3);
    expect(v.metrics.monitoringPrev30).toBe(1);
    expect(v.lagNote).toBe(
      'Your trust may lag the evidence: they kept 3 of 3 recent commitments, yet you logged 3 monitoring notes in the last 30 days, up from 1.',
    );
  });

  it('is set at K = 0.8 exactly', () => {
    // 4 kept of 5 = 0.8
    expect(verdictOf({ checks: FLAT, commitments: record(4, 1), monitoringNotes: notes(3, 40) }).lagFlag).toBe(false);
    expect(verdictOf({ checks: FLAT, commitments: record(4, 1), monitoringNotes: notes(3, 4) }).lagFlag).toBe(true);
  });

  it('is not set when monitoring did not rise, K is under 0.8, or the slope is not flat', () => {
    const even = verdictOf({ checks: RESTORED, commitments: record(3), monitoringNotes: notes(5, 20, 35, 50) });
    expect(even).toMatchObject({ lagFlag: false, lagNote: null });
    // K = 3/4 = 0.75
    expect(verdictOf({ checks: RESTORED, commitments: record(3, 1), monitoringNotes: notes(5, 10) }).lagFlag).toBe(false);
    // slope 1.5 per 30 days
    expect(verdictOf({ checks: RISING, commitments: record(5), monitoringNotes: notes(5, 10) }).lagFlag).toBe(false);
    // no slope at all
    expect(verdictOf({ checks: [], commitments: record(5), monitoringNotes: notes(5, 10) }).lagFlag).toBe(false);
  });
});

describe('summary (no open incident)', () => {
  /** A check rating every item `score`. */
  const all = (days: number, score: number): VerdictCheck =>
    check(days, score, { ratings: { reliability: score, competence: score, sincerity: score, care: score, reliance: score } });
  const closed = incident({ status: 'closed' });

  it('gives level and direction', () => {
    // 4.5, 5, 5.5 thirty days apart → 0.5 per 30 days; level median(4.5,5,5.5) = 5 → high
    const v = verdictOf({ incidents: [closed], checks: [all(80, 4.5), all(50, 5), all(20, 5.5)] });
    expect(v.kind).toBe('summary');
    expect(v.label).toBe('Trust is high and rising');
    expect(v.focusIncidentId).toBeNull();
    expect(v.focusItems).toEqual([]);
    expect(v.metrics.nowLevel).toBe(5);
    expect(v.metrics.slopePer30).toBeCloseTo(0.5, 10);
    expect(v.why).toBe(
      'No open incident: your last 3 calm checks put trust at 5.0 of 7; up 0.5 a month over 3 calm checks in the last 90 days.',
    );
  });

  it('says so on Home when every calm check is over 90 days old (found: a year-old level read as where trust stands now)', () => {
    const old = verdictOf({ incidents: [], checks: [all(400, 5), all(380, 5), all(360, 5)] });
    expect(old.reason).toBe('No calm check in 90 days; the last three put trust at 5.0 of 7');
    expect(verdictOf({ incidents: [], checks: [all(120, 4)] }).reason).toBe('No calm check in 90 days; the last one put trust at 4.0 of 7');
    // One calm check inside the window: the level is current, said as before.
    expect(verdictOf({ incidents: [], checks: [all(400, 5), all(380, 5), all(80, 5)] }).reason).toBe('Your last three calm checks put trust at 5.0 of 7');
  });

  it('reads mixed and holding, low and falling', () => {
    expect(verdictOf({ incidents: [], checks: [all(60, 4), all(30, 4), all(5, 4)] }).label).toBe('Trust is mixed and holding');
    // 3.5, 3, 2.5 → −0.5 per 30 days; level 3 → low
    expect(verdictOf({ incidents: [], checks: [all(60, 3.5), all(30, 3), all(5, 2.5)] }).label).toBe('Trust is low and falling');
  });

  it('averages only rated items, uses the last three cool checks, and only the last 90 days for direction', () => {
    const mixed = check(200, 0, { ratings: { reliability: 6, competence: 4, care: null } }); // mean 5
    const v = verdictOf({ incidents: [], checks: [check(300, 2), mixed, check(150, 5)] });
    // level median(2, 5, 5) = 5; no cool check in the last 90 days → no direction
    expect(v.metrics.nowLevel).toBe(5);
    expect(v.metrics.slopePer30).toBeNull();
    expect(v.label).toBe('Trust is high; direction not clear yet');
    expect(v.why).toContain('no calm checks in the last 90 days to show a direction');
  });

  it('says when there are no checks, or only hot ones', () => {
    const none = verdictOf({ incidents: [] });
    expect(none.label).toBe('No checks yet');
    expect(none.why).toBe('No open incident and no trust checks yet; a first check will give a starting level.');
    const hot = verdictOf({ incidents: [], checks: [check(10, 2, { activation: 3 }), check(5, 2, { activation: 2 })] });
    expect(hot.label).toBe('No calm checks yet');
    expect(hot.metrics.hotChecks).toBe(2);
    expect(hot.why).toContain('your 2 checks so far were made while activated with no source named');
  });
});

describe('edge cases', () => {
  it('no checks at all', () => {
    const v = verdictOf({ commitments: record(2) });
    expect(v.kind).toBe('too-early');
    expect(v.metrics).toMatchObject({ coolChecks: 0, spanDays: 0, slopePer30: null, low: null, nowLevel: null, recoveryRatio: null });
    expect(v.why).toContain('no calm checks since the incident');
  });

  it('only hot checks', () => {
    const hot = [60, 45, 30, 15].map((d) => check(d, 2, { activation: 3 }));
    const v = verdictOf({ checks: hot, commitments: record(3) });
    expect(v.kind).toBe('too-early');
    expect(v.metrics).toMatchObject({ coolChecks: 0, hotChecks: 4, slopePer30: null });
    expect(v.why).toContain('no calm checks since the incident (4 hot ones left out of the trend)');
  });

  it('all checks on the same day: no slope, span under a day', () => {
    const sameDay = [8, 12, 18].map((h, i) => check(30, 3 + i, { id: `s${h}`, at: ago(30, h) }));
    const v = verdictOf({ checks: sameDay, commitments: record(3) });
    expect(v.kind).toBe('too-early');
    expect(v.metrics.slopePer30).toBeNull();
    expect(v.metrics.spanDays).toBeCloseTo(10 / 24, 10);
    expect(v.why).toContain('your 3 calm checks span 0 days');
  });

  it('missing baseline: no ratio, so steady has no qualifier', () => {
    for (const baseline of [{}, { reliability: null, reliance: null }]) {
      const v = verdictOf({ incidents: [incident({ baseline })], checks: STALLED, commitments: record(2) });
      expect(v.metrics.baseline).toBeNull();
      expect(v.metrics.recoveryRatio).toBeNull();
      expect(v.label).toBe('Steady');
      expect(v.why).toContain('with no before-rating to compare');
    }
  });

  it('a partial baseline uses the focus items it has', () => {
    const v = verdictOf({ incidents: [incident({ baseline: { reliability: 6, care: 1 } })], checks: STALLED, commitments: record(2) });
    expect(v.metrics.baseline).toBe(6);
  });

  it('baseline equal to the low: ratio null, no division by zero', () => {
    const v = verdictOf({ incidents: [incident({ baseline: { reliability: 3, reliance: 3 } })], checks: STALLED, commitments: record(2) });
    expect(v.metrics.recoveryRatio).toBeNull();
    expect(v.label).toBe('Steady');
    expect(v.why).toContain('never below the 3.0 of before');
  });

  it('commitments without due dates fall back to the resolution date', () => {
    const commitments: VerdictCommitment[] = [
      { owner: 'them', status: 'kept', dueAt: null, resolvedAt: ago(10) },
      { owner: 'them', status: 'renegotiated', dueAt: null, resolvedAt: ago(20) }, // renegotiated early counts as kept
      { owner: 'them', status: 'missed', dueAt: null, resolvedAt: ago(90) }, // outside 60 days
      { owner: 'them', status: 'late', dueAt: null, resolvedAt: null }, // no date at all: ignored
    ];
    const v = verdictOf({ checks: RESTORED, commitments });
    expect(v.metrics).toMatchObject({ keptCount: 2, resolvedCount: 2, keptRate: 1 });
  });

  it('a due date counts by day (today is inside), and a future due date is not yet in the window', () => {
    const commitments: VerdictCommitment[] = [
      { owner: 'them', status: 'kept', dueAt: dayAgo(0), resolvedAt: ago(1) },
      { owner: 'them', status: 'missed', dueAt: dayAgo(60), resolvedAt: ago(60) },
      { owner: 'them', status: 'kept', dueAt: dayAgo(-10), resolvedAt: ago(1) },
    ];
    expect(verdictOf({ checks: RESTORED, commitments }).metrics).toMatchObject({ keptCount: 1, resolvedCount: 2 });
  });

  it('ignores records whose dates cannot be read', () => {
    const v = verdictOf({
      incidents: [incident({ id: 'bad', occurredAt: 'last spring' }), incident()],
      checks: [...RESTORED, check(35, 1, { at: 'last tuesday' }), check(36, 1, { at: '2026-02-30T10:00:00Z' })],
      commitments: [...record(3), { owner: 'them', status: 'missed', dueAt: 'soon', resolvedAt: ago(3) }],
      monitoringNotes: [{ at: 'yesterday' }, { at: '' }],
    });
    expect(v.focusIncidentId).toBe('inc-1');
    expect(v.metrics).toMatchObject({ coolChecks: 5, low: 3, resolvedCount: 3, monitoringLast30: 0 });
    expect(v.label).toBe('Steady — restored');
    // the only incident unreadable: nothing to repair against, so a summary
    expect(verdictOf({ incidents: [incident({ occurredAt: '' })], checks: RESTORED }).kind).toBe('summary');
  });

  it('picks the oldest open incident whatever the order, even one nothing else refers to', () => {
    const incidents = [
      incident({ id: 'newer', occurredAt: ago(20), domains: ['competence'] }),
      incident({ id: 'lonely', occurredAt: ago(70), domains: ['care', 'reliability', 'reliability'] }),
      incident({ id: 'closed', occurredAt: ago(100), status: 'closed' }),
    ];
    const v = verdictOf({ incidents, checks: RESTORED, commitments: record(3) });
    expect(v.focusIncidentId).toBe('lonely');
    expect(v.focusItems).toEqual(['reliability', 'care', 'reliance']);
    expect(v.why).toContain('reliability and care flat over 5 calm checks');
  });

  it('falls back to reliability when the incident names no known domain', () => {
    const v = verdictOf({ incidents: [incident({ domains: ['honesty' as never] })], checks: RESTORED, commitments: record(3) });
    expect(v.focusItems).toEqual(['reliability', 'reliance']);
  });

  it('ignores future-dated checks, checks before the incident and checks without a focus rating', () => {
    const extra = [
      check(-10, 1), // ten days in the future
      check(80, 1), // before the incident
      check(25, 1, { ratings: { care: 1 } }), // nothing on the focus items
    ];
    const v = verdictOf({ checks: [...RISING, ...extra], commitments: record(4, 1) });
    expect(v.kind).toBe('recovering');
    expect(v.metrics).toMatchObject({ coolChecks: 4, low: 3 });
  });

  it('a future-dated incident has no checks yet', () => {
    const v = verdictOf({ incidents: [incident({ occurredAt: ago(-5) })], checks: RESTORED, commitments: record(3) });
    expect(v.kind).toBe('too-early');
    expect(v.metrics.coolChecks).toBe(0);
  });

  it('never throws on malformed input', () => {
    const broken = computeVerdict({ now: new Date('not a date') } as unknown as VerdictInput);
    expectClean(broken);
    expect(broken.kind).toBe('summary');
    const worse = computeVerdict(null as unknown as VerdictInput);
    expectClean(worse);
    expect(worse.kind).toBe('too-early');
    const odd = verdictOf({ checks: [check(40, Number.POSITIVE_INFINITY), ...RESTORED], now: new Date('x') });
    expect(odd.kind).toBe('too-early');
  });
});
