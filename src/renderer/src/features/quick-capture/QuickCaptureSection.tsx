import { createEffect, createSignal, on, onMount, Show } from 'solid-js';
import { call } from '../../lib/api';
import type { Journal } from '../../../../core/model/journal';
import { QuickCommitmentForm } from './QuickCommitmentForm';
import { QuickNoteForm } from './QuickNoteForm';
import { commitmentDraft, commitmentDraftKey, commitmentFormAsked, noteDraft, noteDraftKey } from './capture-drafts';
import { toLocalInput } from '../../lib/dates';

type Form = 'commitment' | 'note';

/**
 * "Between conversations" on a person's page: an ordinary 1:1 often ends with one small promise and a
 * few notes. Both go straight in, no debrief needed. Each form opens and closes on its own, so opening
 * one never hides words half-typed in the other, and a form with unsaved words in it opens again.
 */
export function QuickCaptureSection(props: { journal: Journal; refresh: () => void }) {
  const rid = () => props.journal.relationship.id;
  const [openCommitment, setOpenCommitment] = createSignal(commitmentDraft(rid(), rid()).text.trim() !== '');
  const [openNote, setOpenNote] = createSignal(noteDraft(rid(), toLocalInput(new Date().toISOString())).text.trim() !== '');
  const setters: Record<Form, (open: boolean) => void> = { commitment: setOpenCommitment, note: setOpenNote };
  const isOpen: Record<Form, () => boolean> = { commitment: openCommitment, note: openNote };
  // After a restart (or a close mid-sentence) the words are only on disk: each form they belong to opens
  // again, and fills itself from its draft, saying so.
  onMount(() => {
    const person = rid();
    const hasText = (d: { fields: Record<string, unknown> } | null) => typeof d?.fields['text'] === 'string' && d.fields['text'].trim() !== '';
    void Promise.all([call('drafts:get', { key: commitmentDraftKey(person) }), call('drafts:get', { key: noteDraftKey(person) })])
      .then(([commitment, note]) => {
        if (person !== rid()) return; // another person's page by now
        if (hasText(commitment)) setOpenCommitment(true);
        if (hasText(note)) setOpenNote(true);
      })
      .catch(() => undefined); // the buttons still open the forms, and they read their drafts themselves
  });
  let section: HTMLElement | undefined;
  const buttons: Partial<Record<Form, HTMLButtonElement>> = {};
  /** The form is gone: focus goes back to the button that opened it, not to the page's top. */
  const closed = (which: Form) => {
    setters[which](false);
    buttons[which]?.focus();
  };
  const saved = (which: Form) => {
    closed(which);
    props.refresh();
  };
  const formText = (which: Form) => section?.querySelector<HTMLElement>(`[data-form="${which}"] .quick-form textarea`);
  const toggle = (which: Form) => {
    setters[which](!isOpen[which]());
    // Opened to write in: its text takes the typing (a form open since the page loaded does not).
    if (isOpen[which]()) formText(which)?.focus();
  };
  // Asked from elsewhere on the page, with words already in its draft: the form opens with them, and
  // its text takes the focus (scrolled to), to check and save.
  createEffect(on(commitmentFormAsked, (asked) => {
    if (asked?.relationshipId !== rid()) return;
    setOpenCommitment(true);
    // Once drawn: an effect's own updates are drawn after it has run.
    queueMicrotask(() => {
      const text = formText('commitment');
      text?.focus();
      text?.scrollIntoView({ block: 'center' });
    });
  }, { defer: true }));
  return (
    <section class="section quick-capture" aria-labelledby="quick-title" ref={section}>
      <h2 id="quick-title">Between conversations</h2>
      <p class="muted">Agreed something in a 1:1? Write it down here, no debrief needed.</p>
      <div class="quick-buttons">
        <button type="button" class="button" ref={buttons.commitment} aria-expanded={openCommitment()} onClick={() => toggle('commitment')}>
          Add a commitment
        </button>
        <button type="button" class="button" ref={buttons.note} aria-expanded={openNote()} onClick={() => toggle('note')}>
          Write a 1:1 note
        </button>
      </div>
      <Show when={openCommitment()}>
        <div class="quick-form-wrap" data-form="commitment">
          <QuickCommitmentForm draftKey={rid()} relationshipId={rid()} onSaved={() => saved('commitment')} onCancel={() => closed('commitment')} />
        </div>
      </Show>
      <Show when={openNote()}>
        <div class="quick-form-wrap" data-form="note">
          <QuickNoteForm relationshipId={rid()} onSaved={() => saved('note')} onCancel={() => closed('note')} />
        </div>
      </Show>
    </section>
  );
}
