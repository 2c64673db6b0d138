import { ApiError, call } from '../../lib/api';
import { toLocalInput } from '../../lib/dates';
import { createJournalForm } from '../../lib/journal-form';
import { FormPage } from '../../components/FormPage';
import { TextField, WhenField } from '../../components/FormFields';
import { noteProblem } from '../../../../core/logic/quick-capture';
import '../../styles/follow-up.css';

/**
 * Changes a 1:1 note written from "Between conversations": its words, or the moment it happened. The
 * same fields and rules as writing it, on a page of its own so a long note has room and its draft is
 * kept through the shared autosave.
 */
export function MeetingNotePage(props: { relationshipId: string; noteId: string }) {
  const { relationshipId, noteId } = props;
  const form = createJournalForm({
    relationshipId,
    initial: { at: toLocalInput(new Date().toISOString()), text: '' },
    text: ['text'],
    draft: { key: `meeting-note:${relationshipId}:${noteId}`, label: 'changes to a 1:1 note' },
    load: (journal) => {
      const n = journal.meetingNotes.find((note) => note.id === noteId);
      return n && { at: toLocalInput(n.at), text: n.text };
    },
    save: async (v, at) => {
      // Said beside its field before anything is sent, in the words quick capture uses.
      const problem = noteProblem({ text: v.text, at }, new Date());
      if (problem) throw new ApiError('invalid-input', problem.message, problem.field);
      return call('capture:update-note', { relationshipId, id: noteId, at, text: v.text });
    },
    saved: '1:1 note updated.',
    entry: `meeting-note:${noteId}`,
    asNew: { kind: '1:1 note', save: (v, at) => call('capture:note', { relationshipId, at, text: v.text }) },
  });

  return (
    <FormPage form={form} idPrefix="mt" title="Edit this 1:1 note" saveLabel="Save changes"
      lede="Add what you remembered later, fix a slip, or set the right day and time.">
      <TextField form={form} name="text" id="mt-text" label="What came up" hint="A few lines are enough. Markdown works." rows={6} />
      <WhenField form={form} id="mt-at" />
    </FormPage>
  );
}
