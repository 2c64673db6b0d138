import { call } from '../../lib/api';
import { toLocalInput } from '../../lib/dates';
import { createJournalForm } from '../../lib/journal-form';
import { FormPage } from '../../components/FormPage';
import { ChoiceGroup, TextField, WhenField } from '../../components/FormFields';
import { MONITORING_KINDS, type MonitoringKind } from '../../../../core/model/trust-items';
import { MONITORING_KIND_LABELS } from '../../../../core/model/follow-up-labels';
import '../../styles/follow-up.css';

/** A quick, judgement-free log of one moment the leader checked up on someone more than the work needed. */
export function MonitoringNotePage(props: { relationshipId: string }) {
  const form = createJournalForm({
    relationshipId: props.relationshipId,
    initial: { kind: 'extra-check-in' as MonitoringKind, at: toLocalInput(new Date().toISOString()), note: '' },
    draft: { key: `own-check-in:new:${props.relationshipId}`, label: 'a note about your own check-in' },
    save: (v, at) => call('monitoring-notes:create', { relationshipId: props.relationshipId, at, kind: v.kind, note: v.note }),
    saved: 'Noted. Seeing the pattern is the first step to easing it.',
  });

  return (
    <FormPage form={form} idPrefix="mn" title="Log my own check-in" saveLabel="Log it"
      lede="Caught yourself checking up more than the work needed? Note it here, without judging yourself. It helps you see whether your trust is keeping up with the evidence.">
      <ChoiceGroup legend="What did you do?" name="mn-kind" options={MONITORING_KINDS} labels={MONITORING_KIND_LABELS} stacked
        value={form.v.kind} onChange={(k) => form.setV('kind', k)} />
      <TextField form={form} name="note" id="mn-note" label="Anything to add?" hint="Optional. What prompted it, for instance." rows={3} />
      <WhenField form={form} id="mn-at" />
    </FormPage>
  );
}
