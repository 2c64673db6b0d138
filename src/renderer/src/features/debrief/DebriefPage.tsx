import { createResource, Match, Show, Switch } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { go, href } from '../../lib/router';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { createDebriefEditor, type DebriefEditor } from './debrief-editor';
import { DebriefSteps } from './DebriefSteps';
import { DebriefDiagnosis } from './DebriefDiagnosis';
import { DebriefReflection } from './DebriefReflection';
import { DebriefCommitments } from './DebriefCommitments';
import { SaveStatus } from './SaveStatus';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { DebriefOwnSide } from '../apology/DebriefOwnSide';
import { preparationHref } from './links';
import type { Journal } from '../../../../core/model/journal';
import '../../styles/follow-up.css';
import { Unavailable } from '../../components/Unavailable';
import { focusProblem } from '../../lib/keep-focus';

/** The debrief of one conversation: what happened at each step, the diagnosis, and the commitments. */
export function DebriefPage(props: { relationshipId: string; debriefId: string }) {
  const [journal] = createResource(() => props.relationshipId, (id) => call('journals:get', { relationshipId: id }));
  const debrief = () => journal()?.debriefs.find((d) => d.id === props.debriefId);
  return (
    <Switch>
      <Match when={journal.error}>
        <Unavailable title="This debrief is not available" error={journal.error} />
      </Match>
      <Match when={journal() && !debrief()}>
        <section class="page">
          <h1>This debrief is not here any more</h1>
          <p class="muted">It may have been discarded. Nothing else in the journal changed.</p>
          <a class="button primary" href={href('/r/:id', { id: props.relationshipId })}>Back to the journal</a>
        </section>
      </Match>
      <Match when={journal() && debrief()}>
        <DebriefForm journal={journal()!} editor={createDebriefEditor(props.relationshipId, debrief()!)} />
      </Match>
    </Switch>
  );
}

function DebriefForm(props: { journal: Journal; editor: DebriefEditor }) {
  const ed = props.editor;
  const rel = () => props.journal.relationship;
  const original = () => props.journal.debriefs.find((d) => d.id === ed.id)!;
  const prep = () => props.journal.preparations.find((p) => p.id === original().preparationId);
  const back = href('/r/:id', { id: rel().id });

  const finish = async () => {
    if (!(await ed.finish())) {
      focusProblem(); // the field to fix, as Add a person and Log an incident do, not only the view
      return;
    }
    showNotice('Debrief saved. Commitments are on the Commitments screen.');
    go('/r/:id/debrief/:debriefId/check', { id: rel().id, debriefId: ed.id });
  };

  const discard = async () => {
    const ok = await confirmAction({
      title: 'Discard this debrief?',
      body: 'What you wrote here will be removed. The plan and everything else in the journal stay as they are.',
      confirmLabel: 'Discard',
      tone: 'danger',
    });
    if (!ok) return;
    ed.dispose();
    try {
      const relationshipId = rel().id;
      // What Undo puts back: the debrief as it stands on screen, same id.
      const kept = ed.snapshot();
      await call('debriefs:discard', { relationshipId, id: ed.id });
      go('/r/:id', { id: relationshipId });
      offerUndo('Debrief discarded.', async () => {
        const back = await call('debriefs:restore', { relationshipId, debrief: kept });
        go('/r/:id/debrief/:debriefId', { id: relationshipId, debriefId: back.id });
      }, 'The debrief is back.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };

  return (
    <section class="page wide" aria-labelledby="debrief-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">Debrief · {rel().name}</p>
          <h1 id="debrief-title">How did the conversation go?</h1>
          <p class="lede">Write it down while it is fresh: what happened, what you learned, and what each of you will do next.</p>
        </div>
        <SaveStatus state={ed.state()} failed={!!ed.failure() && ed.state() === 'error'} />
      </header>
      <EntryAlternativesNote relationshipId={rel().id} recordId={ed.id} some="Some of this debrief was" />
      <Show when={prep()}>
        {(p) => (
          <p class="muted">
            Your plan is shown beside each step. <a href={preparationHref(rel().id, p().id)}>Open the whole plan</a>
          </p>
        )}
      </Show>
      <form class="debrief" novalidate onSubmit={(e) => { e.preventDefault(); void finish(); }}>
        <Field id="db-held" label="When did you talk?" error={ed.errorFor('heldAt')}>
          <input id="db-held" type="datetime-local" class="short" value={toLocalInput(ed.fields.heldAt)}
            onChange={(e) => { const iso = fromLocalInput(e.currentTarget.value); if (iso) ed.update('heldAt', iso); }}
            aria-invalid={!!ed.errorFor('heldAt')} aria-describedby={describedBy('db-held', undefined, ed.errorFor('heldAt'))} />
        </Field>
        <DebriefSteps editor={ed} plan={prep()?.plan ?? null} />
        <DebriefDiagnosis editor={ed} />
        <DebriefReflection editor={ed} />
        <DebriefOwnSide editor={ed} prep={prep()} />
        <DebriefCommitments editor={ed} journal={props.journal} />
        <Show when={ed.failure() && !ed.failure()!.field}>
          <p class="error-box" role="alert">{ed.failure()!.message}</p>
        </Show>
        <div class="actions">
          <Show when={ed.status() === 'draft'} fallback={<a class="button" href={href('/r/:id/debrief/:debriefId/check', { id: rel().id, debriefId: ed.id })}>Take a trust check</a>}>
            <button type="button" class="button danger-quiet" onClick={() => void discard()}>Discard</button>
          </Show>
          <Show when={ed.status() === 'draft'} fallback={<a class="button primary" href={back}>Back to {rel().name}</a>}>
            <button type="submit" class="button primary">Finish debrief</button>
          </Show>
        </div>
      </form>
    </section>
  );
}
