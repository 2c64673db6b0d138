import { Markdown } from '../../components/Markdown';
import { call } from '../../lib/api';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { removeAfterConfirm } from '../../lib/confirm';
import { href } from '../../lib/router';
import { shorten } from '../../../../core/logic/shorten';
import type { Journal } from '../../../../core/model/journal';
import type { MeetingNote } from '../../../../core/model/meeting-note';
import type { TimelineEntry } from '../relationship/extensions';

/** Quick 1:1 notes on the timeline: the first line as the title, the whole note in place. */
export function meetingNoteEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.meetingNotes.map((n) => ({
    key: `meeting-note:${n.id}`,
    order: n.createdAt,
    at: n.at,
    kind: '1:1 note',
    title: shorten(firstLine(n.text), 90),
    render: () => <NoteEntry relationshipId={journal.relationship.id} note={n} refresh={refresh} />,
  }));
}

/** The first line with words in it, without markdown's leading marks (#, -, >). */
function firstLine(text: string): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^\s*([#>*-]+\s*)+/, '').trim() || '1:1 note';
}

function NoteEntry(props: { relationshipId: string; note: MeetingNote; refresh: () => void }) {
  const remove = () =>
    removeAfterConfirm(
      { title: 'Remove this 1:1 note?', body: 'The note leaves the timeline. Commitments you added on their own stay as they are.' },
      () => call('capture:remove-note', { relationshipId: props.relationshipId, id: props.note.id }),
      props.refresh,
      {
        // Named by its first words: two removed in a row read alike, and Undo brings back the later one.
        removed: `1:1 note “${shorten(firstLine(props.note.text), 40)}” removed.`,
        undo: async () => draftFollowsEntry(`meeting-note:${props.relationshipId}`, props.note.id, await call('entries:restore', { relationshipId: props.relationshipId, list: 'meetingNotes', entry: props.note })),
        undone: 'The 1:1 note is back.',
      },
    );
  return (
    <div class="entry-body">
      <Markdown text={props.note.text} />
      <p class="entry-links">
        <a href={href('/r/:id/meeting-note/:noteId', { id: props.relationshipId, noteId: props.note.id })}>Edit this note</a>
        {' · '}
        <button type="button" class="link-button" onClick={() => void remove()}>Remove this note</button>
      </p>
    </div>
  );
}
