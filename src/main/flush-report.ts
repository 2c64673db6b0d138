import type { FlushReport } from '../core/api/bridge';

const MAX_LABELS = 6;
const MAX_LABEL_LENGTH = 80;

/**
 * A page's flush report, checked: it comes from the renderer, which main does not trust, and its
 * labels end up in a native dialog. Anything malformed counts as "something may not be saved".
 */
export function readFlushReport(raw: unknown): FlushReport {
  const fallback: FlushReport = { saved: 0, failed: 1, unsaved: ['your latest changes'] };
  if (typeof raw !== 'object' || raw === null) return fallback;
  const { saved, failed, unsaved } = raw as Record<string, unknown>;
  const count = (n: unknown): number | null => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null);
  const savedN = count(saved);
  const failedN = count(failed);
  if (savedN === null || failedN === null || !Array.isArray(unsaved)) return fallback;
  const labels = unsaved
    .filter((label): label is string => typeof label === 'string' && label.trim() !== '')
    .slice(0, MAX_LABELS)
    .map((label) => (label.length > MAX_LABEL_LENGTH ? `${label.slice(0, MAX_LABEL_LENGTH - 1)}…` : label));
  return { saved: savedN, failed: failedN, unsaved: labels };
}

/** True when the report says everything typed is stored. */
export const allSaved = (report: FlushReport): boolean => report.failed === 0 && report.unsaved.length === 0;
