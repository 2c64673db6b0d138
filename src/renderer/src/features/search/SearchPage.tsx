import { createEffect, createSignal, onCleanup, Show } from 'solid-js';
import { SearchResults } from './SearchResults';
import { SearchReadiness } from './SearchReadiness';
import { createSearch, lastQuery, setLastQuery } from './search-client';
import { onJournalChanged } from '../../lib/live-changes';
import { onLocalChange } from '../../lib/local-changes';
import '../../styles/search.css';

const SHOWN_WHILE_LOOKING_MS = 250;

/** One box over every person and every entry. The index lives in main's memory only. */
export function SearchPage() {
  const search = createSearch(lastQuery);
  createEffect(() => search.ask(lastQuery()));
  // While the next answer is on its way, the last results stay a moment, faded and marked busy, so the
  // list does not blink at every key; past SHOWN_WHILE_LOOKING_MS they go, never passed off as the
  // answer to the words in the box (the status says "Looking…" throughout).
  const [lookingLong, setLookingLong] = createSignal(false);
  createEffect(() => {
    if (!search.waiting()) return setLookingLong(false);
    const timer = setTimeout(() => setLookingLong(true), SHOWN_WHILE_LOOKING_MS);
    onCleanup(() => clearTimeout(timer));
  });
  const faded = () => search.waiting() && !lookingLong() && search.lastAnswer() !== null;
  // Results only show what is written: a change made elsewhere, or an Undo from the bar, is looked up again.
  onJournalChanged(() => search.refresh());
  onLocalChange(() => search.refresh());
  return (
    <section class="page" aria-labelledby="search-title">
      <header class="page-head">
        <div>
          <h1 id="search-title" tabindex="-1">Search</h1>
          <p class="lede">Every person and everything you wrote about them. Nothing leaves this computer.</p>
        </div>
      </header>
      <form role="search" class="search-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-box">Search your journal</label>
        <input id="search-box" type="search" data-autofocus autocomplete="off" spellcheck={false} maxLength={200}
          value={lastQuery()} onInput={(e) => setLastQuery(e.currentTarget.value)} />
      </form>
      <SearchReadiness onResumed={() => search.ask(lastQuery())} ready={search.answer()?.progress.ready === true} />
      <Show when={search.error()} fallback={<SearchResults answer={search.answer()} waiting={search.waiting()} query={lastQuery()} fading={faded() ? search.lastAnswer() : null} />}>
        {(message) => <p class="error-box" role="alert">{message()}</p>}
      </Show>
    </section>
  );
}
