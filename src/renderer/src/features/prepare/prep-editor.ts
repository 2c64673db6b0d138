import { createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { Autosave, type SaveState } from '../../lib/autosave';
import { keepInWindow, takeHeldBack } from '../../lib/held-back';
import { onJournalChanged } from '../../lib/live-changes';
import { sameJson } from '../../../../core/logic/same-json';
import { mergeDraftPatch } from './draft-patch';
import type { DraftPatch, Preparation } from '../../../../core/model/preparation';

export type Group = 'coolDown' | 'facts' | 'plan';
type TopKey = 'plannedAt' | 'myCommitment' | 'hypotheses' | 'incidentId';
const GROUPS: readonly Group[] = ['coolDown', 'facts', 'plan'];
const TOP_KEYS: readonly TopKey[] = ['plannedAt', 'myCommitment', 'hypotheses', 'incidentId'];

export interface SaveFailure {
  /** The field path inside the preparation ("facts.camera"), when the store named one. */
  field?: string;
  message: string;
}

/**
 * The preparation being edited: a local copy the fields bind to, autosaved as patches. The local
 * copy is never overwritten by the store's answer, so a refused save never takes text away. What the
 * other computer wrote shows as it arrives, in every field not changed on this screen; a field
 * changed here keeps what was typed.
 */
export function createPrepEditor(relationshipId: string, initial: Preparation) {
  const [prep, setPrep] = createStore<Preparation>(structuredClone(initial));
  const [state, setState] = createSignal<SaveState>('idle');
  const [failure, setFailure] = createSignal<SaveFailure | null>(null);
  /** The fields changed on this screen ("facts.story", "hypotheses"): what arrives does not replace them. */
  const touched = new Set<string>();
  const touchPatch = (patch: DraftPatch) => {
    for (const [key, value] of Object.entries(patch)) {
      if ((GROUPS as readonly string[]).includes(key) && value) for (const sub of Object.keys(value as object)) touched.add(`${key}.${sub}`);
      else touched.add(key);
    }
  };
  const autosave = new Autosave<DraftPatch>({
    save: (patch) => call('preparations:save-draft', { relationshipId, id: initial.id, patch }),
    merge: mergeDraftPatch,
    label: 'a preparation',
    holdKey: `preparation:${relationshipId}:${initial.id}`,
    onState: (s, e) => {
      setState(s);
      if (s === 'saved') setFailure(null);
      if (s === 'error') setFailure(describeFailure(e));
    },
  });
  // Text held across a lock, or left when the disk refused it, comes back and is saved again.
  const back = takeHeldBack(`preparation:${relationshipId}:${initial.id}`) as DraftPatch | null;
  if (back) {
    for (const [key, value] of Object.entries(back)) setPrep(key as never, value as never);
    touchPatch(back);
    autosave.edit(back);
  }
  const show = (value: unknown) => (value !== null && typeof value === 'object' ? reconcile(structuredClone(value)) : value);
  // The other computer's words show here as they arrive, in every field the person has not touched.
  onJournalChanged((id) => {
    if (id !== relationshipId) return;
    void call('journals:get', { relationshipId }).then((journal) => {
      const now = journal.preparations.find((p) => p.id === initial.id);
      if (!now) return;
      const here = unwrap(prep);
      for (const group of GROUPS) {
        for (const [key, value] of Object.entries(now[group])) {
          if (touched.has(`${group}.${key}`) || sameJson((here[group] as Record<string, unknown>)[key], value)) continue;
          setPrep(group, key as never, show(value) as never);
        }
      }
      for (const key of TOP_KEYS) {
        if (touched.has(key) || sameJson(here[key], now[key])) continue;
        setPrep(key, show(now[key]) as never);
      }
    }, () => undefined);
  });
  // Leaving the screen (back to the person, another route) still stores what was typed; if the disk
  // refuses it, the text waits in this window until the preparation opens again.
  onCleanup(() => {
    void autosave.flush().then((ok) => {
      if (!ok) for (const item of autosave.held()) keepInWindow(item);
      autosave.dispose();
    });
  });

  return {
    prep,
    state,
    failure,
    /** The message for a field, or for any field under a list ("hypotheses"), when its save was refused. */
    errorFor: (path: string): string | undefined => {
      const f = failure();
      return f?.field !== undefined && (f.field === path || f.field.startsWith(`${path}.`)) ? f.message : undefined;
    },
    setField<G extends Group, K extends keyof Preparation[G] & string>(group: G, key: K, value: Preparation[G][K]): void {
      setPrep(group, key as never, value as never);
      touched.add(`${group}.${key}`);
      autosave.edit({ [group]: { [key]: value } } as DraftPatch);
    },
    setTop<K extends TopKey>(key: K, value: Preparation[K]): void {
      setPrep(key, value as never);
      touched.add(key);
      autosave.edit({ [key]: value } as DraftPatch);
    },
    flush: () => autosave.flush(),
    /** Moves to another screen once everything typed is stored; stays put (and says why) if not. */
    async goTo(step: number): Promise<boolean> {
      autosave.edit({ step });
      const ok = await autosave.flush();
      if (ok) setPrep('step', step);
      return ok;
    },
  };
}

export type PrepEditor = ReturnType<typeof createPrepEditor>;

function describeFailure(e: unknown): SaveFailure {
  const field = e instanceof ApiError && e.field ? e.field.replace(/^patch\./, '') : undefined;
  return field ? { field, message: errorMessage(e) } : { message: errorMessage(e) };
}
