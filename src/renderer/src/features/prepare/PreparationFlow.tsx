import { createResource, createSignal, For, Match, Show, Switch } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { go as goTo, href } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { createPrepEditor, type PrepEditor } from './prep-editor';
import { loadPreparation, type PrepData } from './prep-data';
import { SaveStatus } from './PrepFields';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { SCREEN_LEDES } from './prep-copy';
import { CoolDownStep } from './steps/CoolDownStep';
import { FactsStep } from './steps/FactsStep';
import { HypothesesStep } from './steps/HypothesesStep';
import { CommitmentStep, ExperienceStep, PlanStep } from './steps/PlanSteps';
import { DiscardButton } from './DiscardButton';
import { routeOwnPlanProblem } from '../apology/own-plan-problem';
import { LAST_PREP_STEP, PREP_SCREENS, PREP_SCREEN_TITLES } from '../../../../core/model/preparation-labels';
import '../../styles/prepare.css';
import { Unavailable } from '../../components/Unavailable';

/** The guided preparation, one screen at a time, resuming at the screen where the leader stopped. */
export function PreparationFlow(props: { id: string; prepId: string }) {
  const [data] = createResource(() => [props.id, props.prepId] as const, ([r, p]) => loadPreparation(r, p));
  return (
    <Switch>
      <Match when={data.error}>
        <Unavailable title="This preparation is not available" error={data.error} back={{ href: `#/r/${props.id}`, label: 'Back to the journal' }} />
      </Match>
      <Match when={data()}>{(d) => <FlowScreen data={d()} />}</Match>
    </Switch>
  );
}

function FlowScreen(props: { data: PrepData }) {
  const rid = props.data.journal.relationship.id;
  const editor = createPrepEditor(rid, props.data.prep);
  const name = props.data.journal.relationship.name;
  const screen = () => PREP_SCREENS[editor.prep.step] ?? 'cool-down';
  let heading: HTMLHeadingElement | undefined;

  const go = async (step: number) => {
    if (await editor.goTo(step)) heading?.focus();
  };
  const finish = async () => {
    if (!(await editor.flush())) return;
    try {
      await call('preparations:finish', { relationshipId: rid, id: props.data.prep.id });
      goTo('/r/:id/prepare/:prepId/cue-card', { id: rid, prepId: props.data.prep.id });
    } catch (e) {
      if (!routeOwnPlanProblem(e, (step) => void go(step))) showNotice(errorMessage(e), 'error');
    }
  };

  return (
    <section class="page prep" aria-labelledby="prep-title">
      <header class="page-head">
        <div>
          {/* "Part", not "Step": the conversation itself has five steps; preparing for it has these parts. */}
          <p class="eyebrow">Preparing to talk with {name} · Part {editor.prep.step + 1} of {PREP_SCREENS.length}</p>
          <h1 id="prep-title" ref={heading} tabindex="-1">{PREP_SCREEN_TITLES[screen()]}</h1>
          <p class="lede">{SCREEN_LEDES[screen()]}</p>
        </div>
      </header>
      <Show when={props.data.prep.status === 'discarded'}>
        <p class="banner">This preparation is in the Discarded list. Bring it back from {name}’s page to keep working on it.</p>
      </Show>
      <EntryAlternativesNote relationshipId={rid} recordId={props.data.prep.id} some="Some of this plan was" />
      <Stepper editor={editor} go={(i) => void go(i)} />
      <form class="prep-body" onSubmit={(e) => e.preventDefault()} novalidate>
        <StepBody editor={editor} fromIncident={props.data.prep.incidentId !== null} />
      </form>
      <SaveStatus editor={editor} />
      <div class="actions prep-nav">
        <a class="button quiet-link" href={href('/r/:id', { id: rid })}>Save and close</a>
        <button type="button" class="button" disabled={editor.prep.step === 0} onClick={() => void go(editor.prep.step - 1)}>
          Back
        </button>
        <Show
          when={editor.prep.step < LAST_PREP_STEP}
          fallback={<button type="button" class="button primary" onClick={() => void finish()}>Finish and see the cue card</button>}
        >
          <button type="button" class="button primary" onClick={() => void go(editor.prep.step + 1)}>
            Next: {PREP_SCREEN_TITLES[PREP_SCREENS[editor.prep.step + 1] ?? 'commitment']}
          </button>
        </Show>
      </div>
      <footer class="page-foot">
        <DiscardButton relationshipId={rid} prepId={props.data.prep.id} name={name} beforeDiscard={() => editor.flush()} />
      </footer>
    </section>
  );
}

/**
 * The eight steps as one Tab stop: the current step takes the Tab, arrow keys (and Home/End) move
 * between steps, Enter or Space opens one. Keyboard users pass it in one key instead of eight.
 */
function Stepper(props: { editor: PrepEditor; go: (step: number) => void }) {
  const [focused, setFocused] = createSignal<number | null>(null);
  const tabStop = () => focused() ?? props.editor.prep.step;
  let list: HTMLOListElement | undefined;
  const onKey = (e: KeyboardEvent) => {
    const last = PREP_SCREENS.length - 1;
    const from = tabStop();
    const next = { ArrowRight: from + 1, ArrowDown: from + 1, ArrowLeft: from - 1, ArrowUp: from - 1, Home: 0, End: last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const to = Math.min(last, Math.max(0, next));
    setFocused(to);
    list?.querySelectorAll('button')[to]?.focus();
  };
  return (
    <nav class="prep-stepper" aria-label="Preparation steps">
      <ol ref={list} onKeyDown={onKey} onFocusOut={(e) => !list?.contains(e.relatedTarget as Node | null) && setFocused(null)}>
        <For each={PREP_SCREENS}>
          {(s, i) => (
            <li classList={{ done: i() < props.editor.prep.step }}>
              <button type="button" class="link-button" aria-current={i() === props.editor.prep.step ? 'step' : undefined}
                tabindex={i() === tabStop() ? 0 : -1} onFocus={() => setFocused(i())} onClick={() => props.go(i())}>
                <span class="step-num" aria-hidden="true">{i() + 1}</span>
                {PREP_SCREEN_TITLES[s]}
              </button>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}

function StepBody(props: { editor: PrepEditor; fromIncident: boolean }) {
  const screen = () => PREP_SCREENS[props.editor.prep.step];
  return (
    <Switch>
      <Match when={screen() === 'cool-down'}><CoolDownStep editor={props.editor} /></Match>
      <Match when={screen() === 'facts'}><FactsStep editor={props.editor} /></Match>
      <Match when={screen() === 'hypotheses'}><HypothesesStep editor={props.editor} fromIncident={props.fromIncident} /></Match>
      <Match when={screen() === 'perspective'}><PlanStep editor={props.editor} step="perspective" /></Match>
      <Match when={screen() === 'permission'}><PlanStep editor={props.editor} step="permission" /></Match>
      <Match when={screen() === 'experience'}><ExperienceStep editor={props.editor} /></Match>
      <Match when={screen() === 'forward'}><PlanStep editor={props.editor} step="forward" /></Match>
      <Match when={screen() === 'commitment'}><CommitmentStep editor={props.editor} /></Match>
    </Switch>
  );
}
