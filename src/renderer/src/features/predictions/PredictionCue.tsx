import { Show } from 'solid-js';
import { REACTION_LABELS, type Expectation } from '../../../../core/model/leader-side-labels';

/** On the cue card: the guess, held lightly, so a different reaction does not throw the leader. */
export function PredictionCue(props: { expect: Expectation }) {
  const list = () => props.expect.reactions.map((r) => REACTION_LABELS[r].toLowerCase()).join(', ');
  return (
    <Show when={props.expect.reactions.length > 0}>
      <section class="cue-section" aria-labelledby="cue-expect">
        <h2 id="cue-expect">What I expect</h2>
        <p>I expect they may be {list()}. It’s a guess: listen for what is really there.</p>
      </section>
    </Show>
  );
}
