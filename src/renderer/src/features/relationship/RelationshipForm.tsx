import { createResource, createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { inTrashMessage } from '../../lib/person-in-trash';
import { goOnFrom, screenNow } from '../../lib/router';
import { showNotice } from '../../lib/notice';
import { useRelationships } from '../../stores/relationships';
import { createFormDraft } from '../../lib/form-draft';
import { DraftNote } from '../../components/DraftNote';
import { ChangedElsewhereNote } from '../alternatives/ChangedElsewhereNote';
import { choiceWords, RewrittenOnBoth, type BothShown } from '../../lib/rewritten-on-both';
import { EntryAlternativesNote } from '../alternatives/EntryAlternativesNote';
import type { Relationship } from '../../../../core/model/relationship';
import '../../styles/drafts.css';
import { Field, describedBy } from '../../components/Field';
import { KIND_LABELS, RELATIONSHIP_KINDS, type RelationshipKind } from '../../../../core/model/relationship-kinds';

interface FormValues {
  name: string;
  role: string;
  kind: RelationshipKind;
  started: string;
  notes: string;
}

const EMPTY: FormValues = { name: '', role: '', kind: 'direct-report', started: '', notes: '' };

const formValues = (r: Relationship): FormValues => ({ name: r.name, role: r.role, kind: r.kind, started: r.started ?? '', notes: r.notes });

/** Add a person (no id) or edit one. On a refused save every typed character stays in the form. */
export function RelationshipForm(props: { id?: string }) {
  const { refresh, all } = useRelationships();
  // Two people with one name is fine (say so, never block): it is a typo or a second journal more often.
  const namesake = () => {
    const name = values.name.trim().toLocaleLowerCase();
    return name ? all()?.find((r) => r.id !== props.id && r.name.trim().toLocaleLowerCase() === name) : undefined;
  };
  const [values, setValues] = createStore<FormValues>({ ...EMPTY });
  const [errors, setErrors] = createStore<Partial<Record<keyof FormValues | 'form', string>>>({});
  const [saving, setSaving] = createSignal(false);
  /**
   * When editing: what the details on screen were written from (Save compares with it): as this visit
   * loaded them, or, for changes kept from an earlier visit, as they were then.
   */
  let opened: FormValues | undefined;
  let loadedDetails: FormValues | undefined;
  /** Words rewritten here and on the other computer: both go on screen before anything is saved. */
  const rewritten = new RewrittenOnBoth<FormValues>(['name', 'role', 'notes'], undefined, choiceWords({ kind: KIND_LABELS }));
  const [loaded] = createResource(
    () => props.id,
    async (id) => {
      const { relationship: r } = await call('journals:get', { relationshipId: id });
      opened = loadedDetails = formValues(r);
      setValues({ ...opened });
      return r;
    },
  );
  /**
   * What Save sends when editing: the details as they are now, with only the fields changed here laid
   * over them, so a change the other computer made meanwhile to another field is not put back.
   */
  const toSave = async (id: string): Promise<FormValues | { both: BothShown<string> }> => {
    if (!opened) return { ...values };
    const { relationship } = await call('journals:get', { relationshipId: id });
    // What is on screen is read after the record: a key typed while Save waited for it is in what
    // Save compares and sends, and never replaced by the versions it may put on screen.
    const typed = { ...values };
    const current = formValues(relationship);
    // Words rewritten here and on the other computer (the notes, say): both go on screen, nothing is saved over either.
    const both = rewritten.check(opened, typed, current, (field, value) => setValues(field, value as never));
    return both ? { both } : rewritten.keepOtherChanges(opened, typed, current);
  };

  const draft = createFormDraft({
    key: props.id ? `person:${props.id}` : 'person:new',
    label: props.id ? 'changes to a person’s details' : 'a new person',
    // Carries what the words were written from (draft-base.ts), for Save after the other computer rewrote them.
    snapshot: () => rewritten.draftOf({ ...values }, opened),
    restore: (saved) => {
      const back = rewritten.fromDraft(saved, loadedDetails);
      if (props.id) opened = back.opened;
      setValues(back.fields);
    },
    ready: () => !props.id || loaded.state === 'ready',
  });

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setErrors({ name: undefined, role: undefined, kind: undefined, started: undefined, notes: undefined, form: undefined });
    setSaving(true);
    const from = screenNow();
    try {
      const next = props.id ? await toSave(props.id) : { ...values };
      if ('both' in next) {
        setErrors(next.both.field as keyof FormValues, next.both.message);
        document.getElementById(`rel-${next.both.field}`)?.focus();
        return;
      }
      const fields = { ...next, started: next.started || null };
      const saved = await draft.write(() => (props.id
        ? call('relationships:update', { id: props.id, ...fields })
        : call('relationships:create', fields)));
      await draft.discard().catch(() => undefined); // saved; a stale draft only offers it back
      await refresh();
      showNotice(props.id ? 'Saved.' : `${saved.name} has a journal now.`);
      goOnFrom(from, '/r/:id', { id: saved.id });
    } catch (err) {
      const field = err instanceof ApiError ? err.field : undefined;
      const key = field && field in EMPTY ? (field as keyof FormValues) : 'form';
      setErrors(key, (await inTrashMessage(err, props.id)) ?? errorMessage(err));
      document.getElementById(key === 'form' ? 'form-error' : `rel-${key}`)?.focus();
    } finally {
      setSaving(false);
    }
  };

  const input = (key: keyof FormValues) => (e: { currentTarget: { value: string } }) => setValues(key, e.currentTarget.value as never);

  return (
    <section class="page narrow" aria-labelledby="rel-form-title">
      <header class="page-head">
        <div>
          <h1 id="rel-form-title">{props.id ? 'Edit details' : 'Add a person'}</h1>
          <p class="lede">
            {props.id ? 'Keep their details current. Nothing else in the journal changes.' : 'Who do you want to rebuild trust with? Only you will ever see this.'}
          </p>
        </div>
      </header>
      <Show when={loaded.error}>
        <p class="error-box" role="alert">{errorMessage(loaded.error)}</p>
      </Show>
      <DraftNote draft={draft} />
      <Show when={props.id}>
        {(id) => (
          <>
            <EntryAlternativesNote relationshipId={id()} recordId={null} some="Some of these details were" />
            <ChangedElsewhereNote relationshipId={id()} />
          </>
        )}
      </Show>
      <form onSubmit={submit} novalidate ref={draft.gate}>
        <Field id="rel-name" label="Name" error={errors.name}>
          <input id="rel-name" type="text" value={values.name} onInput={input('name')} maxLength={400} autofocus
            aria-invalid={!!errors.name}
            aria-describedby={[describedBy('rel-name', undefined, errors.name), namesake() ? 'rel-name-namesake' : ''].filter(Boolean).join(' ') || undefined} />
          <Show when={namesake()}>
            {(other) => (
              <p class="field-warning" id="rel-name-namesake" role="status">
                You already have someone called {other().name}{other().archived ? ' (archived)' : ''}. If this is someone
                else, go ahead; a role helps tell them apart.
              </p>
            )}
          </Show>
        </Field>
        <Field id="rel-role" label="Role" hint="Optional. For example: account lead." error={errors.role}>
          <input id="rel-role" type="text" value={values.role} onInput={input('role')}
            aria-invalid={!!errors.role} aria-describedby={describedBy('rel-role', 'hint', errors.role)} />
        </Field>
        <Field id="rel-kind" label="They are my" error={errors.kind}>
          <select id="rel-kind" value={values.kind} onChange={input('kind')} aria-invalid={!!errors.kind}>
            <For each={RELATIONSHIP_KINDS}>{(k) => <option value={k}>{KIND_LABELS[k]}</option>}</For>
          </select>
        </Field>
        <Field id="rel-started" label="Working together since" hint="Optional." error={errors.started}>
          <input id="rel-started" type="date" value={values.started} onInput={input('started')}
            aria-invalid={!!errors.started} aria-describedby={describedBy('rel-started', 'hint', errors.started)} />
        </Field>
        <Field id="rel-notes" label="Notes" hint="Anything worth remembering about working together. Markdown works." error={errors.notes}>
          <textarea id="rel-notes" rows={6} value={values.notes} onInput={input('notes')}
            aria-invalid={!!errors.notes} aria-describedby={describedBy('rel-notes', 'hint', errors.notes)} />
        </Field>
        <Show when={errors.form}>
          <p class="error-box" id="form-error" tabindex="-1" role="alert">{errors.form}</p>
        </Show>
        <div class="actions">
          <button type="button" class="button" onClick={() => history.back()}>
            Cancel
          </button>
          <button type="submit" class="button primary" disabled={saving()}>
            {saving() ? 'Saving…' : props.id ? 'Save changes' : 'Add person'}
          </button>
        </div>
      </form>
    </section>
  );
}
