import { createEffect, createSignal, on, onCleanup } from 'solid-js';
import { ApiError, call, errorMessage } from './api';
import { Autosave } from './autosave';
import { heldBackSettled, keepInWindow, takeHeldItem } from './held-back';
import { trackPendingSave } from './pending-saves';
import { offerUndo } from './undo';
import { createDraftGate } from './draft-gate';
import { keepBoth } from '../../../core/logic/draft-both';
import { sameJson } from '../../../core/logic/same-json';
import { DRAFT_MAX_CHARS } from '../../../core/model/draft-limits';

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

/**
 * The forms open now, by key, each with the way to bring words back onto its screen: an Undo made after
 * its form was left and opened again puts the words in the open one, which would otherwise save its own
 * words over them.
 */
const openForms = new Map<string, (words: Record<string, unknown>) => Promise<void>>();

/** How long a form waits for its kept draft before it opens as if the lookup had failed (draft-gate.ts). */
const LOOKUP_MS = 5_000;

/** The lookup, or a failure once it has taken LOOKUP_MS: a disk that never answers must not hold a form for good. */
function withinLookupTime<V>(lookup: Promise<V>): Promise<V> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ApiError('storage', 'Mend could not look for words you kept here in time.')), LOOKUP_MS);
  });
  return Promise.race([lookup, late]).finally(() => clearTimeout(timer));
}

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
  // The form takes no change until the kept draft is known (draft-gate.ts): nothing typed over unseen words.
  const gate = createDraftGate(checked);
  const autosave = new Autosave<T>({
    label: o.label,
    merge: (_older, newer) => newer,
    save: (fields) => saveDraft(fields),
    holdKey: o.key,
    // Held words carry what this form opened with while it is unsure (unless too long to hold at all).
    holdOpened: () => (unsure && base.length <= DRAFT_MAX_CHARS ? opened() : undefined),
    onState: (state, e) => {
      setError(state === 'error' ? errorMessage(e) : state === 'saved' ? null : error());
      if (state === 'saved') tellKept(o.key, true);
    },
  });
  const json = () => JSON.stringify(o.snapshot());
  let loaded = false;
  let disposed = false;
  let pristine = '';
  /**
   * The lookup failed: words may be kept on disk, unseen here. Stays so until a save that hands the
   * store what the form opened with has landed (saveDraft).
   */
  let unsure = false;
  /**
   * What the words on screen were written from, as far as kept words go: what the form opened with,
   * or, for words held by an earlier form that could not look either, what that one opened with.
   */
  let base = '';
  const opened = (): T => JSON.parse(base || pristine) as T;
  /** Saves sent while unsure, one after another: the first that lands settles what was kept. */
  let unsureSaves: Promise<unknown> = Promise.resolve();
  /** Kept words the settling save found and laid beside this form's (null: none). */
  let foundBeside: T | null = null;
  /**
   * A save handed the store what the form opened with, and landed: what was kept is settled, and on
   * screen. The form is never unsure again: a second such save would find its own words and lay them
   * beside themselves.
   */
  let settled = false;

  /**
   * The last few drafts this form stored or showed from the disk: a copy of one under another key is
   * these words (Undo moved it there, draft-follow.ts), not words written elsewhere (moveTo).
   */
  const storedHere: unknown[] = [];
  const keptHere = (fields: unknown): void => {
    storedHere.push(fields);
    if (storedHere.length > 8) storedHere.shift();
  };

  /**
   * Stores `fields` as the draft. While unsure, the store is handed what the form opened with, and lays
   * the words beside any kept ones it finds, in the same turn as it reads them (core/store/drafts.ts);
   * those come on screen too, laid beside what is shown now (typing may have gone on meanwhile). If the
   * save is refused the form stays unsure: its words stay in the window, reported as unsaved, and carry
   * what it opened with wherever they are stored later. Saves sent while unsure go one at a time, and
   * one sent before the kept words came on screen is laid beside them too.
   */
  function saveDraft(fields: T): Promise<unknown> {
    if (!unsure) {
      return call('drafts:save', { key: o.key, fields }).then((stored) => {
        keptHere(fields);
        return stored;
      });
    }
    const run = unsureSaves.catch(() => undefined).then(async () => {
      if (!unsure) return call('drafts:save', { key: o.key, fields: foundBeside ? keepBoth(opened(), fields, foundBeside) : fields });
      const { beside } = await call('drafts:save', { key: o.key, fields, opened: opened() });
      unsure = false;
      settled = true;
      setLookupFailed(false);
      if (!beside) return;
      foundBeside = beside as T;
      if (disposed) return;
      o.restore(keepBoth(opened(), JSON.parse(json()) as T, foundBeside));
      setRestored(true);
    });
    unsureSaves = run;
    return run;
  }

  /**
   * Before a draft is forgotten while the lookup had failed: words kept there that this form never
   * showed are left on disk, for the form to show next time, not thrown away unseen. True when they are.
   */
  async function keptUnseen(): Promise<boolean> {
    if (!unsure) return false;
    const draft = await withinLookupTime(call('drafts:get', { key: o.key })).catch(() => undefined);
    // Still cannot look: nothing may be thrown away that was never seen.
    if (draft === undefined) return true;
    return !!draft && !sameJson(draft.fields, opened()) && JSON.stringify(draft.fields) !== json();
  }

  /**
   * What is on screen, changed before the kept draft was looked for, goes to the autosave: with what the
   * form opened with (unsure), so the store lays it beside any words it keeps, unseen here, never over
   * them. Characters the form held meanwhile (draft-gate.ts) are typed in first. For a form left, or a
   * window saved for closing or locking, before the lookup answered. True when there was something.
   */
  function sendUnlooked(): boolean {
    if (loaded || pristine === '' || !gate.typeHeldKeysNow()) return false;
    if (!settled) unsure = true;
    autosave.edit(JSON.parse(json()) as T);
    return true;
  }
  // Closing, quitting and locking flush every autosave (pending-saves.ts): keys held by this form count too.
  const untrackHeldKeys = trackPendingSave({
    label: o.label,
    dirty: () => !loaded && gate.hasTypedKeys(),
    flush: () => (sendUnlooked() ? autosave.flush() : Promise.resolve(true)),
    sendNow: () => void (sendUnlooked() && autosave.sendNow()),
    // What the autosave holds once the keys are in (heldTexts keeps one item per form, the last).
    held: () => (sendUnlooked() ? autosave.held() : []),
  });

  /** Brings words back onto this form's screen, beside what it shows now; resolves once they are stored. */
  async function onScreen(words: Record<string, unknown>): Promise<void> {
    o.restore(keepBoth(JSON.parse(pristine) as T, JSON.parse(json()) as T, words));
    setRestored(true);
    autosave.edit(JSON.parse(json()) as T);
    if (!(await autosave.flush())) throw new ApiError('storage', `${error() ?? 'Mend could not keep them as a draft.'} They are back on screen.`);
  }

  /**
   * Undo of Start over or Let go: the words come back as a draft, beside anything written since (typing
   * after Start over, or words kept on disk this form never showed), never over it. With the form still
   * open they go back on screen and its autosave stores them; once it is gone, the store lays them
   * beside what it keeps. If they cannot be stored they stay in this window, reported as unsaved.
   */
  async function bringBack(kept: T): Promise<void> {
    if (!disposed) return onScreen(kept);
    // Left, and opened again since: into the open form, whose next save would otherwise write over them.
    const open = openForms.get(o.key);
    if (open) return open(kept);
    const from = opened();
    try {
      await call('drafts:save', { key: o.key, fields: kept, opened: from });
    } catch (e) {
      keepInWindow({ key: o.key, label: o.label, fields: kept, opened: from });
      throw e;
    }
    tellKept(o.key, true);
  }

  createEffect(on(() => o.ready?.() ?? true, (ready) => {
    if (!ready || loaded) return;
    pristine = json();
    void withinLookupTime(heldBackSettled()
      .catch(() => undefined)
      .then(() => call('drafts:get', { key: o.key })))
      .then((draft) => {
        // The form is gone (left before the lookup answered): what it showed was kept as it closed.
        if (disposed) return;
        loaded = true;
        setChecked(true);
        // Typed before the draft arrived: what is on screen is newer than the disk's. Words held in the
        // window are left waiting: they are not an older copy of what was typed (that was typed over the
        // record), and may be the only copy of a long text.
        if (json() !== pristine) return autosave.edit(JSON.parse(json()) as T);
        // Text held across a lock is newer than any draft that reached the disk; unless it was held by a
        // form that could not look for that draft: then both are kept, side by side, from what that
        // form opened with (which it carries).
        const heldItem = takeHeldItem(o.key);
        const held = (heldItem?.fields ?? null) as T | null;
        const disk = draft?.fields as T | undefined;
        const from = heldItem?.opened as T | undefined;
        const unseen = from && held && disk && !sameJson(disk, from) && !sameJson(disk, held);
        if (disk) keptHere(disk);
        const kept = unseen ? keepBoth(from, held, disk) : (held ?? disk);
        if (kept && JSON.stringify(kept) !== pristine) {
          o.restore(kept);
          setRestored(true);
        }
        // Held words are unsaved until a save of them lands, even when the screen already shows them
        // (a quick form's text stays on screen): taken here, they must not be forgotten.
        if (held) autosave.edit(JSON.parse(json()) as T);
        openForms.set(o.key, onScreen);
      })
      .catch((e: unknown) => {
        if (disposed) return;
        loaded = true;
        // Unless a save already settled it (a flush while the form waited, draft-gate.ts).
        if (!settled) unsure = true;
        if (json() !== pristine) {
          // Typed before the lookup failed: what is on screen is sent, as on success (held words stay waiting).
          autosave.edit(JSON.parse(json()) as T);
        } else {
          // Words the disk refused earlier are held in this window, not on disk: they need no lookup.
          // Held by a form that could not look either, they were written from what that one opened with.
          const heldItem = takeHeldItem(o.key);
          const held = (heldItem?.fields ?? null) as T | null;
          if (heldItem?.opened) base = JSON.stringify(heldItem.opened);
          if (held && JSON.stringify(held) !== pristine) {
            o.restore(held);
            setRestored(true);
          } else {
            setLookupFailed(true);
          }
          if (held) autosave.edit(JSON.parse(json()) as T);
        }
        openForms.set(o.key, onScreen);
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
    untrackHeldKeys();
    // Typed while the draft was still being looked up (keys the gate held are typed in first): edits were
    // not sent yet, so send them now, with what the form opened with (the kept words were never seen). A
    // late answer would otherwise save them after the form opened again and had read its draft.
    if (!loaded) gate.typeHeldKeysNow();
    if (!loaded && pristine !== '' && json() !== pristine) {
      if (!settled) unsure = true;
      autosave.edit(JSON.parse(json()) as T);
    }
    disposed = true;
    if (openForms.get(o.key) === onScreen) openForms.delete(o.key);
    void autosave.flush().then((ok) => {
      if (!ok) for (const item of autosave.held()) keepInWindow(item);
      autosave.dispose();
    });
  });

  return {
    /** True when the form was filled from a kept draft. */
    restored,
    /** True once the kept draft was looked for, found or not. */
    checked,
    /** True when looking for the kept draft failed: it may exist, unseen here. */
    lookupFailed,
    /** The form's `ref`: holds it (no typing, clicking or saving; the focus, yes) until the kept draft is known. */
    gate: gate.gate,
    /** True when the kept draft has been looked for long enough to say so. */
    slow: gate.slow,
    /** Why the draft could not be kept (the text is still on screen), or null. */
    error,
    /**
     * Sends Save's write of the entry (`send` reads the screen as it sends) with the form held
     * (draft-gate.ts): a key pressed meanwhile does not land in a form about to close. Stored, the form
     * stays held as it closes; refused, it takes keys again with the held characters typed in, and the
     * refusal is thrown on. Only for a Save that closes the form once stored.
     */
    async write<V>(send: () => Promise<V>): Promise<V> {
      const hold = gate.holdForWrite();
      try {
        const stored = await send();
        hold.left();
        return stored;
      } catch (e) {
        hold.refused();
        throw e;
      }
    },
    /** Forgets the draft once its record is saved. */
    async discard(): Promise<void> {
      autosave.drop();
      setRestored(false);
      if (await keptUnseen()) return;
      await call('drafts:clear', { key: o.key });
      tellKept(o.key, false);
    },
    /**
     * The entry came back under a new id (Undo, or "Bring it back", here or on the other computer) while
     * this form showed it gone: what is on screen becomes the draft kept under `key` (the entry's own),
     * so the form opened for the entry next shows these words and its Save updates it, not a second
     * copy. Words kept under `key` already stay too: the copy Undo moved there from this form's own is
     * one this form stored or showed (so what is on screen replaces it), anything else (typed for the
     * entry on its own screen) is laid beside these words. Keys typed while this stores are stored too;
     * once it resolves the form takes no more (the caller puts the entry's screen in its place at
     * once), and the old key is forgotten after. Refused, nothing has moved and the words stay here.
     */
    async moveTo(key: string): Promise<void> {
      // Nothing still on its way to the old key: it would land there after it was cleared.
      if (!(await autosave.flush())) throw new ApiError('storage', error() ?? 'Mend could not keep your words just now.');
      const there = (await call('drafts:get', { key }))?.fields as T | undefined;
      const elsewhere = there && !storedHere.some((mine) => sameJson(mine, there)) ? there : undefined;
      for (let sent = ''; ;) {
        const now = json();
        if (now === sent) break;
        const screen = JSON.parse(now) as T;
        await call('drafts:save', { key, fields: elsewhere && !sameJson(elsewhere, screen) ? keepBoth(opened(), screen, elsewhere) : screen });
        sent = now;
      }
      autosave.drop();
      gate.holdForWrite().left();
      setRestored(false);
      tellKept(key, true);
      // Left under the old key, the words would show twice under "Changes you had not saved"; unless
      // words kept there were never seen here (the look for them failed): those stay, to be shown.
      void keptUnseen().then(async (unseen) => {
        if (unseen) return;
        await call('drafts:clear', { key: o.key });
        tellKept(o.key, false);
      }).catch(() => undefined);
    },
    /**
     * Forgets the words (the person chose to let them go, with the form closing), with Undo: one click
     * must not throw away what may be a long text. Undo keeps them as a draft again.
     */
    async letGo(): Promise<void> {
      const kept = JSON.parse(json()) as T;
      await this.discard();
      offerUndo('Your words are let go.', () => bringBack(kept), 'Your words are back, under “Changes you had not saved”.');
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
      offerUndo('Started over.', () => bringBack(kept), 'What you wrote is back.');
    },
  };
}

export type FormDraft = ReturnType<typeof createFormDraft>;
