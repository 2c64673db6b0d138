import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { describedBy } from '../../components/Field';
import { STEP_TITLES } from '../../../../core/model/preparation-labels';
import { CONVERSATION_STEPS, type ConversationStep } from '../../../../core/model/trust-items';
import { STEP_HAPPENED } from '../../../../core/model/debrief-vocabulary';
import { STEP_HAPPENED_LABELS } from '../../../../core/model/follow-up-labels';
import type { DebriefEditor } from './debrief-editor';

/** The five steps: did each happen, how it went, with the plan for that step beside it when there is one. */
export function DebriefSteps(props: { editor: DebriefEditor; plan: Record<ConversationStep, string> | null }) {
  return (
    <section class="section full" aria-labelledby="db-steps-title">
      <h2 id="db-steps-title">The five steps</h2>
      <p class="hint">Conversations rarely follow a plan exactly. Partly is a fine answer.</p>
      <ol class="debrief-steps">
        <For each={CONVERSATION_STEPS}>
          {(step, i) => <StepRow editor={props.editor} step={step} number={i() + 1} plan={props.plan?.[step] ?? null} />}
        </For>
      </ol>
    </section>
  );
}

function StepRow(props: { editor: DebriefEditor; step: ConversationStep; number: number; plan: string | null }) {
  const ed = props.editor;
  const id = `db-step-${props.step}`;
  const value = () => ed.fields.steps[props.step];
  return (
    <li class="debrief-step" classList={{ 'with-plan': props.plan !== null }}>
      <Show when={props.plan !== null}>
        <aside class="plan-beside" aria-label={`Your plan for step ${props.number}`}>
          <p class="eyebrow">Your plan</p>
          <Markdown text={props.plan!} empty="You left this step open in the plan." />
        </aside>
      </Show>
      <div class="step-fields">
        <fieldset>
          <legend id={`${id}-title`}>
            <span class="step-number">{props.number}.</span> {STEP_TITLES[props.step]}
          </legend>
          <p class="hint" id={`${id}-q`}>Did it happen?</p>
          <div class="choice-row" role="radiogroup" aria-labelledby={`${id}-title ${id}-q`}>
            <For each={STEP_HAPPENED}>
              {(h) => (
                <label class="choice">
                  <input type="radio" name={`${id}-happened`} checked={value().happened === h}
                    onChange={() => ed.update('steps', props.step, 'happened', h)} />
                  {STEP_HAPPENED_LABELS[h]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
        <div class="field" classList={{ invalid: !!ed.errorFor(`steps.${props.step}`) }}>
          <label for={`${id}-notes`}>
            <span class="sr-only">Step {props.number}: </span>How it went
          </label>
          <textarea id={`${id}-notes`} rows={3} value={value().notes}
            onInput={(e) => ed.update('steps', props.step, 'notes', e.currentTarget.value)}
            aria-invalid={!!ed.errorFor(`steps.${props.step}`)} aria-describedby={describedBy(`${id}-notes`, undefined, ed.errorFor(`steps.${props.step}`))} />
          <Show when={ed.errorFor(`steps.${props.step}`)}>
            <p class="field-error" id={`${id}-notes-error`} role="alert">{ed.errorFor(`steps.${props.step}`)}</p>
          </Show>
        </div>
        <Show when={props.step === 'perspective'}>
          <TheirView editor={ed} />
        </Show>
      </div>
    </li>
  );
}

function TheirView(props: { editor: DebriefEditor }) {
  const ed = props.editor;
  const error = () => ed.errorFor('theirView');
  return (
    <div class="field" classList={{ invalid: !!error() }}>
      <label for="db-their-view">What they said about how it was for them</label>
      <p class="hint" id="db-their-view-hint">In their words, as near as you remember them.</p>
      <textarea id="db-their-view" rows={4} value={ed.fields.theirView} onInput={(e) => ed.update('theirView', e.currentTarget.value)}
        aria-invalid={!!error()} aria-describedby={describedBy('db-their-view', 'hint', error())} />
      <Show when={error()}>
        <p class="field-error" id="db-their-view-error" role="alert">{error()}</p>
      </Show>
    </div>
  );
}
