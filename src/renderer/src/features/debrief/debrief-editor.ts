import { createSignal, onCleanup } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { ApiError, call, errorMessage } from '../../lib/api';
import { Autosave, type SaveState } from '../../lib/autosave';
import { keepInWindow, takeHeldBack } from '../../lib/held-back';
import { onJournalChanged } from '../../lib/live-changes';
import { isPlain, sameJson } from '../../../../core/logic/same-json';
import type { Debrief, DebriefFields, DebriefPatch } from '../../../../core/model/debrief';

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

/** The top-level answer a refusal names ("steps" for "patch.steps.perspective.notes"), or undefined. */
const refusedKey = (e: unknown): string | undefined => (e instanceof ApiError ? e.field?.replace(/^patch\./, '').split('.')[0] : undefined);

/** The refusal, with its field named as the screen's fields are (a patch's are under `patch.`). */
const describe = (e: unknown): Failure => ({ message: errorMessage(e), ...(e instanceof ApiError && e.field ? { field: e.field.replace(/^patch\./, '') } : {}) });

/** Only what was changed on this screen: the changed leaves of the fields, nested as in the debrief. */
type Patch = Record<string, unknown>;
type Path = readonly string[];

/** The paths of the leaves that differ (objects are walked; lists and plain values are leaves). */
export function changedPaths(a: unknown, b: unknown, path: Path = []): Path[] {
  if (isPlain(a) && isPlain(b)) {
    return [...new Set([...Object.keys(a), ...Object.keys(b)])].flatMap((k) => changedPaths(a[k], b[k], [...path, k]));
  }
  return sameJson(a, b) ? [] : [path];
}

const leafPaths = (v: unknown, path: Path = []): Path[] =>
  isPlain(v) ? Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...path, k])) : [path];

const at = (v: unknown, path: Path): unknown => path.reduce<unknown>((o, k) => (isPlain(o) ? o[k] : undefined), v);

/** `base` with `patch` laid over it, leaf by leaf (a newer patch over an older one, or a patch over the stored debrief). */
export function overlay<T>(base: T, patch: unknown): T {
  if (!isPlain(base) || !isPlain(patch)) return structuredClone(patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in base ? overlay(base[k], v) : structuredClone(v);
  return out as T;
}

/** The key under which a debrief's unsaved words wait in the window (held-back.ts) for its screen. */
export const debriefHoldKey = (relationshipId: string, id: string): string => `debrief:${relationshipId}:${id}`;

/** What `onScreen` changed from `stored`, as the editor's autosave sends it (to wait for its screen). */
export function unsavedBeside(stored: Debrief, onScreen: Debrief): Patch {
  const from = fieldsOf(onScreen);
  return patchOf(from, changedPaths(fieldsOf(stored), from));
}

function patchOf(from: unknown, paths: readonly Path[]): Patch {
  let out: Patch = {};
  for (const path of paths) {
    const leaf = path.reduceRight<unknown>((inner, k) => ({ [k]: inner }), structuredClone(at(from, path)));
    out = overlay(out, leaf);
  }
  return out;
}

/**
 * The debrief being written: a local copy the fields bind to. Only what is changed on this screen is
 * saved (~600 ms after the last edit, one save at a time), laid over the debrief as stored by the store
 * itself (debriefs:patch), so a
 * field the other computer wrote meanwhile is never written over by this screen's older copy of it.
 * What arrives from the other computer shows in every field not changed here; a field changed here
 * keeps what was typed. The local copy is never replaced by the store's answer, so a refused save
 * never takes text away; leaving the screen flushes what is pending.
 */
export function createDebriefEditor(relationshipId: string, initial: Debrief) {
  const [fields, setFields] = createStore<DebriefFields>(fieldsOf(initial));
  const [status, setStatus] = createSignal(initial.status);
  const [state, setState] = createSignal<SaveState>('idle');
  const [failure, setFailure] = createSignal<Failure | null>(null);
  /** The paths changed on this screen: what arrives from the other computer does not replace them. */
  const touched = new Set<string>();
  const touch = (paths: readonly Path[]) => paths.forEach((p) => touched.add(JSON.stringify(p)));
  const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((k, i) => b[i] === k);
  const touchedPaths = () => [...touched].map((t) => JSON.parse(t) as Path);

  // Only what was changed here is sent; the store lays it over the debrief as stored, in the same turn
  // as the save, so a change from the other computer that landed before this screen heard of it stays.
  const store = async (patch: Patch) => {
    await call('debriefs:patch', { relationshipId, id: initial.id, patch: patch as DebriefPatch });
  };
  const save = async (patch: Patch): Promise<void> => {
    try {
      await store(patch);
    } catch (e) {
      // A field refused (a date in the future, a note too long): every other word is saved now, and the
      // refusal still stands, so the field keeps its message and what was typed in it stays on screen.
      // Each further field refused is left out in turn, so two refused at once never hold back the rest.
      let rest = patch;
      for (let refused: unknown = e; ; ) {
        const key = refusedKey(refused);
        if (!key || !(key in rest)) break;
        const { [key]: _refused, ...others } = rest;
        rest = others;
        if (Object.keys(rest).length === 0) break;
        try {
          await store(rest);
          break;
        } catch (again) {
          refused = again;
        }
      }
      throw e;
    }
  };
  const autosave = new Autosave<Patch>({
    save,
    merge: (older, newer) => overlay(older, newer),
    label: 'a debrief',
    holdKey: debriefHoldKey(relationshipId, initial.id),
    onState: (s, e) => {
      setState(s);
      if (s === 'saved') setFailure(null);
      if (s === 'error') setFailure(describe(e));
    },
  });
  // Text held across a lock, or left when the disk refused it, comes back and is saved again.
  const back = takeHeldBack(debriefHoldKey(relationshipId, initial.id)) as Patch | null;
  if (back) {
    setFields(reconcile(overlay(fieldsOf(initial), back)));
    touch(leafPaths(back));
    autosave.edit(back);
  }
  onCleanup(() => {
    void autosave.flush().then((ok) => {
      if (!ok) for (const item of autosave.held()) keepInWindow(item);
      autosave.dispose();
    });
  });

  /** Shows a stored value at `path` unless this screen changed it (or something in it). */
  const takeIn = (path: Path, value: unknown) => {
    const mine = touchedPaths();
    if (mine.some((t) => isPrefix(t, path))) return;
    if (!mine.some((t) => isPrefix(path, t))) {
      if (!sameJson(at(unwrap(fields), path), value)) {
        const next = value !== null && typeof value === 'object' ? reconcile(structuredClone(value)) : value;
        (setFields as (...a: unknown[]) => void)(...path, next);
      }
      return;
    }
    if (isPlain(value)) for (const [k, v] of Object.entries(value)) takeIn([...path, k], v);
  };
  // The other computer's words show here as they arrive, in every field the person has not touched.
  onJournalChanged((id) => {
    if (id !== relationshipId) return;
    void call('journals:get', { relationshipId }).then((journal) => {
      const now = journal.debriefs.find((d) => d.id === initial.id);
      if (!now) return;
      setStatus(now.status);
      for (const key of FIELD_KEYS) takeIn([key], now[key]);
    }, () => undefined);
  });

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
    /** Edits through Solid's store setter, then schedules a save of what changed. */
    update: ((...args: unknown[]) => {
      const before = structuredClone(unwrap(fields));
      (setFields as (...a: unknown[]) => void)(...args);
      const after = unwrap(fields);
      const paths = changedPaths(before, after);
      if (paths.length === 0) return;
      touch(paths);
      autosave.edit(patchOf(after, paths));
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
    /** Forgets what is waiting to be saved (the debrief was discarded; Undo's copy holds it). */
    drop: () => autosave.drop(),
    /** The whole debrief as it stands on screen (for Undo after a discard). */
    snapshot: (): Debrief => ({ ...structuredClone(initial), ...structuredClone(unwrap(fields)), status: status() }),
  };
}

export type DebriefEditor = ReturnType<typeof createDebriefEditor>;
