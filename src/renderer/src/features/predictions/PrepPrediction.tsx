import { Field, describedBy } from '../../components/Field';
import type { Expectation } from '../../../../core/model/leader-side-labels';
import type { PrepEditor } from '../prepare/prep-editor';
import { clearOwnPlanProblem, ownPlanErrorFor } from '../apology/own-plan-problem';
import { ReactionPicker } from './ReactionPicker';

/** "What I expect they'll say or feel", on the their-perspective screen; checked in the debrief. */
export function PrepPrediction(props: { editor: PrepEditor }) {
  const expect = () => props.editor.prep.plan.expect;
  const set = (patch: Partial<Expectation>) => {
    clearOwnPlanProblem();
    props.editor.setField('plan', 'expect', { ...expect(), ...patch });
  };
  const error = () => props.editor.errorFor('plan.expect.reactions') ?? ownPlanErrorFor('plan.expect.reactions');
  const wordsError = () => props.editor.errorFor('plan.expect.words');
  return (
    <section class="prediction" aria-labelledby="prep-expect-title">
      <h3 id="prep-expect-title">What I expect</h3>
      <ReactionPicker id="prep-expect" legend="How do you expect them to react?" value={expect().reactions} error={error()}
        hint="Pick any that fit. Afterwards you can see how often your expectations held." onChange={(reactions) => set({ reactions })} />
      <Field id="prep-expect-words" label="In your own words (optional)" hint="What you think they might say." error={wordsError()}>
        <textarea id="prep-expect-words" rows={2} value={expect().words} onInput={(e) => set({ words: e.currentTarget.value })}
          aria-invalid={!!wordsError()} aria-describedby={describedBy('prep-expect-words', 'hint', wordsError())} />
      </Field>
    </section>
  );
}
