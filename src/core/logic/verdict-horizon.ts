/**
 * How long a verdict stays as it reads now. The verdict depends on the clock only through windows that
 * count back from `now` (verdict-evidence.ts, verdict-incidents.ts, trust-level.ts): a stamp enters
 * when `now` reaches it and leaves when `now` passes it by a window's length, and a repeat incident's
 * "N days ago" moves on each whole day after it. Between two such moments nothing the verdict reads
 * changes, so a verdict worked out at `now` may be shown again until the first of them: that is what
 * lets Home keep its verdicts from one start to the next (store/home-rows.ts) instead of working every
 * one out again at each start.
 *
 * Every stamp is paired with every window (more moments than the rules need, never fewer); the property
 * test in tests/unit/trust/verdict-horizon.test.ts holds the rules to it, so a new window added to them
 * without one here fails there.
 */
import type { VerdictInputs } from './trust-inputs';
import { VERDICT_THRESHOLDS as T } from './verdict-thresholds';
import { DAY_MS, parseInstant, type Instant } from './verdict-time';

/** Every length the rules count back from `now`: 0 is "has it happened yet". */
const WINDOWS_MS = [
  0,
  T.commitmentWindowDays,
  T.monitoringWindowDays,
  2 * T.monitoringWindowDays,
  T.repeatIncidentWindowDays,
  T.summaryWindowDays,
].map((days) => days * DAY_MS);

/**
 * The first moment after `nowMs` at which the verdict of `inputs` may read differently; Infinity when
 * none comes (nothing dated). Read in the zone the verdict was read in (bare days start at local midnight).
 */
export function verdictSteadyUntil(inputs: VerdictInputs, nowMs: number): number {
  if (!Number.isFinite(nowMs)) return nowMs;
  let until = Number.POSITIVE_INFINITY;
  const passes = (moment: number) => {
    if (moment > nowMs && moment < until) until = moment;
  };
  const stamp = (instant: Instant | null) => {
    if (!instant) return;
    for (const window of WINDOWS_MS) {
      passes(instant.ms + window);
      passes(instant.endMs + window);
    }
  };
  for (const check of inputs.checks) stamp(parseInstant(check.at));
  for (const c of inputs.resolved) {
    stamp(parseInstant(c.dueAt));
    stamp(parseInstant(c.resolvedAt));
  }
  for (const at of inputs.monitoring) stamp(parseInstant(at));
  for (const incident of inputs.incidents) {
    const at = parseInstant(incident.occurredAt);
    stamp(at);
    // "A new incident N days ago": N moves on at each whole day after it.
    if (at && at.ms <= nowMs) passes(at.ms + (Math.floor((nowMs - at.ms) / DAY_MS) + 1) * DAY_MS);
  }
  return until;
}
