import { For, Show } from 'solid-js';
import type { HomeFollowUp } from '../../../../core/logic/home-follow-ups';
import { FollowUpControls } from './FollowUpControls';
import '../../styles/leader-side.css';

/** Home: follow-ups due within a week or waiting, across people. */
export function HomeFollowUps(props: { items: HomeFollowUp[]; onChange: () => void }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="section" aria-labelledby="home-fu-title">
        <h2 id="home-fu-title">Follow-ups</h2>
        <ul class="ls-list" aria-label="Follow-ups due">
          <For each={props.items}>
            {(f) => (
              <li>
                <FollowUpControls place="home" relationshipId={f.relationshipId} id={f.id} week={f.week} dueAt={f.dueAt} who={f.relationshipName} onChange={props.onChange} />
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
