import { createResource, Show } from 'solid-js';
import { call } from '../../lib/api';
import { href } from '../../lib/router';
import { onJournalChanged } from '../../lib/live-changes';

/**
 * On an entry's own page (an edit form, a preparation, a debrief, a person's details): says that some
 * of its text was written on two computers at once, and where to choose. The choice is made on the person's page, where both versions are shown, so this
 * form never swaps text under the person's hands.
 */
export function EntryAlternativesNote(props: {
  relationshipId: string;
  /** The entry's id; null for the person's own details. */
  recordId: string | null;
  /** What the page holds, as the note opens ("Some of this entry was"). */
  some?: string;
}) {
  const [list, { refetch }] = createResource(
    () => props.relationshipId,
    (relationshipId) => call('alternatives:list', { relationshipId }),
  );
  onJournalChanged((id) => {
    if (id === props.relationshipId) void refetch();
  });
  const count = () => (list.error ? [] : (list() ?? [])).filter((a) => a.recordId === props.recordId).length;
  return (
    <Show when={count() > 0}>
      <p class="banner" role="status">
        {props.some ?? 'Some of this entry was'} written on two computers at once, and both versions are kept.{' '}
        <a href={href('/r/:id', { id: props.relationshipId })}>Choose which to keep on their page</a>.
      </p>
    </Show>
  );
}
