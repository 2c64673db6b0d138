import { createSignal, onCleanup } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import type { SearchAnswer } from '../../../../core/api/slices/search';

/** The last query on the Search screen, kept while Mend is open so "back" finds the same results. */
export const [lastQuery, setLastQuery] = createSignal('');

const DEBOUNCE_MS = 120;
const RETRY_MS = 400;

/**
 * Runs a query as the user types (debounced; a late answer to an older query is dropped). While the
 * index is still being read, asks again until it is complete, so the results fill in by themselves
 * (not while the person has paused it: nothing more comes then until they resume).
 *
 * `answer()` is the answer to the words in the box now, or null: an answer to earlier words is never
 * handed out as theirs (it said "nothing matches" of words not yet looked up, and the palette offered
 * its entries, where Enter opened one the person never searched for). `waiting()` says an answer to
 * the words now is on its way.
 */
export function createSearch(query: () => string) {
  const [answered, setAnswered] = createSignal<{ query: string; answer: SearchAnswer } | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (q: string, seq: number) => {
    try {
      const a = await call('search:query', { query: q });
      if (seq !== asked) return;
      setError(null);
      // The same answer again (asked again after a change, or as the index fills in) leaves the results
      // as they are, so a result the keyboard is on keeps the focus.
      const before = answered();
      if (!(before && before.query === q && JSON.stringify(before.answer) === JSON.stringify(a))) setAnswered({ query: q, answer: a });
      if (a.searched && !a.progress.ready && !a.progress.paused) timer = setTimeout(() => void run(q, seq), RETRY_MS);
    } catch (e) {
      if (seq === asked) setError(errorMessage(e));
    }
  };
  const ask = (q: string) => {
    clearTimeout(timer);
    const seq = ++asked;
    timer = setTimeout(() => void run(q, seq), DEBOUNCE_MS);
  };
  const answer = (): SearchAnswer | null => {
    const got = answered();
    return got && got.query === query() ? got.answer : null;
  };
  const waiting = (): boolean => answered()?.query !== query() && error() === null;
  /** The last answer, whatever words it answered: shown faded for a moment while the next is on its way. */
  const lastAnswer = (): SearchAnswer | null => answered()?.answer ?? null;
  onCleanup(() => {
    clearTimeout(timer);
    asked++;
  });
  // Asked again when the journal changed (here, by an Undo from the bar, or on another computer): the
  // answer on screen stays until the new one comes, so nothing jumps.
  const refresh = () => {
    if (answered() !== null) ask(query());
  };
  return { answer, waiting, lastAnswer, error, ask, refresh, query };
}

/** Starts building the index in the background, so the first search is quick. Never throws. */
export function warmSearch(): void {
  call('search:status', {}).catch(() => undefined);
}
