// zod-free, so the renderer (which computes a verdict from a whole journal) does not ship zod.
/** Bounds on every list, so one long relationship cannot make the index slow to read. */
export const TRUST_INPUT_LIMITS = {
  incidents: 20,
  checks: 60,
  /** Kept even without an open incident: enough for a sparkline and the level. */
  recentChecks: 12,
  commitments: 100,
  monitoringNotes: 200,
  planned: 20,
} as const;
