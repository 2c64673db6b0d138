import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import { apologyReasons, debriefApologySignals, isApologyPlanned, shouldOfferApology } from '../../../../core/logic/apology-offer';
import { ACTIVATION_LABELS } from '../../../../core/model/preparation-labels';
import { ACTIVATION_LEVELS } from '../../../../core/model/trust-items';
import { APOLOGISED, APOLOGISED_LABELS, RECEPTION_LABELS, RECEPTIONS, REACTION_LABELS } from '../../../../core/model/leader-side-labels';
import type { OwnSide } from '../../../../core/model/leader-side';
import type { Preparation } from '../../../../core/model/preparation';
import type { DebriefEditor } from '../debrief/debrief-editor';
import { ReactionPicker } from '../predictions/ReactionPicker';
import { ApologyPlanFields } from './ApologyPlanFields';

/**
 * The leader's own side of the conversation, in the debrief: how stirred up I was, whether I
 * apologised and how it landed, and how they really reacted against what I expected.
 */
export function DebriefOwnSide(props: { editor: DebriefEditor; prep: Preparation | undefined }) {
  const ed = props.editor;
  const own = () => ed.fields.ownSide;
  const set = (patch: Partial<OwnSide>) => ed.update('ownSide', { ...own(), ...patch });
  const prepApology = () => props.prep?.plan.apology;
  const planned = () => (prepApology() ? isApologyPlanned(prepApology()!) : false) || isApologyPlanned(own().apology);
  const signals = () =>
    debriefApologySignals(props.prep ? { activation: props.prep.coolDown.activation, plan: props.prep.plan.apology } : null, {
      talkActivation: own().talkActivation,
      actualCause: ed.fields.diagnosis.actual,
      plan: own().apology,
    });
  // No reasons means no offer: only the quiet link stays (the offer set aside while preparing counts).
  const reasons = () => (shouldOfferApology(signals()) ? apologyReasons(signals()) : []);
  const expected = () => props.prep?.plan.expect.reactions ?? [];
  return (
    <section class="section own-side" aria-labelledby="db-own-title">
      <h2 id="db-own-title">Your side of it</h2>
      <fieldset class="fu-group">
        <legend>How stirred up were you during the talk?</legend>
        <div class="choice-row">
          <For each={ACTIVATION_LEVELS}>
            {(level) => (
              <label class="choice">
                <input type="radio" name="db-talk-activation" checked={own().talkActivation === level} onChange={() => set({ talkActivation: level })} />
                {level} · {ACTIVATION_LABELS[level]}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={planned()}>
        <ApologyOutcome own={own()} set={set} />
      </Show>
      <Show when={!prepApology() || !isApologyPlanned(prepApology()!)}>
        <ApologyPlanFields id="db-apology" plan={own().apology} reasons={reasons()} onChange={(apology) => set({ apology })}
          errorFor={(part) => ed.errorFor(`ownSide.apology.${part}`)} />
      </Show>
      <Show when={expected().length > 0}>
        <p class="muted">You expected them to be {expected().map((r) => REACTION_LABELS[r].toLowerCase()).join(', ')}.</p>
      </Show>
      <ReactionPicker id="db-happened" legend="How did they actually react?" value={own().happened} error={ed.errorFor('ownSide.happened')}
        hint="Pick any that fit, whatever you expected." onChange={(happened) => set({ happened })} />
      <Field id="db-happened-words" label="In your own words (optional)" error={ed.errorFor('ownSide.happenedWords')}>
        <textarea id="db-happened-words" rows={2} value={own().happenedWords} onInput={(e) => set({ happenedWords: e.currentTarget.value })}
          aria-invalid={!!ed.errorFor('ownSide.happenedWords')} aria-describedby={describedBy('db-happened-words', undefined, ed.errorFor('ownSide.happenedWords'))} />
      </Field>
    </section>
  );
}

function ApologyOutcome(props: { own: OwnSide; set: (patch: Partial<OwnSide>) => void }) {
  return (
    <>
      <fieldset class="fu-group">
        <legend>Did you apologise?</legend>
        <div class="choice-row">
          <For each={APOLOGISED}>
            {(a) => (
              <label class="choice">
                <input type="radio" name="db-apologised" checked={props.own.apologised === a} onChange={() => props.set({ apologised: a })} />
                {APOLOGISED_LABELS[a]}
              </label>
            )}
          </For>
        </div>
      </fieldset>
      <Show when={props.own.apologised === 'yes' || props.own.apologised === 'partly'}>
        <fieldset class="fu-group">
          <legend>How was it received?</legend>
          <div class="choice-row">
            <For each={RECEPTIONS}>
              {(r) => (
                <label class="choice">
                  <input type="radio" name="db-received" checked={props.own.received === r} onChange={() => props.set({ received: r })} />
                  {RECEPTION_LABELS[r]}
                </label>
              )}
            </For>
          </div>
        </fieldset>
      </Show>
      <Field id="db-apology-note" label="Anything to remember about it? (optional)">
        <textarea id="db-apology-note" rows={2} value={props.own.apologyNote} onInput={(e) => props.set({ apologyNote: e.currentTarget.value })} />
      </Field>
    </>
  );
}
