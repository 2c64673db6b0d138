import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { formatDayTime } from '../../lib/dates';
import { cueCardHref, prepHref } from './prep-data';
import { CONVERSATION_STEPS } from '../../../../core/model/trust-items';
import { PREP_SCREENS, PREP_SCREEN_TITLES, STEP_TITLES } from '../../../../core/model/preparation-labels';
import type { Preparation } from '../../../../core/model/preparation';
import { href } from '../../lib/router';

/** A preparation opened in place on the timeline: the plan so far, and the way back into it. */
export function PreparationDetails(props: { relationshipId: string; prep: Preparation; debriefId: string | null }) {
  const p = () => props.prep;
  const planned = () => CONVERSATION_STEPS.filter((s) => p().plan[s].trim() !== '');
  return (
    <div class="entry-details">
      <Show when={p().plannedAt}>
        <p>Planned for {formatDayTime(p().plannedAt)}.</p>
      </Show>
      <Show when={p().status === 'draft'}>
        <p class="muted">Stopped at “{PREP_SCREEN_TITLES[PREP_SCREENS[p().step] ?? 'cool-down']}”.</p>
      </Show>
      <For each={planned()}>
        {(s) => (
          <>
            <h3>{STEP_TITLES[s]}</h3>
            <Markdown text={p().plan[s]} />
          </>
        )}
      </For>
      <Show when={p().myCommitment.trim() !== ''}>
        <h3>The commitment I’ll offer</h3>
        <Markdown text={p().myCommitment} />
      </Show>
      <div class="actions start">
        <Show
          when={p().status === 'draft'}
          fallback={
            <>
              <a class="button primary" href={cueCardHref(props.relationshipId, p().id)}>Open the cue card</a>
              <a class="button" href={prepHref(props.relationshipId, p().id)}>Edit the plan</a>
              {/* The plan and its debrief link both ways: this side opens (or starts) the debrief. */}
              <a class="button" href={props.debriefId ? href('/r/:id/debrief/:debriefId', { id: props.relationshipId, debriefId: props.debriefId }) : href('/r/:id/debrief/from/:prepId', { id: props.relationshipId, prepId: p().id })}>
                {props.debriefId ? 'Open the debrief' : 'Debrief this conversation'}
              </a>
            </>
          }
        >
          <a class="button primary" href={prepHref(props.relationshipId, p().id)}>Continue preparing</a>
        </Show>
      </div>
    </div>
  );
}
