/** Insights in words: kind, concrete, about the leader's own patterns, never a score of anyone. */
import type { Cause } from '../../../../core/model/trust-items';
import type { GuessRecord, KeptRate } from '../../../../core/logic/insights';

/** Causes as they read inside a sentence ("you guessed a skill gap"). */
export const CAUSE_PHRASES: Record<Cause, string> = {
  misunderstanding: 'a misunderstanding',
  'unclear-expectations': 'unclear expectations',
  'personal-challenge': 'a personal challenge',
  'skill-gap': 'a skill gap',
  'cultural-differences': 'cultural differences',
  'stretched-too-thin': 'stretched too thin',
  'integrity-concern': 'an integrity concern',
  'my-own-fear': 'your own fear',
};

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const percent = (r: number) => `${Math.round(r * 100)}%`;

/** "You guessed a skill gap 5 times; 1 held, 3 were stretched too thin and 1 was a misunderstanding." */
export function guessSentence(g: GuessRecord): string {
  const head = `You guessed ${CAUSE_PHRASES[g.guessed]} ${times(g.times)}`;
  if (g.confirmed === g.times) return `${head}; ${g.times === 1 ? 'it held' : 'it held every time'}.`;
  const parts = [
    ...(g.confirmed > 0 ? [`${g.confirmed} held`] : []),
    ...g.revisedTo.map((r) => `${r.count} ${r.count === 1 ? 'was' : 'were'} ${CAUSE_PHRASES[r.cause]}`),
  ];
  if (g.times === 1 && g.revisedTo[0]) return `${head}; it turned out to be ${CAUSE_PHRASES[g.revisedTo[0].cause]}.`;
  const last = parts.pop();
  return `${head}; ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}

/** "1 of 15 checks (7%) was made while heated, with no source named." */
export function hotSentence(total: number, hot: number): string {
  if (total === 0) return 'No trust checks yet.';
  if (total === 1 && hot === 0) return 'Your one check was not hot: it was made calm, or with the feeling’s source named.';
  if (hot === 0) return `None of your ${total} checks was hot: each was made calm, or with the feeling’s source named.`;
  return `${hot} of ${total} ${total === 1 ? 'check' : 'checks'} (${percent(hot / total)}) ${hot === 1 ? 'was' : 'were'} made while heated, with no source named. They stay on the chart but out of the trend.`;
}

/** "2 of 3 kept (67%)", or a gentle note when nothing is resolved yet. */
export function keptWords(k: KeptRate): string {
  if (k.rate === null) return 'Nothing resolved yet';
  return `${k.kept} of ${k.resolved} kept (${percent(k.rate)})`;
}
