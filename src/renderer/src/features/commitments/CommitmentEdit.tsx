import { createSignal, onMount, Show } from 'solid-js';
import { focusOnceBack, focusProblem } from '../../lib/keep-focus';
import { ApiError, call } from '../../lib/api';
import { createFormError } from '../../lib/form-error';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';
import { onEscape } from '../../lib/on-escape';
import { Field, describedBy } from '../../components/Field';
import type { Commitment } from '../../../../core/model/commitment';
import { rewordDraftKey as draftKey, markRewordWaiting, rewordOpened } from './reword-drafts';
import { RewrittenOnBoth, type BothShown } from '../../lib/rewritten-on-both';

/** What a reword changes: the words and the due date ('' for none), as the form holds them. */
interface Reworded {
  text: string;
  due: string;
}

/**
 * Rewording a commitment or moving its date, in place on the timeline. Agreeing a new date is often
 * the honest thing to do; the outcome itself is recorded on the Commitments screen.
 */
export function CommitmentEdit(props: { relationshipId: string; c: Commitment; done: () => void; cancel: () => void }) {
  const [text, setText] = createSignal(props.c.text);
  const [due, setDue] = createSignal(props.c.dueAt ?? '');
  const [saving, setSaving] = createSignal(false);
  /**
   * The words and date the change was written from: the commitment as this form opened it, or, for a
   * change kept from an earlier visit, as it was then (draft-base.ts).
   */
  const loaded: Reworded = { text: props.c.text, due: props.c.dueAt ?? '' };
  let opened: Reworded = loaded;
  /** Words rewritten here and on the other computer: both go on screen before anything is saved. */
  const rewritten = new RewrittenOnBoth<Reworded>(['text']);
  /** The draft of what is on screen; whose promise it is goes with the words (see below). */
  const draftOf = (values: Reworded) => rewritten.draftOf({ ...values, owner: props.c.owner } as Reworded, { ...opened, owner: props.c.owner } as Reworded);
  const draft = createFormDraft({
    key: draftKey(props.relationshipId, props.c.id),
    label: 'changes to a commitment',
    // Whose promise it is goes with the words: should the commitment be removed before they are saved,
    // the person's page can add them as a new one of the same person's (StrandedChanges).
    snapshot: () => draftOf({ text: text(), due: due() }),
    restore: (saved) => {
      const back = rewritten.fromDraft(saved, loaded);
      if (back.opened) opened = { text: String(back.opened.text ?? ''), due: String(back.opened.due ?? '') };
      setText(String(back.fields.text ?? ''));
      setDue(String(back.fields.due ?? ''));
    },
  });
  const { error, errorFor, fromCaught, setError } = createFormError();
  const id = (f: string) => `cm-${props.c.id}-${f}`;
  /** The fields this form shows its own errors beside; any other error is said in the box under them. */
  const beside = (field: string | undefined) => field === 'text' || field === 'dueAt';

  /**
   * What Save sends: the commitment as it is now, with only what was changed here (the words, the date)
   * laid over it, so a change the other computer made meanwhile to the other one is not put back. A
   * commitment no longer there is sent as it was, and the core says it is gone.
   */
  const changes = async (): Promise<{ owner: Commitment['owner']; text: string; dueAt: string | null } | { both: BothShown<string> }> => {
    const journal = await call('journals:get', { relationshipId: props.relationshipId });
    // What is on screen is read after the record: a key typed while Save waited for it is in what
    // Save compares and sends, and never replaced by the versions it may put on screen.
    const typed: Reworded = { text: text(), due: due() };
    const now = journal.commitments.find((c) => c.id === props.c.id);
    // Gone: sent as typed, and the core says it was removed (the words stay on screen).
    if (!now) return { owner: props.c.owner, text: typed.text, dueAt: typed.due || null };
    const current: Reworded = { text: now.text, due: now.dueAt ?? '' };
    // Words rewritten here and on the other computer: both go on screen, nothing is saved over either.
    const both = rewritten.check(opened, typed, current, (field, value) => (field === 'text' ? setText(value) : setDue(value)));
    if (both) return { both };
    const next = rewritten.keepOtherChanges(opened, typed, current);
    return { owner: now.owner, text: next.text, dueAt: next.due || null };
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const next = await changes();
      if ('both' in next) {
        // A date changed here on an earlier visit and there since: said beside the date.
        const onDue = next.both.field === 'due';
        setError({ field: onDue ? 'dueAt' : 'text', message: next.both.message });
        if (onDue) document.getElementById(id('due'))?.focus();
        else words?.focus();
        return;
      }
      await draft.write(() => call('commitments:update', { relationshipId: props.relationshipId, id: props.c.id, ...next }));
      await draft.discard().catch(() => undefined); // saved; a stale draft only offers it back
      rewordOpened();
      showNotice('Commitment updated.');
      props.done();
      focusOnceBack(`${entrySelector(props.c.id)} summary`); // the entry, drawn anew, not the window's top
    } catch (err) {
      // Removed meanwhile (here in another window, or on the other computer): said plainly, the words stay.
      if (err instanceof ApiError && err.code === 'not-found') setError({ message: REMOVED });
      else fromCaught(err);
      focusProblem();
    } finally {
      setSaving(false);
    }
  };

  /**
   * Cancel forgets the changes (kept as a draft until now), with Undo: one click must not throw away
   * what was typed. The button that opened the form takes the focus again.
   */
  const cancel = () => {
    rewordOpened();
    const typed = { text: text(), due: due(), owner: props.c.owner };
    const changed = typed.text !== props.c.text || typed.due !== (props.c.dueAt ?? '');
    void draft.discard().catch(() => undefined);
    if (changed) {
      offerUndo(
        'Change put away.',
        async () => {
          await call('drafts:save', { key: draftKey(props.relationshipId, props.c.id), fields: draftOf(typed) });
          markRewordWaiting(props.relationshipId, props.c.id);
        },
        'Your change is kept: "Go on with it" brings it back.',
      );
    }
    props.cancel();
    queueMicrotask(() => document.querySelector<HTMLElement>(`${entrySelector(props.c.id)} .entry-links button[data-reword]`)?.focus());
  };
  let words: HTMLTextAreaElement | undefined;
  onMount(() => words?.focus()); // opened to change the words: ready to type
  /**
   * Escape closes the reword and keeps what was typed as a draft, as leaving does (the entry is marked
   * "Change not saved yet"): a reflex key must not throw words away, nor take the place of another
   * entry's Undo. Cancel is the deliberate way to forget them.
   */
  const putAside = () => {
    rewordOpened();
    props.cancel();
    queueMicrotask(() => document.querySelector<HTMLElement>(`${entrySelector(props.c.id)} .entry-links button[data-reword]`)?.focus());
  };

  return (
    <form class="commitment-edit" onSubmit={submit} novalidate onKeyDown={onEscape(putAside)} ref={draft.gate}>
      <DraftNote draft={draft} />
      <Field id={id('text')} label="The commitment" error={errorFor('text')}>
        <textarea ref={words} id={id('text')} rows={3} value={text()} onInput={(e) => setText(e.currentTarget.value)}
          aria-invalid={!!errorFor('text')} aria-describedby={describedBy(id('text'), undefined, errorFor('text'))} />
      </Field>
      <Field id={id('due')} label="Due by" hint="Optional." error={errorFor('dueAt')}>
        <input id={id('due')} type="date" value={due()} onInput={(e) => setDue(e.currentTarget.value)}
          aria-invalid={!!errorFor('dueAt')} aria-describedby={describedBy(id('due'), 'hint', errorFor('dueAt'))} />
      </Field>
      <Show when={error() && !beside(error()!.field)}>
        <p class="error-box" role="alert">{error()!.message}</p>
      </Show>
      <div class="actions start">
        <button type="submit" class="button primary" disabled={saving()}>{saving() ? 'Saving…' : 'Save commitment'}</button>
        <button type="button" class="button" onClick={cancel}>Cancel</button>
      </div>
    </form>
  );
}

/** Said on Save when the commitment is no longer in the journal. */
const REMOVED = 'This commitment has been removed, perhaps on your other computer, so it can’t be changed. Your words are still here.';

/** A commitment's row on the person's timeline (Timeline.tsx marks each row with its key). */
const entrySelector = (id: string): string => `li[data-key="commitment:${CSS.escape(id)}"]`;

