/**
 * What the trust chart draws, computed from the whole journal (the person's page has it loaded):
 * one series per item, the trend of the focus score over cool checks, incidents and commitment outcomes.
 * Pure, so the chart component only maps these numbers onto scales.
 */
import type { Journal } from '../../../../core/model/journal';
import type { CommitmentOwner, TrustItem } from '../../../../core/model/trust-items';
import { TRUST_ITEMS } from '../../../../core/model/trust-items';
import type { CommitmentOutcome } from '../../../../core/model/commitment';
import type { Verdict } from '../../../../core/logic/verdict-types';
import { VERDICT_THRESHOLDS } from '../../../../core/logic/verdict-thresholds';
import { checkMean, focusScore, isHotCheck } from '../../../../core/logic/verdict-scores';
import { median, theilSenSlope } from '../../../../core/logic/theil-sen';
import { parseInstant } from '../../../../core/logic/verdict-time';
import { thinPoints } from './chart-thin';

const DAY = 86_400_000;
/** Without an incident under repair, the chart looks back this far. */
const PLAIN_WINDOW_DAYS = 180;

export interface ChartPoint {
  at: number;
  value: number;
  hot: boolean;
}

export interface ChartSeries {
  item: TrustItem;
  focus: boolean;
  points: ChartPoint[];
}

export interface ChartRow {
  id: string;
  at: number;
  /** The leader's local day, as the verdict reads it: checks on one day are never paired in the trend. */
  day: string;
  ratings: Record<TrustItem, number | null>;
  /** The focus score (or the mean, with no incident under repair); null when nothing was rated. */
  score: number | null;
  hot: boolean;
}

export interface ChartIncident {
  id: string;
  at: number;
  title: string;
  focus: boolean;
}

export interface ChartMark {
  id: string;
  at: number;
  owner: CommitmentOwner;
  status: CommitmentOutcome;
}

export interface ChartModel {
  start: number;
  /** A little after `today`, so the latest mark is not drawn on the edge. */
  end: number;
  today: number;
  series: ChartSeries[];
  /** The Theil–Sen line of the focus score over cool checks, end to end; null with no slope. */
  trend: { x1: number; y1: number; x2: number; y2: number } | null;
  rows: ChartRow[];
  incidents: ChartIncident[];
  marks: ChartMark[];
  /** Items the verdict is about; empty when no incident is under repair. */
  focusItems: TrustItem[];
}

/** Epoch ms, read as the verdict reads it (a bare day is the leader's local day); NaN when unreadable. */
const ms = (iso: string | null): number => parseInstant(iso)?.ms ?? Number.NaN;

export function buildChart(journal: Journal, verdict: Verdict, now: Date): ChartModel {
  const focusItems = verdict.focusItems;
  const focusIncident = journal.incidents.find((i) => i.id === verdict.focusIncidentId) ?? null;
  const from = focusIncident ? Math.min(ms(focusIncident.occurredAt) - 7 * DAY, now.getTime() - 60 * DAY) : now.getTime() - PLAIN_WINDOW_DAYS * DAY;
  const inView = (t: number) => Number.isFinite(t) && t >= from && t <= now.getTime();

  const score = (c: Journal['checks'][number]) => (focusItems.length > 0 ? focusScore(c, focusItems) : checkMean(c));
  // Each stamp is read once: years of checks made this the chart's main cost after the trend.
  const rows: ChartRow[] = journal.checks
    .flatMap((c) => {
      const at = parseInstant(c.at);
      return at && inView(at.ms) ? [{ id: c.id, at: at.ms, day: at.day, ratings: c.ratings, score: score(c), hot: isHotCheck(c) }] : [];
    })
    .sort((a, b) => a.at - b.at);
  const incidents = journal.incidents
    .filter((i) => inView(ms(i.occurredAt)))
    .map((i) => ({ id: i.id, at: ms(i.occurredAt), title: i.title, focus: i.id === verdict.focusIncidentId }))
    .sort((a, b) => a.at - b.at);
  const marks = journal.commitments
    .flatMap((c) => (c.status === 'open' ? [] : [{ id: c.id, at: ms(c.resolvedAt ?? c.dueAt), owner: c.owner, status: c.status }]))
    .filter((m) => inView(m.at))
    .sort((a, b) => a.at - b.at);

  const times = [...rows.map((r) => r.at), ...incidents.map((i) => i.at), ...marks.map((m) => m.at)];
  const start = times.length > 0 ? Math.min(...times) - 3 * DAY : now.getTime() - 30 * DAY;
  const trendFrom = focusIncident ? ms(focusIncident.occurredAt) : now.getTime() - VERDICT_THRESHOLDS.summaryWindowDays * DAY;
  return {
    start,
    end: now.getTime() + 2 * DAY,
    today: now.getTime(),
    series: TRUST_ITEMS.map((item) => ({
      item,
      focus: focusItems.includes(item),
      // Thinned for the drawing only; the table below the chart keeps every check.
      points: thinPoints(rows.flatMap((r) => (r.ratings[item] === null ? [] : [{ at: r.at, value: r.ratings[item]!, hot: r.hot }])), start, now.getTime() + 2 * DAY),
    })),
    trend: trendLine(rows.filter((r) => !r.hot && r.score !== null && r.at >= trendFrom)),
    rows,
    incidents,
    marks,
    focusItems,
  };
}

/** Theil–Sen slope (checks on the same day never paired, as in the verdict) and median intercept. */
function trendLine(cool: ChartRow[]): ChartModel['trend'] {
  const pts = cool.map((r) => ({ x: r.at / DAY, y: r.score!, group: r.day }));
  const slope = theilSenSlope(pts);
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (slope === null || !first || !last) return null;
  const intercept = median(pts.map((p) => p.y - slope * p.x));
  if (intercept === null) return null;
  const clamp = (v: number) => Math.min(7, Math.max(1, v));
  return { x1: first.x * DAY, y1: clamp(intercept + slope * first.x), x2: last.x * DAY, y2: clamp(intercept + slope * last.x) };
}
