import { For, Show } from 'solid-js';
import type { LeaderInsights as Data } from '../../../../core/logic/insights-leader';
import { apologySentence, bidsSentence, predictionSentence, situationsSentence, waitedSentence } from './leader-insight-text';

const monthName = (month: string) => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(new Date(`${month}-15T12:00:00`));

/** The leader's own side across every journal: expectations, repairs, waiting, situations, keeping. */
export function LeaderInsights(props: { data: Data }) {
  const d = () => props.data;
  return (
    <>
      <section class="section" aria-labelledby="ins-expect">
        <h2 id="ins-expect">What you expected, and what came</h2>
        <p class="hint">Your guesses about how they’d react, against what you wrote afterwards.</p>
        <Show when={d().predictions.byReaction.length > 0} fallback={<p class="muted">When you note what you expect before a talk and how they reacted after it, it shows up here.</p>}>
          <ul class="ins-list" aria-label="Expectations">
            <For each={d().predictions.byReaction}>{(r) => <li>{predictionSentence(r)}</li>}</For>
          </ul>
        </Show>
      </section>
      <section class="section" aria-labelledby="ins-repair">
        <h2 id="ins-repair">How your repairs landed</h2>
        <p>{apologySentence(d().apologies)}</p>
        <p>{bidsSentence(d().bids)}</p>
      </section>
      <section class="section" aria-labelledby="ins-growth">
        <h2 id="ins-growth">Your own growth</h2>
        <p>{waitedSentence(d().waited)}</p>
        <Show when={situationsSentence(d().situations)}>{(line) => <p>{line()}</p>}</Show>
        <Show when={d().keeping.length > 0}>
          {/* Said as a record over time, not a verdict on one month ("you kept 0 of 1" read as a judgement). */}
          <p class="hint">Your own commitments, by the month they were settled: how many you kept.</p>
          <ul class="ins-list" aria-label="Your keeping rate by month">
            <For each={d().keeping}>{(m) => <li>{monthName(m.month)}: {m.kept} of {m.resolved} kept</li>}</For>
          </ul>
        </Show>
      </section>
    </>
  );
}
