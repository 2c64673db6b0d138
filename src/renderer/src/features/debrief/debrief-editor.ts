import { createSignal, onCleanup } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { Autosave, type SaveState } from '../../lib/autosave';
import { keepInWindow, takeHeldBack } from '../../lib/held-back';
import type { Debrief, DebriefFields } from '../../../../core/model/debrief';

export interface Failure {
  field?: string;
  message: string;
}

const FIELD_KEYS = [
  'heldAt', 'steps', 'theirView', 'diagnosis', 'surprised', 'learned', 'differently', 'fewerCommitmentsReason', 'commitmentDrafts',
  'ownSide',
] as const satisfies readonly (keyof DebriefFields)[];

const fieldsOf = (d: Debrief): DebriefFields =>
  Object.fromEntries(FIELD_KEYS.map((k) => [k, structuredClone(d[k])])) as unknown as DebriefFields;

const describe = (e: unknown): Failure => ({ message: errorMessage(e), ...(e instanceof ApiError && e.field ? { field: e.field } : {}) });

/**
 * The debrief being written: a local copy the fields bind to, saved whole ~600 ms after the last edit,
 * one save at a time. The local copy is never replaced by the store's answer, so a refused save never
 * takes text away; leaving the screen flushes what is pending.
 */
export function createDebriefEditor(relationshipId: string, initial: Debrief) {
  const [fields, setFields] = createStore<DebriefFields>(fieldsOf(initial));
  const [status, setStatus] = createSignal(initial.status);
  const [state, setState] = createSignal<SaveState>('idle');
  const [failure, setFailure] = createSignal<Failure | null>(null);
  /** What the store last took: a field it refuses goes back to this, so the rest is saved without it. */
  let accepted = fieldsOf(initial);
  const store = async (snapshot: DebriefFields) => {
    await call('debriefs:save', { relationshipId, id: initial.id, ...snapshot });
    accepted = structuredClone(snapshot);
  };
  const save = async (snapshot: DebriefFields): Promise<void> => {
    try {
      await store(snapshot);
    } catch (e) {
      // One field refused (a date in the future, a note too long): every other word is saved now, and
      // the refusal still stands, so the field keeps its message and what was typed in it stays on screen.
      const key = e instanceof ApiError ? (e.field?.split('.')[0] as keyof DebriefFields | undefined) : undefined;
      if (key && FIELD_KEYS.includes(key) && JSON.stringify(snapshot[key]) !== JSON.stringify(accepted[key])) {
        await store({ ...snapshot, [key]: structuredClone(accepted[key]) }).catch(() => undefined);
      }
      throw e;
    }
  };
  const autosave = new Autosave<DebriefFields>({
    save,
    merge: (_older, newer) => newer,
    label: 'a debrief',
    holdKey: `debrief:${relationshipId}:${initial.id}`,
    onState: (s, e) => {
      setState(s);
      if (s === 'saved') setFailure(null);
      if (s === 'error') setFailure(describe(e));
    },
  });
  // Text held across a lock, or left when the disk refused it, comes back and is saved again.
  const back = takeHeldBack(`debrief:${relationshipId}:${initial.id}`) as DebriefFields | null;
  if (back) {
    setFields(back);
    autosave.edit(back);
  }
  onCleanup(() => {
    void autosave.flush().then((ok) => {
      if (!ok) for (const item of autosave.held()) keepInWindow(item);
      autosave.dispose();
    });
  });

  const changed = () => autosave.edit(structuredClone(unwrap(fields)));

  return {
    id: initial.id,
    fields,
    status,
    state,
    failure,
    /** The message for a field (or anything under it) when the store refused it. */
    errorFor(path: string): string | undefined {
      const f = failure();
      return f?.field !== undefined && (f.field === path || f.field.startsWith(`${path}.`)) ? f.message : undefined;
    },
    /** Edits through Solid's store setter, then schedules a save. */
    update: ((...args: unknown[]) => {
      (setFields as (...a: unknown[]) => void)(...args);
      changed();
    }) as typeof setFields,
    /** Saves what is pending, then finishes; refusals land beside their field. */
    async finish(): Promise<boolean> {
      if (!(await autosave.flush())) return false;
      try {
        await call('debriefs:finish', { relationshipId, id: initial.id });
        setStatus('done');
        setFields('commitmentDrafts', []);
        setFailure(null);
        return true;
      } catch (e) {
        setFailure(describe(e));
        return false;
      }
    },
    flush: () => autosave.flush(),
    dispose: () => autosave.dispose(),
    /** The whole debrief as it stands on screen (for Undo after a discard). */
    snapshot: (): Debrief => ({ ...structuredClone(initial), ...structuredClone(unwrap(fields)), status: status() }),
  };
}

export type DebriefEditor = ReturnType<typeof createDebriefEditor>;
