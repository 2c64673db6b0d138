import { choiceWords } from '../../lib/rewritten-on-both';
import { call } from '../../lib/api';
import { toLocalInput } from '../../lib/dates';
import { createJournalForm } from '../../lib/journal-form';
import { FormPage } from '../../components/FormPage';
import { ChoiceGroup, TextField, WhenField } from '../../components/FormFields';
import { MONITORING_KINDS, type MonitoringKind } from '../../../../core/model/trust-items';
import { MONITORING_KIND_LABELS } from '../../../../core/model/follow-up-labels';
import '../../styles/follow-up.css';

/**
 * A quick, judgement-free log of one moment the leader checked up on someone more than the work needed;
 * with a noteId, the same form changes one already logged.
 */
export function MonitoringNotePage(props: { relationshipId: string; noteId?: string }) {
  const { relationshipId, noteId } = props;
  const initial = { kind: 'extra-check-in' as MonitoringKind, at: toLocalInput(new Date().toISOString()), note: '' };
  const create = (v: typeof initial, at: string) => call('monitoring-notes:create', { relationshipId, at, kind: v.kind, note: v.note });
  const form = createJournalForm<typeof initial>({
    relationshipId,
    initial,
    text: ['note'],
    describe: choiceWords({ kind: MONITORING_KIND_LABELS }),
    draft: noteId
      ? { key: `own-check-in:${relationshipId}:${noteId}`, label: 'changes to a note about your own check-in' }
      : { key: `own-check-in:new:${relationshipId}`, label: 'a note about your own check-in' },
    // Editing: the form opens with the stored note.
    load: noteId ? (journal) => {
      const n = journal.monitoringNotes.find((note) => note.id === noteId);
      return n && { kind: n.kind, at: toLocalInput(n.at), note: n.note };
    } : undefined,
    save: (v, at) => (noteId ? call('monitoring-notes:update', { relationshipId, id: noteId, at, kind: v.kind, note: v.note }) : create(v, at)),
    saved: noteId ? 'Check-in updated.' : 'Noted.',
    ...(noteId ? {
      entry: `monitoring:${noteId}`,
      asNew: { kind: 'check-in', save: create },
    } : {}),
  });

  return (
    <FormPage form={form} idPrefix="mn" title={noteId ? 'Edit this check-in' : 'Log my own check-in'} saveLabel={noteId ? 'Save changes' : 'Log it'}
      lede={noteId
        ? 'Change what you did, what prompted it, or when it happened.'
        : 'Caught yourself checking up more than the work needed? Note it here, without judging yourself. It helps you see whether your trust is keeping up with the evidence.'}>
      <ChoiceGroup legend="What did you do?" name="mn-kind" options={MONITORING_KINDS} labels={MONITORING_KIND_LABELS} stacked
        value={form.v.kind} error={form.errorFor('kind')} onChange={(k) => form.setV('kind', k)} />
      <TextField form={form} name="note" id="mn-note" label="Anything to add?" hint="Optional. What prompted it, for instance." rows={3} />
      <WhenField form={form} id="mn-at" />
    </FormPage>
  );
}
