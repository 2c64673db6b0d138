import { choiceWords } from '../../lib/rewritten-on-both';
import { For } from 'solid-js';
import { call } from '../../lib/api';
import { toLocalInput } from '../../lib/dates';
import { createJournalForm } from '../../lib/journal-form';
import { FormPage } from '../../components/FormPage';
import { TextField, WhenField } from '../../components/FormFields';
import { TRUST_ITEMS, type Ratings } from '../../../../core/model/trust-items';
import { THEIR_TRUST_ITEM_LABELS } from '../../../../core/model/leader-side-labels';
import { TheirScale } from './TheirScale';
import { checkProblem } from '../../../../core/logic/rating-evidence';
import '../../styles/follow-up.css';
import '../../styles/leader-side.css';

const NONE: Ratings = { reliability: null, competence: null, sincerity: null, care: null, reliance: null };

/**
 * An occasional estimate of how much they trust me, on the same items, with the evidence behind it;
 * with an estimateId, the same form changes one already saved.
 */
export function TheirTrustPage(props: { relationshipId: string; estimateId?: string }) {
  const { relationshipId, estimateId } = props;
  const initial = { at: toLocalInput(new Date().toISOString()), ratings: { ...NONE }, evidence: '', interpretation: '' };
  const fieldsOf = (v: typeof initial, at: string) => ({ relationshipId, at, ratings: { ...v.ratings }, evidence: v.evidence, interpretation: v.interpretation });
  const create = (v: typeof initial, at: string) => call('their-trust:create', fieldsOf(v, at));
  const form = createJournalForm<typeof initial>({
    relationshipId,
    initial,
    text: ['evidence', 'interpretation'],
    rule: checkProblem,
    describe: choiceWords({ ratings: { null: 'No new evidence' } }),
    draft: estimateId
      ? { key: `their-trust:${relationshipId}:${estimateId}`, label: 'changes to an estimate of their trust' }
      : { key: `their-trust:new:${relationshipId}`, label: 'an estimate of their trust' },
    // Editing: the form opens with the stored estimate.
    load: estimateId ? (journal) => {
      const t = journal.theirTrust.find((e) => e.id === estimateId);
      return t && { at: toLocalInput(t.at), ratings: { ...t.ratings }, evidence: t.evidence, interpretation: t.interpretation };
    } : undefined,
    save: (v, at) => (estimateId ? call('their-trust:update', { ...fieldsOf(v, at), id: estimateId }) : create(v, at)),
    saved: estimateId ? 'Estimate updated.' : 'Saved. It sits beside your own trust on the chart.',
    ...(estimateId ? {
      entry: `their-trust:${estimateId}`,
      asNew: { kind: 'estimate', save: create },
    } : {}),
  });
  const name = () => form.journal()?.relationship.name ?? 'them';

  return (
    <FormPage form={form} idPrefix="tt" title={estimateId ? 'Edit this estimate' : 'Their trust in me'}
      saveLabel={estimateId ? 'Save changes' : 'Save the estimate'}
      lede={estimateId
        ? <>Your reading of how {name()} saw you at the time. Correct what’s off, keeping to what you saw or heard.</>
        : <>Your best guess at how {name()} sees you right now. It’s your reading, not theirs: base it on what you saw or heard.</>}>
      <For each={TRUST_ITEMS}>
        {(item) => <TheirScale item={item} label={THEIR_TRUST_ITEM_LABELS[item]} value={form.v.ratings[item]} error={form.errorFor(`ratings.${item}`)}
          onChange={(n) => form.setV('ratings', item, n)} />}
      </For>
      <TextField form={form} name="evidence" id="tt-evidence" label="What I saw or heard" rows={3}
        hint="One observable thing is enough: “They brought me the risk before the client did.”" />
      <TextField form={form} name="interpretation" id="tt-interpretation" label="What I make of it (optional)" rows={2} />
      <WhenField form={form} id="tt-at" />
    </FormPage>
  );
}
