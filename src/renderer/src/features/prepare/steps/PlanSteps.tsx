import { offerUndo } from '../../../lib/undo';
import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../../components/Field';
import { PrepTextArea } from '../PrepFields';
import { BlameCoach } from '../BlameCoach';
import { PLAN } from '../prep-copy';
import type { PrepEditor } from '../prep-editor';
import { fromLocalInput, toLocalInput } from '../../../lib/dates';
import { PrepApology } from '../../apology/PrepApology';
import { PrepPrediction } from '../../predictions/PrepPrediction';

type SimpleStep = 'perspective' | 'permission' | 'forward';

/** Steps 1, 2 and 4 of the conversation: one plan field, with sub-prompts where the step has several parts. */
export function PlanStep(props: { editor: PrepEditor; step: SimpleStep }) {
  const copy = () => PLAN[props.step];
  const prompts = () => ('prompts' in copy() ? (copy() as typeof PLAN.forward).prompts : []);
  return (
    <>
      <Show when={prompts().length > 0}>
        <ul class="prompts" aria-label="Things to cover">
          <For each={prompts()}>{(p) => <li>{p}</li>}</For>
        </ul>
      </Show>
      <PrepTextArea editor={props.editor} group="plan" name={props.step} label={copy().label} hint={copy().hint} rows={8} />
      <Show when={props.step === 'perspective'}><PrepPrediction editor={props.editor} /></Show>
    </>
  );
}

/** Step 3: my experience and its impact, with the blame-language coach reading along. */
export function ExperienceStep(props: { editor: PrepEditor }) {
  return (
    <div class="with-coach">
      <PrepTextArea editor={props.editor} group="plan" name="experience" label={PLAN.experience.label} hint={PLAN.experience.hint} rows={8} />
      <BlameCoach
        text={props.editor.prep.plan.experience}
        // The statement goes first; nothing typed is lost, it follows on the next lines. Once only (a
        // double click put it in twice), and with an Undo: set from here, the field's own Ctrl+Z cannot
        // take it back (both found by a helper).
        onUse={(statement) => {
          const before = props.editor.prep.plan.experience;
          if (before.trim().startsWith(statement.trim())) return;
          const put = [statement, before.trim()].filter(Boolean).join('\n\n');
          props.editor.setField('plan', 'experience', put);
          offerUndo('Put in as a start.', async () => {
            // Only the statement comes out: words typed after it stay.
            const now = props.editor.prep.plan.experience;
            if (now === put) props.editor.setField('plan', 'experience', before);
            else if (now.startsWith(statement)) props.editor.setField('plan', 'experience', now.slice(statement.length).replace(/^\s+/, ''));
          }, 'Taken back out.');
        }}
      />
      <PrepApology editor={props.editor} />
    </div>
  );
}

/** Step 5: the commitment I'll invite, the one I'll offer, and when we'll talk. */
export function CommitmentStep(props: { editor: PrepEditor }) {
  const mineError = () => props.editor.errorFor('myCommitment');
  const whenError = () => props.editor.errorFor('plannedAt');
  const planned = () => (props.editor.prep.plannedAt ? toLocalInput(props.editor.prep.plannedAt) : '');
  return (
    <>
      <PrepTextArea editor={props.editor} group="plan" name="commitment" label={PLAN.commitment.label} hint={PLAN.commitment.hint} rows={3} />
      <Field id="prep-mine" label={PLAN.mine.label} hint={PLAN.mine.hint} error={mineError()}>
        <textarea id="prep-mine" rows={3} value={props.editor.prep.myCommitment}
          onInput={(e) => props.editor.setTop('myCommitment', e.currentTarget.value)}
          aria-invalid={!!mineError()} aria-describedby={describedBy('prep-mine', 'hint', mineError())} />
      </Field>
      <Field id="prep-planned" label={PLAN.plannedAt.label} hint={PLAN.plannedAt.hint} error={whenError()}>
        <input id="prep-planned" type="datetime-local" value={planned()}
          onChange={(e) => props.editor.setTop('plannedAt', e.currentTarget.value ? fromLocalInput(e.currentTarget.value) : null)}
          aria-invalid={!!whenError()} aria-describedby={describedBy('prep-planned', 'hint', whenError())} />
      </Field>
    </>
  );
}
