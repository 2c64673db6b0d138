/**
 * Every number the verdict rules use (product.md §3). They are product heuristics, not science, so they
 * live in one place where they can be read, argued about and tuned together.
 */
export const VERDICT_THRESHOLDS = {
  /** Fewer cool checks than this since the incident: too early to tell. */
  minCoolChecks: 3,
  /** Fewer days than this between the first and last cool check: too early to tell. */
  minSpanDays: 21,
  /** Fewer of their resolved commitments than this counted in K: too early to tell. */
  minResolvedCommitments: 2,
  /** K counts their commitments due (else resolved) within this many days before now. */
  commitmentWindowDays: 60,
  /** A new incident sharing a breached domain within this many days means declining. */
  repeatIncidentWindowDays: 45,
  /** A slope (points per 30 days) at or below this means declining. */
  decliningSlope: -0.3,
  /** A kept rate below this means declining. */
  decliningKeptRate: 0.5,
  /** Recovering needs a slope at or above this… */
  recoveringSlope: 0.3,
  /** …a kept rate at or above this… */
  recoveringKeptRate: 0.7,
  /** …and the now-level at least this far above the low. */
  recoveringLift: 0.5,
  /** Steady is "restored" at or above this recovery ratio. */
  restoredRatio: 0.9,
  /** Steady is "stalled" below this recovery ratio. */
  stalledRatio: 0.5,
  /** The lag flag needs a kept rate at or above this… */
  lagKeptRate: 0.8,
  /** …and a slope strictly inside ±this (flat). */
  lagFlatSlope: 0.3,
  /** Monitoring notes are compared over two back-to-back windows of this many days. */
  monitoringWindowDays: 30,
  /** The now-level is the median of this many latest cool scores. */
  nowLevelChecks: 3,
  /** Slopes are reported in points per this many days ("a month"). */
  slopeDays: 30,
  /** Without a focus incident, the direction uses cool checks from this many days. */
  summaryWindowDays: 90,
  /** Without a focus incident, a level at or above this reads as "high"… */
  summaryHighLevel: 5,
  /** …and at or below this as "low"; in between it is "mixed". */
  summaryLowLevel: 3,
  /** Without a focus incident, a slope beyond ±this reads as rising or falling. */
  summaryDirectionSlope: 0.3,
  /**
   * Tolerance for comparisons: 3.85 − 4 over 15 days is −0.30000000000000004 a month in floating point,
   * and a boundary value must land on the side the rule names.
   */
  epsilon: 1e-9,
} as const;

const EPS = VERDICT_THRESHOLDS.epsilon;

/** a ≥ b, tolerant of floating-point noise. */
export const atLeast = (a: number, b: number): boolean => a >= b - EPS;
/** a ≤ b, tolerant of floating-point noise. */
export const atMost = (a: number, b: number): boolean => a <= b + EPS;
/** a < b, clearly (noise that would round onto b does not count as below). */
export const below = (a: number, b: number): boolean => a < b - EPS;
