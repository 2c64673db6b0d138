import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { isApologyBlank, isApologyPlanned } from '../../../../core/logic/apology-offer';
import { APOLOGY_PART_COPY, APOLOGY_PARTS, type ApologyPlan } from '../../../../core/model/leader-side-labels';

/** The planned apology on the cue card: the parts written, in the order they are best said. */
export function ApologyCue(props: { plan: ApologyPlan }) {
  return (
    <Show when={isApologyPlanned(props.plan) && !isApologyBlank(props.plan)}>
      <section class="cue-section cue-apology" aria-labelledby="cue-apology">
        <h2 id="cue-apology">My apology</h2>
        <p class="muted">Early in your side of the talk, before the way forward.</p>
        <dl class="cue-apology-parts">
          <For each={APOLOGY_PARTS.filter((p) => props.plan[p].trim() !== '')}>
            {(part) => (
              <>
                <dt>{APOLOGY_PART_COPY[part].label}</dt>
                <dd><Markdown text={props.plan[part]} /></dd>
              </>
            )}
          </For>
        </dl>
      </section>
    </Show>
  );
}
