import { For, Match, Show, Switch } from 'solid-js';
import { href } from '../../lib/router';
import { formatDayTime } from '../../lib/dates';
import { Marked, Snippet } from './Snippet';
import type { SearchAnswer, SearchHit } from '../../../../core/api/slices/search';
import { isSearchable } from '../../../../core/logic/search-text';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the status line says: always one calm sentence, read out when it changes. */
export function searchStatus(answer: SearchAnswer | null, query: string, waiting = false): string {
  // Always the same words while looking, so a screen reader does not read them out at every key.
  if (!answer && waiting && isSearchable(query)) return 'Looking…';
  if (!answer || !answer.searched) return 'Type a word or two: a name, something that happened, a promise.';
  const hits = answer.groups.reduce((n, g) => n + g.hits.length, 0);
  const { ready, paused, indexed, total } = answer.progress;
  const reading = ready ? '' : paused ? ` Search is paused, so these come from ${indexed} of ${total} people.` : ` Still reading your journal (${indexed} of ${total} people), so more may appear.`;
  if (hits === 0) return `Nothing matches “${query.trim()}” yet.${reading}`;
  return `${plural(hits, 'match', 'matches')} about ${plural(answer.groups.length, 'person', 'people')}.${reading}`;
}

export const hitHref = (relationshipId: string, hit: SearchHit): string =>
  hit.entry === 'person' ? href('/r/:id', { id: relationshipId }) : href('/r/:id/entry/:entry', { id: relationshipId, entry: hit.entry });

/** Results grouped by person; each result opens its entry in place on that person's page. */
export function SearchResults(props: { answer: SearchAnswer | null; waiting?: boolean; query: string; fading?: SearchAnswer | null }) {
  // `fading`: the last results, kept a moment while the next answer is on its way (SearchPage).
  const groups = () => (props.answer ?? props.fading)?.groups ?? [];
  return (
    <>
      <p class="search-status muted" role="status">{searchStatus(props.answer, props.query, props.waiting)}</p>
      <Switch>
        <Match when={groups().length > 0}>
          <div class="search-groups" classList={{ fading: !props.answer && !!props.fading }} aria-busy={!props.answer && !!props.fading}>
            <For each={groups()}>
              {(g) => (
                <section class="search-group" aria-labelledby={`sg-${g.relationshipId}`}>
                  <h2 id={`sg-${g.relationshipId}`}>
                    <a href={href('/r/:id', { id: g.relationshipId })}>{g.person}</a>
                  </h2>
                  <ul class="search-hits">
                    <For each={g.hits}>
                      {(hit) => (
                        <li>
                          <a class="search-hit" href={hitHref(g.relationshipId, hit)}>
                            <span class="tl-kind">{hit.kind}</span>
                            <span class="search-hit-title"><Marked segments={hit.titleMarked} /></span>
                            <time class="muted" datetime={hit.at}>{formatDayTime(hit.at)}</time>
                          </a>
                          <Show when={hit.snippet.length > 0}>
                            <Snippet segments={hit.snippet} />
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </section>
              )}
            </For>
          </div>
        </Match>
      </Switch>
    </>
  );
}
