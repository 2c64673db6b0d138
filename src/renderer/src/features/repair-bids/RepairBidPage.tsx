import { choiceWords } from '../../lib/rewritten-on-both';
import { call } from '../../lib/api';
import { toLocalInput } from '../../lib/dates';
import { createJournalForm } from '../../lib/journal-form';
import { FormPage } from '../../components/FormPage';
import { ChoiceGroup, TextField, WhenField } from '../../components/FormFields';
import { BID_SIDES, RECEPTION_LABELS, RECEPTIONS, type BidSide, type Reception } from '../../../../core/model/leader-side-labels';
import '../../styles/follow-up.css';

const SIDE_WORDS: Record<BidSide, string> = { me: 'I did', them: 'They did' };

/** Logs (or edits) one small repair attempt by either side, and whether it was received. */
export function RepairBidPage(props: { relationshipId: string; bidId?: string }) {
  const { relationshipId, bidId } = props;
  const initial = { at: toLocalInput(new Date().toISOString()), by: 'them' as BidSide, what: '', received: 'unsure' as Reception, note: '' };
  const fieldsOf = (v: typeof initial, at: string) => ({ relationshipId, at, by: v.by, what: v.what, received: v.received, note: v.note });
  const create = (v: typeof initial, at: string) => call('repair-bids:create', fieldsOf(v, at));
  const form = createJournalForm<typeof initial>({
    relationshipId,
    initial,
    text: ['what', 'note'],
    describe: choiceWords({ by: SIDE_WORDS, received: RECEPTION_LABELS }),
    draft: bidId
      ? { key: `repair-bid:${relationshipId}:${bidId}`, label: 'changes to a repair attempt' }
      : { key: `repair-bid:new:${relationshipId}`, label: 'a repair attempt' },
    // Editing: the form opens with the stored attempt.
    load: bidId ? (journal) => {
      const b = journal.repairBids.find((bid) => bid.id === bidId);
      return b && { at: toLocalInput(b.at), by: b.by, what: b.what, received: b.received, note: b.note };
    } : undefined,
    save: (v, at) => (bidId ? call('repair-bids:update', { ...fieldsOf(v, at), id: bidId }) : create(v, at)),
    // Thanks for a new attempt; an edit (often saying later how it landed) is simply saved.
    saved: bidId ? 'Repair attempt updated.' : 'Noted. Small repairs add up.',
    ...(bidId ? {
      entry: `repair-bid:${bidId}`,
      asNew: { kind: 'repair attempt', save: create },
    } : {}),
  });

  return (
    <FormPage form={form} idPrefix="rb" title={bidId ? 'A repair attempt' : 'Log a repair attempt'} saveLabel="Save"
      lede="A small step toward each other: they flagged a risk early, you thanked them for the extra effort. Note it, and whether it landed.">
      <ChoiceGroup legend="Who made it?" name="rb-by" options={BID_SIDES} labels={SIDE_WORDS}
        value={form.v.by} error={form.errorFor('by')} onChange={(s) => form.setV('by', s)} />
      <TextField form={form} name="what" id="rb-what" label="What happened, in a line" hint="“They flagged the risk on Tuesday.”" />
      <ChoiceGroup legend="Was it received?" name="rb-received" options={RECEPTIONS} labels={RECEPTION_LABELS}
        value={form.v.received} error={form.errorFor('received')} onChange={(r) => form.setV('received', r)} />
      <TextField form={form} name="note" id="rb-note" label="Anything to add? (optional)" rows={3} />
      <WhenField form={form} id="rb-at" />
    </FormPage>
  );
}
