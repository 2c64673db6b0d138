import { For, Show } from 'solid-js';
import type { Journal } from '../../../../core/model/journal';
import { FollowUpControls } from './FollowUpControls';
import '../../styles/leader-side.css';

/** A person's open follow-ups after a conversation, soonest first, each editable and dismissable. */
export function FollowUpsSection(props: { journal: Journal; refresh: () => void }) {
  const open = () => props.journal.followUps.filter((f) => f.status === 'planned').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return (
    <Show when={open().length > 0}>
      <section class="section" aria-labelledby="fu-title">
        <h2 id="fu-title">Follow-ups</h2>
        <p class="hint">Short check-ins counted from your last conversation. Move one, or set it aside, whenever that fits better.</p>
        <ul class="ls-list" aria-label="Follow-ups">
          <For each={open()}>
            {(f) => (
              <li>
                <FollowUpControls place="person" relationshipId={props.journal.relationship.id} id={f.id} week={f.week} dueAt={f.dueAt} onChange={props.refresh} />
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
