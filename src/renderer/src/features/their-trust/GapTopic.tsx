import { Show } from 'solid-js';
import { gapSeries, gapTopic } from '../../../../core/logic/their-trust-gap';
import type { Journal } from '../../../../core/model/journal';

/** The suggested topic when their trust in me and mine in them have drifted apart; null otherwise. */
export const topicFor = (journal: Journal): string | null => gapTopic(gapSeries(journal.checks, journal.theirTrust));

/** On the cue card: the widening gap, as something to ask about, never to announce. */
export function GapTopicCue(props: { journal: Journal }) {
  return (
    <Show when={topicFor(props.journal)}>
      {(topic) => (
        <section class="cue-section" aria-labelledby="cue-gap">
          <h2 id="cue-gap">Something to raise</h2>
          <p>{topic()}</p>
        </section>
      )}
    </Show>
  );
}
