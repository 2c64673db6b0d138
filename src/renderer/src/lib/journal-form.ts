import { createResource, createSignal } from 'solid-js';
import { focusProblem } from './keep-focus';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { inTrashMessage } from './person-in-trash';
import { ApiError, call } from './api';
import { go, goOnFrom, screenNow } from './router';
import { showNotice } from './notice';
import { fromLocalInput } from './dates';
import { createFormError } from './form-error';
import { createFormDraft } from './form-draft';
import { savedId } from './draft-follow';
import { createGoneWords, focusEntryGone, type Gone } from '../components/EntryGone';
import { followEntryBack } from './follow-back';
import type { Journal } from '../../../core/model/journal';
import { RewrittenOnBoth, type BothShown, type DescribeChoice, type EntryRule } from './rewritten-on-both';
import { useRelationships } from '../stores/relationships';

/** Every journal form has a moment, typed in a datetime-local field named "at". */
export interface DatedValues {
  at: string;
  [field: string]: unknown;
}

export interface JournalFormOptions<T extends DatedValues> {
  /** The person the entry belongs to; Save and Cancel both go back to their page. */
  relationshipId: string;
  /** How the form opens when nothing is kept and nothing is being edited. */
  initial: T;
  /**
   * The fields of free words, however short: rewritten on this computer and the other, both versions go
   * on screen before Save (RewrittenOnBoth). The others are dates and choices.
   */
  text: readonly (keyof T & string)[];
  /** A rule the whole entry keeps (a rating needs evidence), checked on this computer's and the other's changes together. */
  rule?: EntryRule<T>;
  /** The screen's words for its choices, said when the other computer changed one too (choiceWords). */
  describe?: DescribeChoice;
  /** Draft key ("repair-bid:new:<person id>") and text-free words for it ("a repair attempt"). */
  draft: { key: string; label: string };
  /** When editing: the stored record's values, laid over `initial` once the journal arrives. */
  load?: (journal: Journal) => Partial<T> | undefined;
  /** Stores the entry; `at` is the moment as an ISO string. A refusal is shown beside its field. */
  save: (values: T, at: string) => Promise<unknown>;
  /** What the notice says once it is stored. */
  saved: string;
  /**
   * When editing: the record's timeline key ("repair-bid:<id>"). Once saved, the person's page opens at
   * that entry, where the edit began, not at its top.
   */
  entry?: string;
  /**
   * When editing: what the entry is called ("1:1 note") and how to store the words as a new one, for an
   * entry removed meanwhile (here, or on another computer). The page then says it is gone and, with
   * words kept or typed, offers to save them as a new entry: never a blank form, never words stranded
   * under an id no Edit link leads to any more.
   */
  asNew?: { kind: string; save: (values: T, at: string) => Promise<unknown> };
}

/** The timeline key of an entry saved as new: `entry`'s kind ("monitoring:<old id>") with the new record's id. */
function newEntryKey(entry: string, saved: unknown): string | undefined {
  const id = savedId(saved);
  return id ? `${entry.slice(0, entry.lastIndexOf(':') + 1)}${id}` : undefined;
}

/**
 * The state every "log one thing about this person" form shares: the person's journal (for their
 * name), the values, a draft kept through the shared autosave (so leaving, closing or a restart
 * never drops what was typed, and coming back puts it back), one error shown beside its field, and
 * a submit that checks the moment, saves, forgets the draft and goes back to the person.
 */
export function createJournalForm<T extends DatedValues>(o: JournalFormOptions<T>) {
  const [v, setV] = createStore<T>(structuredClone(o.initial));
  /** Editing an entry that is not in the journal (any more): 'opened' found so, 'saving' refused so. */
  const [gone, setGone] = createSignal<Gone>(null);
  /**
   * When editing: what the words on screen were written from (Save compares with it): the values as the
   * form loaded them, or, for words kept from an earlier visit, the record as it was then.
   */
  let opened: T | undefined;
  /** When editing: the values as this visit loaded them. */
  let loaded: T | undefined;
  /** Words rewritten here and on the other computer: both go on screen before anything is saved. */
  const rewritten = new RewrittenOnBoth<T>(o.text, o.rule, o.describe);
  const [journal] = createResource(
    () => o.relationshipId,
    async (id) => {
      const j = await call('journals:get', { relationshipId: id });
      const stored = o.load?.(j);
      if (stored) {
        setV(stored as T);
        opened = loaded = JSON.parse(JSON.stringify(v)) as T;
      } else if (o.load) setGone('opened');
      return j;
    },
  );
  /** The person's name as it is now: a rename on the other computer shows while the form is open. */
  const names = relationshipNames();
  const current = () => {
    const j = journal();
    const name = names()?.find((r) => r.id === o.relationshipId)?.name;
    return j && name && name !== j.relationship.name ? { ...j, relationship: { ...j.relationship, name } } : j;
  };
  const draft = createFormDraft({
    key: o.draft.key,
    label: o.draft.label,
    // An edit's draft carries what its words were written from (draft-base.ts): coming back to it after
    // the other computer rewrote them, Save still sees both sides changed.
    snapshot: () => rewritten.draftOf(JSON.parse(JSON.stringify(v)) as T, opened),
    restore: (kept) => {
      const back = rewritten.fromDraft(kept, loaded);
      if (o.load) opened = back.opened;
      setV(back.fields);
    },
    ready: () => !o.load || journal.state === 'ready',
  });
  const errors = createFormError();
  const [saving, setSaving] = createSignal(false);
  /** When editing: the id of the entry ("monitoring:<id>" names it). */
  const entryId = o.load && o.entry ? o.entry.slice(o.entry.lastIndexOf(':') + 1) : undefined;
  /** What the screen has of the words, with its entry gone (EntryGone.tsx). */
  const goneWords = createGoneWords(gone, draft);
  /** The entry is back under a new id: the screen goes on to it, with the words (Save waits meanwhile). */
  const follow = followEntryBack({ relationshipId: o.relationshipId, entryId, gone, words: goneWords, saving, draft, draftKey: o.draft.key });
  /** Fields that show their own error; any other error is shown under the form. */
  const beside = new Set<string>();
  const back = () => go('/r/:id', { id: o.relationshipId });
  /**
   * Cancel. On an edit it leaves the change waiting (as leaving does), offered back on the next Edit.
   * With the entry gone the page has just said "press Cancel to let them go": no Edit link leads to
   * those words any more, so they are let go, with Undo (which keeps them on the person's page).
   */
  const cancel = async () => {
    if (gone() !== null) await draft.letGo().catch(() => undefined);
    back();
  };

  /**
   * Stores an edit (or a new entry). An edit sends the record as it is now with only the fields changed
   * here laid over it, so what the other computer changed meanwhile is not put back as it was. A record
   * no longer there is sent as typed, and the core says it is gone.
   */
  const saveChanges = async (at: string): Promise<{ saved: unknown } | { both: BothShown<string, T> }> => {
    if (!o.load || !opened) return { saved: await draft.write(() => o.save(v, at)) };
    const stored = o.load(await call('journals:get', { relationshipId: o.relationshipId }));
    // What is on screen is read after the record: a key typed while Save waited for it is in what
    // Save compares and sends, and never replaced by the versions it may put on screen.
    const typed = JSON.parse(JSON.stringify(v)) as T;
    if (!stored) return { saved: await draft.write(() => o.save(typed, at)) };
    const current = { ...typed, ...stored } as T;
    // Words rewritten here and on the other computer: both go on screen, nothing is saved over either.
    const both = rewritten.check(opened, typed, current, (field, value) => setV(field as never, value as never));
    if (both) return { both };
    const next = rewritten.keepOtherChanges(opened, typed, current);
    // The moment as it is now, unless changed here.
    return { saved: await draft.write(() => o.save(next, fromLocalInput(next.at) ?? at)) };
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (follow.moving()) return;
    const at = fromLocalInput(v.at);
    if (!at) {
      errors.setError({ field: 'at', message: 'Use a full date and time.' });
      return focusProblem();
    }
    setSaving(true);
    const from = screenNow();
    const asNew = gone() !== null ? o.asNew : undefined;
    try {
      // Back already (the screen not told yet): it goes on to the entry with the words, never a second one.
      if (asNew && (await follow.backInsteadOfNew())) return;
      const result = asNew ? { saved: await draft.write(() => asNew.save(v, at)) } : await saveChanges(at);
      if ('both' in result) {
        if (result.both.merged) setV(result.both.merged); // both computers' changes, as Save would send them
        errors.setError({ field: result.both.field, message: result.both.message });
        return focusProblem();
      }
      const { saved } = result;
      await draft.discard().catch(() => undefined); // saved; a stale draft only offers it back
      if (asNew) {
        showNotice(`Saved as a new ${asNew.kind}.`);
        // It opens where the new entry is, as an edit does, not at the top of the page.
        const entry = o.entry && newEntryKey(o.entry, saved);
        if (entry) goOnFrom(from, '/r/:id/entry/:entry', { id: o.relationshipId, entry });
        else goOnFrom(from, '/r/:id', { id: o.relationshipId });
        return;
      }
      showNotice(o.saved);
      if (o.entry) goOnFrom(from, '/r/:id/entry/:entry', { id: o.relationshipId, entry: o.entry });
      else goOnFrom(from, '/r/:id', { id: o.relationshipId });
    } catch (err) {
      // The whole person went to the Trash: saving the entry as a new one could not help either.
      const inTrash = await inTrashMessage(err, o.relationshipId);
      if (inTrash) {
        errors.setError({ message: inTrash });
        return focusProblem();
      }
      if (err instanceof ApiError && err.code === 'not-found' && o.load && o.asNew && !asNew) {
        // Removed while it was being edited: the page says so, the words stay, Save now keeps them as new.
        errors.setError(null);
        setGone('saving');
        focusEntryGone();
        return;
      }
      errors.fromCaught(err);
      focusProblem(); // the field that says why, not Save (where focus stayed, the message unseen below)
    } finally {
      setSaving(false);
    }
  };

  return {
    /** The person's journal as the form opened it, under the person's current name. */
    journal: current,
    /** Editing an entry no longer in the journal: how it was found out, or null. */
    gone,
    /** What the screen has of the words for an entry gone, or null while it is there. */
    goneWords,
    /** The entry is back, but the words could not go on to it: why (the page says so), or null. */
    stuck: follow.stuck,
    /** What the entry is called, when its words can be saved as a new one. */
    asNewKind: o.asNew?.kind,
    relationshipId: o.relationshipId,
    /** Editing an entry already in the journal (not writing a new one). */
    editing: o.load !== undefined,
    /** The id of the entry being edited ("monitoring:<id>" names it), for the note on text written on two computers. */
    entryId,
    v,
    setV: setV as SetStoreFunction<T>,
    /** Sets one text field by name (for the shared field components). */
    setText: (field: keyof T & string, text: string) => setV(field as never, text as never),
    draft,
    saving,
    submit,
    back,
    cancel,
    error: errors.error,
    /** The error beside `field`, if any; calling it marks the field as one that shows its own. */
    errorFor: (field: string) => {
      beside.add(field);
      return errors.errorFor(field);
    },
    /** An error no field on screen shows (a refusal about the whole form). */
    formError: () => {
      const e = errors.error();
      return e && !beside.has(e.field ?? '') ? e.message : undefined;
    },
  };
}

/** Every person's current name, refreshed when another computer changes one; none outside the app's provider. */
function relationshipNames(): () => { id: string; name: string }[] | undefined {
  try {
    return useRelationships().all;
  } catch {
    return () => undefined;
  }
}

export type JournalForm<T extends DatedValues> = ReturnType<typeof createJournalForm<T>>;
