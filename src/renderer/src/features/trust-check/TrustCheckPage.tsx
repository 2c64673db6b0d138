import { choiceWords, RewrittenOnBoth, type BothShown } from '../../lib/rewritten-on-both';
import { ACTIVATION_LABELS } from '../../../../core/model/preparation-labels';
import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { go, goOnFrom, screenNow } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { fromLocalInput, toLocalInput } from '../../lib/dates';
import { Field, describedBy } from '../../components/Field';
import { FeelingFields, type Feeling } from './FeelingFields';
import { RatingScale } from './RatingScale';
import { TRUST_ITEMS, type Ratings } from '../../../../core/model/trust-items';
import type { TrustCheck } from '../../../../core/model/trust-check';
import { checkProblem } from '../../../../core/logic/rating-evidence';
import '../../styles/follow-up.css';
import { createFormError } from '../../lib/form-error';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import { createGoneWords, EntryGoneAlert, onlyBack, focusEntryGone, type Gone } from '../../components/EntryGone';
import { followEntryBack } from '../../lib/follow-back';
import { QuickDates } from '../../components/QuickDates';
import { focusProblem } from '../../lib/keep-focus';

interface Values extends Feeling {
  at: string;
  ratings: Ratings;
  evidence: string;
  interpretation: string;
}

const noRatings = (): Ratings => ({ reliability: null, competence: null, sincerity: null, care: null, reliance: null });

const fromCheck = (c: TrustCheck): Values => ({
  at: toLocalInput(c.at), activation: c.activation, emotion: c.emotion, source: c.source,
  ratings: { ...c.ratings }, evidence: c.evidence, interpretation: c.interpretation,
});

/**
 * A trust check: feelings first, then each item 1–7 or "no new evidence", then the facts behind the
 * numbers. With `checkId`, corrects one already saved.
 */
export function TrustCheckPage(props: { relationshipId: string; debriefId?: string; checkId?: string }) {
  const [v, setV] = createStore<Values>({
    at: toLocalInput(new Date().toISOString()), activation: null, emotion: '', source: '',
    ratings: noRatings(), evidence: '', interpretation: '',
  });
  let editing: TrustCheck | undefined;
  /**
   * Correcting: what the values on screen were written from (Save compares with it): the check as this
   * visit loaded it, or, for a correction kept from an earlier visit, as it was then.
   */
  let opened: Values | undefined;
  let loaded: Values | undefined;
  /** Words rewritten here and on the other computer: both go on screen before anything is saved. */
  const rewritten = new RewrittenOnBoth<Values>(['emotion', 'source', 'evidence', 'interpretation'], checkProblem,
    choiceWords({ activation: ACTIVATION_LABELS, ratings: { null: 'No new evidence' } }));
  /** The conversation a removed check was tied to, as its kept correction remembers it. */
  let keptLink: string | null = null;
  /** The conversation a check saved from here belongs to, if that conversation is still in the journal. */
  const debriefOf = (): string | null => {
    const id = editing?.debriefId ?? keptLink ?? props.debriefId ?? null;
    const j = journal.state === 'ready' ? journal() : undefined; // not read yet: the store checks it
    return id !== null && (!j || j.debriefs.some((d) => d.id === id)) ? id : null;
  };
  /** Correcting a check that is not in the journal (any more): said, and its words can be saved as a new check. */
  const [gone, setGone] = createSignal<Gone>(null);
  const [journal] = createResource(() => props.relationshipId, async (id) => {
    const j = await call('journals:get', { relationshipId: id });
    if (props.checkId) {
      editing = j.checks.find((c) => c.id === props.checkId);
      if (editing) {
        opened = loaded = fromCheck(editing);
        setV(fromCheck(editing));
      }
      else setGone('opened');
    }
    return j;
  });
  const draftKey = props.checkId
    ? `trust-check:${props.relationshipId}:${props.checkId}`
    : `trust-check:new:${props.relationshipId}${props.debriefId ? `:${props.debriefId}` : ''}`;
  const draft = createFormDraft({
    key: draftKey,
    label: props.checkId ? 'changes to a trust check' : 'a trust check',
    // A correction also keeps which conversation its check belongs to: should the check be removed, its
    // words saved as a new check stay tied to that conversation.
    // A correction's draft also carries what it was written from (draft-base.ts).
    snapshot: () => rewritten.draftOf({ ...v, ratings: { ...v.ratings }, ...(props.checkId ? { linkedDebrief: editing?.debriefId ?? keptLink } : {}) } as Values, opened),
    restore: (saved) => {
      const back = rewritten.fromDraft(saved, loaded);
      if (props.checkId) opened = back.opened;
      const { linkedDebrief, ...values } = back.fields as Values & { linkedDebrief?: string | null };
      if (typeof linkedDebrief === 'string') keptLink = linkedDebrief;
      setV(values);
    },
    ready: () => !props.checkId || journal.state === 'ready',
  });
  const { error, setError, errorFor } = createFormError();
  const [saving, setSaving] = createSignal(false);
  const back = () => go('/r/:id', { id: props.relationshipId });
  const words = createGoneWords(gone, draft);
  /** The check is back under a new id: the screen goes on to it, with the words (Save waits meanwhile). */
  const follow = followEntryBack({ relationshipId: props.relationshipId, entryId: props.checkId, gone, words, saving, draft, draftKey });
  /** Cancel: with the check gone, the alert has just said Cancel lets the words go (with Undo; no Edit link leads to them). */
  const cancel = async () => {
    if (gone() !== null) await draft.letGo().catch(() => undefined);
    back();
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (follow.moving()) return;
    const at = fromLocalInput(v.at);
    if (v.activation === null) return fail({ field: 'activation', message: 'Choose how stirred up you feel, from 0 (calm) to 3.' });
    if (!at) return fail({ field: 'at', message: 'Use a full date and time.' });
    setSaving(true);
    const from = screenNow();
    try {
      const correcting = editing && gone() === null ? editing : undefined;
      // Back already (the screen not told yet): it goes on to the check with the words, never a second one.
      if (!correcting && gone() !== null && (await follow.backInsteadOfNew())) return;
      const next = correcting ? await changes(correcting.id, at) : { ...v, at, activation: v.activation };
      if ('both' in next) {
        if (next.both.merged) setV(next.both.merged); // both computers' changes, as Save would send them
        return fail({ field: next.both.field, message: next.both.message });
      }
      const fields = {
        relationshipId: props.relationshipId, debriefId: debriefOf(), at: next.at, activation: next.activation,
        emotion: next.emotion, source: next.source, ratings: { ...next.ratings }, evidence: next.evidence, interpretation: next.interpretation,
      };
      const saved = await draft.write(() => (correcting ? call('checks:update', { ...fields, id: correcting.id }) : call('checks:create', fields)));
      await draft.discard().catch(() => undefined); // the check is saved; a stale draft only offers it back
      showNotice(correcting ? 'Trust check corrected.' : gone() ? 'Saved as a new trust check.' : 'Trust check saved.');
      // A corrected check, or one saved anew from a correction, opens where it is on the timeline (the
      // edit began there, maybe far down).
      if (props.checkId) goOnFrom(from, '/r/:id/entry/:entry', { id: props.relationshipId, entry: `check:${saved.id}` });
      else goOnFrom(from, '/r/:id', { id: props.relationshipId });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'not-found' && editing && gone() === null) {
        // Removed while it was being corrected (here, or on the other computer): said, the words stay.
        setError(null);
        setGone('saving');
        focusEntryGone();
        return;
      }
      fail({ message: errorMessage(err), ...(err instanceof ApiError && err.field ? { field: err.field } : {}) });
    } finally {
      setSaving(false);
    }
  };
  /**
   * What a correction saves: the check as it is now, with only what was changed here laid over it, so
   * what the other computer wrote meanwhile in another field stays; words both rewrote go on screen
   * together first (RewrittenOnBoth). A check no longer there is sent as typed, and the core says so.
   */
  const changes = async (checkId: string, at: string): Promise<Values & { activation: number } | { both: BothShown<string, Values> }> => {
    const now = (await call('journals:get', { relationshipId: props.relationshipId })).checks.find((c) => c.id === checkId);
    // What is on screen is read after the record: a key typed while Save waited for it is in what
    // Save compares and sends, and never replaced by the versions it may put on screen.
    const typed = { ...JSON.parse(JSON.stringify(v)), activation: v.activation } as Values & { activation: number };
    if (!now || !opened) return { ...typed, at };
    const current = fromCheck(now);
    const both = rewritten.check(opened, typed, current, (field, value) => setV(field as never, value as never));
    if (both) return { both };
    const next = rewritten.keepOtherChanges(opened, typed, current);
    return { ...next, at: fromLocalInput(next.at) ?? at, activation: next.activation ?? typed.activation };
  };
  const saveLabel = () => (follow.stuck() ? 'Try again' : gone() ? 'Save as a new trust check' : props.checkId ? 'Save changes' : 'Save check');
  const fail = (f: { field?: string; message: string }) => {
    setError(f);
    focusProblem();
  };

  return (
    <section class="page narrow" aria-labelledby="tc-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">{journal()?.relationship.name ?? ' '}</p>
          <h1 id="tc-title">{props.checkId ? 'Correct the trust check' : 'Trust check'}</h1>
          <p class="lede">
            {props.debriefId ? 'Optional, while the conversation is fresh. ' : ''}
            How much do you trust them, going by what you have actually seen? Start with how you feel, so it has its own
            place, then rate only what you have evidence for.
          </p>
        </div>
      </header>
      <Show when={journal.error}>
        <p class="error-box" role="alert">{errorMessage(journal.error)}</p>
      </Show>
      {/* With the check gone, "Start over" would only throw the words away: the alert says what to do. */}
      <Show when={!gone()} fallback={<EntryGoneAlert kind="trust check" words={words()!} stuck={follow.stuck()} />}>
        <DraftNote draft={draft} />
        <Show when={props.checkId}>
          {(checkId) => <EntryAlternativesNote relationshipId={props.relationshipId} recordId={checkId()} some="Some of this check was" />}
        </Show>
      </Show>
      <Show when={onlyBack(words())}>
        <div class="actions">
          <button type="button" class="button primary" onClick={back}>Back to {journal()?.relationship.name ?? 'their page'}</button>
        </div>
      </Show>
      <Show when={words() === null || words() === 'kept'}>
      <form class="trust-check" novalidate onSubmit={submit} ref={draft.gate}>
        <h2>Before you rate</h2>
        <FeelingFields value={v} errorFor={errorFor} onChange={(key, value) => setV(key, value as never)} />
        <h2>What you’ve seen</h2>
        <p class="hint">1 is “I’d double-check everything”, 4 is mixed, 7 is “without a second thought”. Nothing new is a fine answer.</p>
        <For each={TRUST_ITEMS}>
          {(item) => <RatingScale item={item} value={v.ratings[item]} error={errorFor(`ratings.${item}`)} onChange={(n) => setV('ratings', item, n)} />}
        </For>
        <Field id="tc-evidence" label="Evidence: what did you see or hear?" hint="What a camera would have caught: dates, deliverables, words said. Needed for any number." error={errorFor('evidence')}>
          <textarea id="tc-evidence" rows={4} value={v.evidence} onInput={(e) => setV('evidence', e.currentTarget.value)}
            aria-invalid={!!errorFor('evidence')} aria-describedby={describedBy('tc-evidence', 'hint', errorFor('evidence'))} />
        </Field>
        <Field id="tc-interpretation" label="What do you make of it?" hint="Your reading of the facts, kept apart from them." error={errorFor('interpretation')}>
          <textarea id="tc-interpretation" rows={3} value={v.interpretation} onInput={(e) => setV('interpretation', e.currentTarget.value)}
            aria-invalid={!!errorFor('interpretation')} aria-describedby={describedBy('tc-interpretation', 'hint', errorFor('interpretation'))} />
        </Field>
        <Field id="tc-at" label="When" hint="Now, unless you are catching up on an earlier check." error={errorFor('at')}>
          <QuickDates label="When" direction="behind" onPick={(value) => setV('at', value)} />
          <input id="tc-at" type="datetime-local" class="short" value={v.at} onInput={(e) => setV('at', e.currentTarget.value)}
            aria-invalid={!!errorFor('at')} aria-describedby={describedBy('tc-at', 'hint', errorFor('at'))} />
        </Field>
        <Show when={error() && !error()!.field?.match(/^(at|activation|emotion|source|evidence|interpretation|ratings\.\w+)$/)}>
          <p class="error-box" role="alert">{error()!.message}</p>
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={() => void cancel()}>{props.debriefId ? 'Skip for now' : 'Cancel'}</button>
          <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : saveLabel()}</button>
        </div>
      </form>
      </Show>
    </section>
  );
}
