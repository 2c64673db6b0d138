import { createResource, Match, Show, Switch } from 'solid-js';
import { ApiError, call, errorMessage } from '../../lib/api';
import { createDraftGate } from '../../lib/draft-gate';
import { go, href } from '../../lib/router';
import { confirmAction } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { createDebriefEditor, debriefHoldKey, unsavedBeside, type DebriefEditor } from './debrief-editor';
import { keepInWindow } from '../../lib/held-back';
import { DebriefSteps } from './DebriefSteps';
import { DebriefDiagnosis } from './DebriefDiagnosis';
import { DebriefReflection } from './DebriefReflection';
import { DebriefCommitments } from './DebriefCommitments';
import { SaveStatus } from './SaveStatus';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { DebriefOwnSide } from '../apology/DebriefOwnSide';
import { preparationHref } from './links';
import type { Journal } from '../../../../core/model/journal';
import type { Debrief } from '../../../../core/model/debrief';
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

  /**
   * While Finish or Discard is on its way the form takes no keys (draft-gate.ts, as every form's Save):
   * a commitment typed during Finish would be saved after the debrief was done, and dropped with its
   * drafts; a key typed during Discard would miss the copy Undo brings back. Refused, they are typed in.
   */
  const gate = createDraftGate(() => true);
  const finish = async () => {
    const hold = gate.holdForWrite();
    if (!(await ed.finish())) {
      hold.refused();
      focusProblem(); // the field to fix, as Add a person and Log an incident do, not only the view
      return;
    }
    hold.left();
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
    const hold = gate.holdForWrite();
    ed.dispose();
    try {
      const relationshipId = rel().id;
      // What Undo puts back: the debrief as it stands on screen, same id; and as last stored, should the
      // screen's copy be refused (a field the store had refused already, too long to keep).
      const kept = ed.snapshot();
      const stored = await call('journals:get', { relationshipId }).then((j) => j.debriefs.find((d) => d.id === ed.id), () => undefined);
      await call('debriefs:discard', { relationshipId, id: ed.id });
      // What was waiting to be saved is in `kept`: sent now, to a debrief no longer there, it would be
      // refused and held in the window for good (a quit would then always warn of unsaved words).
      ed.drop();
      hold.left();
      go('/r/:id', { id: relationshipId });
      offerUndo('Debrief discarded.', async () => {
        const back = await restoreDebrief(relationshipId, kept, stored);
        go('/r/:id/debrief/:debriefId', { id: relationshipId, debriefId: back.id });
      }, 'The debrief is back.');
    } catch (e) {
      hold.refused();
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
      <form class="debrief" novalidate onSubmit={(e) => { e.preventDefault(); void finish(); }} ref={gate.gate}>
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

/**
 * Undo of a discard: the debrief as it was on screen. If the store refuses that copy for a field it had
 * refused already (too long to keep, said beside it then), the debrief comes back as last stored, and
 * the words not saved wait in the window for its screen, which shows them with the refusal beside them,
 * as before the discard (and counts them as unsaved until they are stored).
 */
async function restoreDebrief(relationshipId: string, kept: Debrief, stored: Debrief | undefined): Promise<{ id: string }> {
  try {
    return await call('debriefs:restore', { relationshipId, debrief: kept });
  } catch (e) {
    if (!(e instanceof ApiError && e.code === 'invalid-input') || !stored) throw e;
    const back = await call('debriefs:restore', { relationshipId, debrief: stored });
    keepInWindow({ key: debriefHoldKey(relationshipId, back.id), label: 'a debrief', fields: unsavedBeside(stored, kept) });
    return back;
  }
}
