import { createSignal, Match, onMount, Switch } from 'solid-js';
import { call } from '../../lib/api';
import type { Journal } from '../../../../core/model/journal';
import { QuickCommitmentForm } from './QuickCommitmentForm';
import { QuickNoteForm } from './QuickNoteForm';
import { commitmentDraft, commitmentDraftKey, noteDraft, noteDraftKey } from './capture-drafts';
import { toLocalInput } from '../../lib/dates';

type Open = 'none' | 'commitment' | 'note';

/**
 * "Between conversations" on a person's page: an ordinary 1:1 often ends with one small promise and a
 * few notes. Both go straight in, no debrief needed. A form with unsaved words in it opens again.
 */
export function QuickCaptureSection(props: { journal: Journal; refresh: () => void }) {
  const rid = () => props.journal.relationship.id;
  const started = (): Open =>
    commitmentDraft(rid(), rid()).text.trim() ? 'commitment' : noteDraft(rid(), toLocalInput(new Date().toISOString())).text.trim() ? 'note' : 'none';
  const [open, setOpen] = createSignal<Open>(started());
  // After a restart (or a close mid-sentence) the words are only on disk: the form they belong to opens
  // again, and fills itself from its draft, saying so.
  onMount(() => {
    if (open() !== 'none') return;
    const person = rid();
    const hasText = (d: { fields: Record<string, unknown> } | null) => typeof d?.fields['text'] === 'string' && d.fields['text'].trim() !== '';
    void Promise.all([call('drafts:get', { key: commitmentDraftKey(person) }), call('drafts:get', { key: noteDraftKey(person) })])
      .then(([commitment, note]) => {
        if (open() !== 'none' || person !== rid()) return; // opened by hand meanwhile, or another person
        if (hasText(commitment)) setOpen('commitment');
        else if (hasText(note)) setOpen('note');
      })
      .catch(() => undefined); // the buttons still open the forms, and they read their drafts themselves
  });
  let section: HTMLElement | undefined;
  const buttons: Partial<Record<Open, HTMLButtonElement>> = {};
  const saved = () => {
    const was = open();
    setOpen('none');
    props.refresh();
    buttons[was]?.focus(); // the form is gone: focus goes back to the button that opened it, not the page
  };
  const toggle = (which: Open) => {
    setOpen(open() === which ? 'none' : which);
    // Opened to write in: its text takes the typing (a form open since the page loaded does not).
    if (open() === which) section?.querySelector<HTMLElement>('.quick-form textarea')?.focus();
  };
  return (
    <section class="section quick-capture" aria-labelledby="quick-title" ref={section}>
      <h2 id="quick-title">Between conversations</h2>
      <p class="muted">Agreed something in a 1:1? Write it down here, no debrief needed.</p>
      <div class="quick-buttons">
        <button type="button" class="button" ref={buttons.commitment} aria-expanded={open() === 'commitment'} onClick={() => toggle('commitment')}>
          Add a commitment
        </button>
        <button type="button" class="button" ref={buttons.note} aria-expanded={open() === 'note'} onClick={() => toggle('note')}>
          Write a 1:1 note
        </button>
      </div>
      <Switch>
        <Match when={open() === 'commitment'}>
          <QuickCommitmentForm draftKey={rid()} relationshipId={rid()} onSaved={saved} onCancel={() => setOpen('none')} />
        </Match>
        <Match when={open() === 'note'}>
          <QuickNoteForm relationshipId={rid()} onSaved={saved} onCancel={() => setOpen('none')} />
        </Match>
      </Switch>
    </section>
  );
}
