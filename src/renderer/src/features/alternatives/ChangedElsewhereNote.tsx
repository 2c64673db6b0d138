import { createSignal, Show } from 'solid-js';
import { onJournalChanged } from '../../lib/live-changes';

/**
 * Above a form: says, once, that another computer changed this person's journal while the form was
 * open. The form keeps every typed word; nothing is swapped in under the person's hands.
 */
export function ChangedElsewhereNote(props: { relationshipId: string }) {
  const [changed, setChanged] = createSignal(false);
  onJournalChanged((id) => {
    if (id === props.relationshipId) setChanged(true);
  });
  return (
    <Show when={changed()}>
      <p class="banner" role="status">
        This journal was also changed on your other computer just now. What you typed here stays as it is. Saving keeps
        what you changed here, and leaves the rest as your other computer left it.
      </p>
    </Show>
  );
}
