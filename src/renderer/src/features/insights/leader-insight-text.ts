/** Words for the leader's own side in Insights: concrete, kind, about the leader, never a score of them. */
import type { ReactionAccuracy } from '../../../../core/logic/predictions';
import type { LeaderInsights } from '../../../../core/logic/insights-leader';
import { REACTION_NOUNS } from '../../../../core/model/leader-side-labels';
import type { TrustDomain } from '../../../../core/model/trust-items';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** "You expected defensiveness 4 times; it came once." */
export function predictionSentence(r: ReactionAccuracy): string {
  const noun = REACTION_NOUNS[r.reaction];
  const surprise = r.unexpected > 0 ? ` It also came ${times(r.unexpected)} when you didn’t expect it.` : '';
  if (r.expected === 0) return `You never expected ${noun}; it came ${times(r.unexpected)}.`;
  const came = r.came === 0 ? 'it didn’t come' : r.came === r.expected ? (r.expected === 1 ? 'it came' : 'it came each time') : `it came ${times(r.came)}`;
  return `You expected ${noun} ${times(r.expected)}; ${came}.${surprise}`;
}

/** "Of 3 apologies, 2 landed." */
export function apologySentence(a: LeaderInsights['apologies']): string {
  if (a.made === 0) return a.planned === 0 ? 'No apologies planned yet.' : `You planned ${a.planned === 1 ? 'an apology' : `${a.planned} apologies`}; none is recorded as made yet.`;
  return `You apologised ${times(a.made)}; ${a.landed === a.made ? (a.made === 1 ? 'it landed' : 'each one landed') : `${a.landed} landed`}.`;
}

/** "You waited at least 12 hours in 2 of 3 conversations you prepared while stirred up." */
export function waitedSentence(w: LeaderInsights['waited']): string {
  if (w.hot === 0) return 'Waiting before you talk: nothing to count yet.';
  return `You waited at least 12 hours before talking in ${w.waited} of ${w.hot} ${w.hot === 1 ? 'conversation' : 'conversations'} you prepared while stirred up.`;
}

/**
 * "Repair attempts: you made 2 (all landed); they made 3 (1 landed, 1 partly)." One that partly landed
 * is said as such: counted with none, it read "none landed yet" to a leader whose attempts half worked.
 */
export function bidsSentence(b: LeaderInsights['bids']): string {
  if (b.me.total + b.them.total === 0) return 'No repair attempts logged yet.';
  const landed = (n: { total: number; landed: number; partly: number }) => {
    if (n.landed === n.total) return n.total === 1 ? 'it landed' : 'all landed';
    if (n.partly === 0) return n.landed === 0 ? 'none landed yet' : `${n.landed} landed`;
    if (n.landed === 0) return n.partly === n.total ? (n.total === 1 ? 'it partly landed' : 'all partly landed') : `${n.partly} partly landed`;
    return `${n.landed} landed, ${n.partly} partly`;
  };
  const side = (n: { total: number; landed: number; partly: number }) => (n.total === 0 ? 'none' : `${n.total} (${landed(n)})`);
  return `Repair attempts: you made ${side(b.me)}; they made ${side(b.them)}.`;
}

/** The kind of moment behind a breach of each domain, as it reads in a sentence. */
export const SITUATION_PHRASES: Record<TrustDomain, string> = {
  reliability: 'a missed commitment',
  competence: 'work that fell short',
  sincerity: 'words and actions not matching',
  care: 'feeling others were not considered',
};

/** "What set you off most: a missed commitment (in 2 preparations), then work that fell short (1)." */
export function situationsSentence(s: LeaderInsights['situations']): string | null {
  const [first] = s;
  if (!first) return null;
  // Those tied for first are said together: listed one after another, a tie read as a ranking.
  const top = s.filter((r) => r.count === first.count);
  const rest = s.slice(top.length);
  const times = first.count === 1 ? 'once' : `${first.count} times`;
  const named = listed(top.map((r) => SITUATION_PHRASES[r.domain]));
  if (rest.length === 0 && top.length > 1) return `When you were stirred up, it was about ${named}, ${first.count === 1 ? 'once each' : `${times} each`}.`;
  const then = rest.map((r) => `${SITUATION_PHRASES[r.domain]} (${r.count})`).join(', ');
  const count = top.length > 1 ? (first.count === 1 ? 'once each' : `${times} each`) : times;
  return `When you were stirred up, it was most often about ${named} (${count})${then ? `, then ${then}` : ''}.`;
}

/** "a and b"; "a, b, and c" (the phrases hold "and" themselves: "words and actions not matching"). */
const listed = (items: string[]): string =>
  items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
