import { createResource, For, Match, Show, Switch } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { go, href } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { onJournalChanged } from '../../lib/live-changes';
import { formatDayTime } from '../../lib/dates';
import { Markdown } from '../../components/Markdown';
import { DiscardButton } from './DiscardButton';
import { loadPreparation, prepHref, type PrepData } from './prep-data';
import { PLAN } from './prep-copy';
import { CONVERSATION_STEPS, HOT_ACTIVATION } from '../../../../core/model/trust-items';
import { ACTIVATION_LABELS, PREP_SCREENS, STEP_TITLES, type PrepScreen } from '../../../../core/model/preparation-labels';
import { CAUSE_LABELS, CONFIDENCE_LABELS } from '../../../../core/model/incident-labels';
import { hasBlame } from '../../../../core/logic/blame-coach';
import '../../styles/prepare.css';
import { Unavailable } from '../../components/Unavailable';
import { ApologyCue } from '../apology/ApologyCue';
import { PredictionCue } from '../predictions/PredictionCue';
import { GapTopicCue } from '../their-trust/GapTopic';

/** The whole plan on one calm page, to glance at before the meeting; prints without the app around it. */
export function CueCard(props: { id: string; prepId: string }) {
  const [data, { refetch }] = createResource(() => [props.id, props.prepId] as const, ([r, p]) => loadPreparation(r, p));
  // A plan finished on the other computer reads here as it is now: the card is read, never typed in.
  onJournalChanged((id) => {
    if (id === props.id) void refetch();
  });
  return (
    <Switch>
      <Match when={data.error}>
        <Unavailable title="This cue card is not available" error={data.error} back={{ href: href('/r/:id', { id: props.id }), label: 'Back to the journal' }} />
      </Match>
      {/* `latest`: the card as it was stays on screen while it is read again, with no blank in between. */}
      <Match when={data.latest}>{(d) => <Card data={d()} />}</Match>
    </Switch>
  );
}

function Card(props: { data: PrepData }) {
  const prep = () => props.data.prep;
  const rel = () => props.data.journal.relationship;
  const incident = () => props.data.journal.incidents.find((i) => i.id === prep().incidentId);
  const hot = () => (prep().coolDown.activation ?? 0) >= HOT_ACTIVATION;
  /** Opens the plan at one screen: the step is stored first, since the flow resumes at the stored step. */
  const editAt = async (screen: PrepScreen) => {
    try {
      await call('preparations:save-draft', { relationshipId: rel().id, id: prep().id, patch: { step: PREP_SCREENS.indexOf(screen) } });
      go('/r/:id/prepare/:prepId', { id: rel().id, prepId: prep().id });
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };
  return (
    <article class="page cue-card" aria-labelledby="cue-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">Cue card{incident() ? ` · ${incident()!.title}` : ''}</p>
          <h1 id="cue-title">Talking with {rel().name}</h1>
          <p class="lede">
            <Show when={prep().plannedAt} fallback="Glance at this before you meet. Breathe out, and start with their side.">
              {formatDayTime(prep().plannedAt)}. Glance at this before you meet, breathe out, and start with their side.
            </Show>
          </p>
        </div>
        <div class="head-actions">
          <button type="button" class="button primary" onClick={() => window.print()}>Print</button>
          <a class="button" href={prepHref(rel().id, prep().id)}>Edit the plan</a>
        </div>
      </header>
      {/* Discarded here or on the other computer while the card was open: said, and where it can come back from. */}
      <Show when={prep().status === 'discarded'}>
        <p class="banner" role="status">This plan is in the Discarded list. Bring it back from {rel().name}’s page to use it.</p>
      </Show>
      <Show when={hot()}>
        <p class="banner">You noted feeling {ACTIVATION_LABELS[prep().coolDown.activation ?? 0].toLowerCase()}. If that’s still true, it’s fine to move the meeting.</p>
      </Show>
      <Show when={prep().hypotheses.length > 0}>
        <section class="cue-section" aria-labelledby="cue-guesses">
          <h2 id="cue-guesses">My guesses, held lightly</h2>
          <ul class="cue-guesses">
            <For each={prep().hypotheses}>
              {(h) => <li>{CAUSE_LABELS[h.cause]} <span class="muted">({CONFIDENCE_LABELS[h.confidence].toLowerCase()})</span></li>}
            </For>
          </ul>
        </section>
      </Show>
      <PredictionCue expect={prep().plan.expect} />
      <ApologyCue plan={prep().plan.apology} />
      <GapTopicCue journal={props.data.journal} />
      <ol class="cue-steps">
        <For each={CONVERSATION_STEPS}>
          {(step) => (
            <li class="cue-step">
              <h2>{STEP_TITLES[step]}</h2>
              <Markdown text={prep().plan[step]} empty="Nothing planned here yet." />
              <Show when={step === 'experience' && hasBlame(prep().plan.experience)}>
                <p class="cue-nudge no-print">
                  The wording check still spots a word or two here that may land as blame.{' '}
                  <button type="button" class="link-button" onClick={() => void editAt('experience')}>Have another look</button>
                </p>
              </Show>
              <Show when={step === 'commitment'}>
                <h3>{PLAN.mine.label}</h3>
                <Markdown text={prep().myCommitment} empty="Not written yet." />
              </Show>
            </li>
          )}
        </For>
      </ol>
      <footer class="page-foot">
        <a class="button" href={href('/r/:id', { id: rel().id })}>Back to {rel().name}</a>
        <DiscardButton relationshipId={rel().id} prepId={prep().id} name={rel().name} />
      </footer>
    </article>
  );
}
