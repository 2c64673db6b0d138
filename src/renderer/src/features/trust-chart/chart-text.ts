/**
 * The chart in words: the text alternative read by screen readers and shown under the chart, and the
 * labels shared by the chart, its legend and its table.
 */
import type { CommitmentOutcome } from '../../../../core/model/commitment';
import type { CommitmentOwner } from '../../../../core/model/trust-items';
import { TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import { OWNER_LABELS } from '../../../../core/model/follow-up-labels';
import { formatDay } from '../../lib/dates';
import type { ChartModel } from './chart-data';

export const OUTCOME_WORDS: Record<CommitmentOutcome, string> = {
  kept: 'kept',
  renegotiated: 'renegotiated early',
  late: 'late',
  missed: 'missed',
};

/** The same outcomes as legend entries. */
export const OUTCOME_LABELS: Record<CommitmentOutcome, string> = {
  kept: 'Kept',
  renegotiated: 'Renegotiated early',
  late: 'Late',
  missed: 'Missed',
};

/** As on the Commitments screen, the timeline and Home (OWNER_LABELS). */
export const OWNER_WORDS: Record<CommitmentOwner, string> = OWNER_LABELS;

/** A commitment's outcome as a table row says it: "Their commitment: kept", "Your commitment: late". */
export function commitmentOutcomeWords(owner: CommitmentOwner, status: CommitmentOutcome): string {
  return `${owner === 'me' ? 'Your' : 'Their'} commitment: ${OUTCOME_WORDS[status]}`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const fmt = (n: number) => n.toFixed(1);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function listWords(words: string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "5 kept and 1 renegotiated early", or "none resolved". */
function outcomes(model: ChartModel, owner: CommitmentOwner): string {
  const mine = model.marks.filter((m) => m.owner === owner);
  if (mine.length === 0) return 'none resolved';
  const parts = (Object.keys(OUTCOME_WORDS) as CommitmentOutcome[])
    .map((s) => [s, mine.filter((m) => m.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${OUTCOME_WORDS[s]}`);
  return listWords(parts);
}

/** A few plain sentences that say what the chart shows. */
export function chartSummary(model: ChartModel): string {
  const cool = model.rows.filter((r) => !r.hot && r.score !== null);
  const hot = model.rows.filter((r) => r.hot).length;
  const sentences = [`Since ${formatDay(new Date(model.start).toISOString())}: ${count(cool.length, 'calm check', 'calm checks')}${hot > 0 ? ` and ${count(hot, 'hot one', 'hot ones')}, left out of the trend` : ''}.`];
  const first = cool[0];
  const last = cool[cool.length - 1];
  if (first && last && cool.length > 1) {
    const subject = model.focusItems.length > 0 ? `${capitalise(listWords(model.focusItems.map((i) => TRUST_ITEM_LABELS[i].toLowerCase())))}, the items in focus,` : 'The average of your ratings';
    sentences.push(`${subject} went from ${fmt(first.score!)} to ${fmt(last.score!)}.`);
  }
  sentences.push(`Their commitments: ${outcomes(model, 'them')}. Yours: ${outcomes(model, 'me')}.`);
  if (model.incidents.length > 0) sentences.push(`${count(model.incidents.length, 'incident is', 'incidents are')} marked.`);
  return sentences.join(' ');
}
