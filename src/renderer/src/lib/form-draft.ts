import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { call, errorMessage } from './api';
import { Autosave } from './autosave';
import { heldBackSettled, keepInWindow, takeHeldBack } from './held-back';
import { offerUndo } from './undo';
import { mergeTypedOverKept } from './draft-merge';
import { trackPendingSave } from './pending-saves';

export interface FormDraftOptions<T> {
  /** Which form and what for: "incident:new:<person id>", "person:<id>"… */
  key: string;
  /** Text-free words for what is in it ("a new incident"), named if it cannot be saved. */
  label: string;
  /** Every field of the form, read inside a tracking scope: any edit schedules a save. */
  snapshot: () => T;
  /** Puts a kept draft back into the form. */
  restore: (fields: T) => void;
  /** False until the form shows what it edits (a record still loading); the draft is laid over that. */
  ready?: () => boolean;
}

type KeptListener = (key: string, kept: boolean) => void;
const keptListeners = new Set<KeptListener>();

/**
 * Hears every draft this window keeps or forgets (kept: saved by the autosave or by an Undo; forgotten:
 * discarded, or Start over), so a screen can mark what has a change waiting without asking the disk.
 * Returns the way to stop listening.
 */
export function onDraftKept(listener: KeptListener): () => void {
  keptListeners.add(listener);
  return () => keptListeners.delete(listener);
}
const tellKept = (key: string, kept: boolean) => keptListeners.forEach((l) => l(key, kept));

/** Forms left before their draft lookup answered, by key: done once their words are stored (storeOnceLooked). */
const leaving = new Map<string, Promise<void>>();

/**
 * Keeps what a form holds as a draft in the journal folder (drafts:save), through the shared autosave:
 * leaving by the sidebar, closing or a restart never drops it, and coming back puts it back. The draft
 * lives with the journal (durable, encrypted when the journal is), never in the page's storage. Must be
 * created inside a component.
 */
export function createFormDraft<T extends Record<string, unknown>>(o: FormDraftOptions<T>) {
  const [restored, setRestored] = createSignal(false);
  /** The kept draft was looked for (found or not): until then "no draft" is not known. */
  const [checked, setChecked] = createSignal(false);
  /** The look for a kept draft failed: whether one is kept is not known (it may well be, on disk). */
  const [lookupFailed, setLookupFailed] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const autosave = new Autosave<T>({
    label: o.label,
    merge: (_older, newer) => newer,
    save: (fields) => call('drafts:save', { key: o.key, fields }),
    holdKey: o.key,
    onState: (state, e) => {
      setError(state === 'error' ? errorMessage(e) : state === 'saved' ? null : error());
      if (state === 'saved') tellKept(o.key, true);
    },
  });
  const json = () => JSON.stringify(o.snapshot());
  let loaded = false;
  let disposed = false;
  let pristine = '';

  /** The kept draft's lookup, once the form is ready: its fields (undefined: none), or its failure. */
  let lookup: Promise<T | undefined> | null = null;

  /**
   * What the form should hold once the kept words are known: `typed`, the changes made while they were
   * looked up (null: none), laid over `kept` field by field (draft-merge.ts), so neither is thrown away
   * whole. `restored` when kept words came back; null when there is nothing to show or store.
   */
  const combine = (typed: T | null, kept: T | null | undefined): { fields: T; restored: boolean } | null => {
    if (kept && JSON.stringify(kept) !== pristine) {
      return { fields: typed ? mergeTypedOverKept(JSON.parse(pristine) as T, typed, kept) : kept, restored: true };
    }
    return typed ? { fields: typed, restored: false } : null;
  };
  const typedSinceReady = (): T | null => (json() !== pristine ? (JSON.parse(json()) as T) : null);

  createEffect(on(() => o.ready?.() ?? true, (ready) => {
    if (!ready || loaded) return;
    pristine = json();
    // A form of the same key left before its own lookup answered stores its words first (see onCleanup).
    lookup = (leaving.get(o.key) ?? Promise.resolve())
      .then(() => heldBackSettled().catch(() => undefined))
      .then(() => call('drafts:get', { key: o.key }))
      .then((draft) => draft?.fields as T | undefined);
    lookup
      .then((found) => {
        // The form is gone (left before the lookup answered): onCleanup stores what it held.
        if (disposed) return;
        loaded = true;
        setChecked(true);
        // Text held across a lock is newer than any draft that reached the disk. Changes made while the
        // draft was looked up are laid over it: the kept words may be a long text, never to be typed over.
        const shown = combine(typedSinceReady(), (takeHeldBack(o.key) as T | null) ?? found);
        if (shown?.restored) {
          o.restore(shown.fields);
          setRestored(true);
        } else if (shown) {
          autosave.edit(shown.fields);
        }
      })
      .catch((e: unknown) => {
        if (disposed) return;
        loaded = true;
        // Words the disk refused earlier are held in this window, not on disk: they need no lookup.
        const shown = combine(typedSinceReady(), takeHeldBack(o.key) as T | null);
        if (shown?.restored) {
          o.restore(shown.fields);
          setRestored(true);
        } else if (shown) {
          autosave.edit(shown.fields); // typed before the lookup failed: sent, as on success
        } else {
          setLookupFailed(true);
        }
        // Set once the rest is known: a screen reading `checked` never sees "no draft" before it is so.
        setChecked(true);
        setError(errorMessage(e));
      });
  }));
  createEffect(on(json, (now) => {
    // Back to how the form started (Start over): nothing to keep.
    if (loaded && now !== pristine) autosave.edit(JSON.parse(now) as T);
  }, { defer: true }));
  // Leaving the screen sends what is pending at once; if the disk refuses it, the text stays in this
  // window (and is reported as unsaved) until the form opens again.
  onCleanup(() => {
    disposed = true;
    const typed = loaded ? null : typedSinceReady();
    if (lookup && typed) return storeOnceLooked(typed, lookup);
    void autosave.flush().then((ok) => {
      if (!ok) for (const item of autosave.held()) keepInWindow(item);
      autosave.dispose();
    });
  });

  /**
   * Changed while the draft was still being looked up, then left: the changes are stored once the kept
   * words are known, laid over them (storing them at once would write over a draft not yet seen). Until
   * then they count as unsaved (closing waits for them), and the form opened again waits for them too.
   */
  function storeOnceLooked(typed: T, looked: Promise<T | undefined>): void {
    let queued = false;
    const done = looked
      .then((found) => combine(typed, (takeHeldBack(o.key) as T | null) ?? found), () => combine(typed, takeHeldBack(o.key) as T | null))
      .then((shown) => {
        queued = true;
        autosave.edit((shown ?? { fields: typed }).fields);
        return autosave.flush();
      })
      .then((ok) => {
        if (!ok) for (const item of autosave.held()) keepInWindow(item);
        return ok;
      })
      .finally(() => {
        untrack();
        autosave.dispose();
        if (leaving.get(o.key) === settled) leaving.delete(o.key);
      });
    const settled = done.then(() => undefined, () => undefined);
    const untrack = trackPendingSave({
      label: o.label,
      dirty: () => !queued,
      flush: () => done,
      sendNow: () => undefined,
      held: () => (queued ? [] : [{ key: o.key, label: o.label, fields: typed }]),
    });
    leaving.set(o.key, settled);
  }

  return {
    /** True when the form was filled from a kept draft. */
    restored,
    /** True once the kept draft was looked for, found or not. */
    checked,
    /** True when looking for the kept draft failed: it may exist, unseen here. */
    lookupFailed,
    /** Why the draft could not be kept (the text is still on screen), or null. */
    error,
    /** Forgets the draft once its record is saved. */
    async discard(): Promise<void> {
      autosave.drop();
      setRestored(false);
      await call('drafts:clear', { key: o.key });
      tellKept(o.key, false);
    },
    /**
     * Forgets the words (the person chose to let them go, with the form closing), with Undo: one click
     * must not throw away what may be a long text. Undo keeps them as a draft again.
     */
    async letGo(): Promise<void> {
      const kept = JSON.parse(json()) as T;
      await this.discard();
      offerUndo('Your words are let go.', async () => {
        await call('drafts:save', { key: o.key, fields: kept });
        tellKept(o.key, true);
      }, 'Your words are back, under “Changes you had not saved”.');
    },
    /**
     * Empties the form back to how it opened and forgets the draft (the user chose to start over). One
     * click must not throw away what may be a long text: Undo puts it back, as a draft again if the form
     * has been left meanwhile.
     */
    async startOver(): Promise<void> {
      const kept = JSON.parse(json()) as T;
      o.restore(JSON.parse(pristine) as T);
      await this.discard();
      offerUndo('Started over.', async () => {
        await call('drafts:save', { key: o.key, fields: kept });
        tellKept(o.key, true);
        if (disposed) return;
        o.restore(kept);
        setRestored(true);
      }, 'What you wrote is back.');
    },
  };
}

export type FormDraft = ReturnType<typeof createFormDraft>;
