import { GENESIS_CLOCK, parseStamp } from './hlc';
import { partsOf, splitFieldsOf } from './split-fields';
import { ANY_DEVICE, racedAt, RELATIONSHIP_KEY, recordValue, type Seen, type Alternative, type FieldState, type Plain, type RecordState, type Records } from './sync-state';

/**
 * The `sync` member of a snapshot: each record's order and clocks (values live in `data`), removed
 * records, what each text field's value replaced, and how many lines of each change log the snapshot
 * has folded in. Per record, `c`/`d` give
 * the clock and device most of its fields share; `f` lists the fields that differ ([clock, device],
 * with a third element 0 for a field that is unset).
 */
interface RecordMeta {
  o: string;
  c: string;
  d: string;
  f?: Record<string, [string, string] | [string, string, 0]>;
  x?: string;
  /** Removed: what its removers had seen of it, per device (RecordState.xs); absent: all up to `x`. */
  xs?: Seen;
  /**
   * Removed: its values, kept while a write raced the removal (until the person chooses) and for a
   * while after any removal, so a write that races it later still finds the entry whole (keptRemoved).
   */
  xv?: Plain;
  a?: Record<string, Record<string, Alternative>>;
  /**
   * Per text field, the clock of the value its write replaced (a line's `r`): without it, an older text
   * merged in again (a conflict copy of a snapshot) could not be told from one written at the same time.
   */
  p?: Record<string, string>;
  /** Parts laid out from a group a format-2 snapshot held whole (FieldState.g), kept so across folds. */
  g?: string[];
}

export interface SnapshotMeta {
  v: 1;
  /** Groups of answers are held part by part (split-fields.ts); absent in a snapshot of folder format 2. */
  split?: 1;
  heads: Record<string, number>;
  r: Record<string, RecordMeta>;
  /**
   * Per log, rows before its head this snapshot does not hold: sealed under a key not here when it was
   * folded (words sealed with an old passphrase). Read again at every open until they can be opened.
   */
  holes?: Record<string, number[]>;
}

/** How far a snapshot holds each log without a gap: its head, or its first hole (for trimming). */
export function heldHeads(heads: ReadonlyMap<string, number>, holes: ReadonlyMap<string, readonly number[]>): Map<string, number> {
  const out = new Map(heads);
  for (const [log, rows] of holes) if (rows.length > 0 && out.has(log)) out.set(log, Math.min(out.get(log)!, Math.min(...rows)));
  return out;
}

/**
 * How long a removed entry's words stay in the snapshot: a computer that was away (a laptop in a
 * drawer) and wrote in the entry meanwhile should still find it whole when its change arrives. Past
 * this, only the removal is kept, as before; the words a late write sets are still kept (racedAt).
 */
export const REMOVED_KEPT_MS = 30 * 86_400_000;

/** A removed record's values stay in the snapshot (see RecordMeta.xv): raced, or removed recently. */
function keptRemoved(rec: RecordState, now: number): boolean {
  if (rec.x === undefined || Object.keys(rec.f).length === 0) return false;
  if (racedAt(rec) !== null) return true;
  const removed = parseStamp(rec.x)?.millis;
  return removed !== undefined && now - removed < REMOVED_KEPT_MS;
}

/** `now`: the folding computer's time, for how long removed records keep their values (REMOVED_KEPT_MS). */
export function metaOf(records: Records, heads: ReadonlyMap<string, number>, now: number, holes: ReadonlyMap<string, readonly number[]> = new Map()): SnapshotMeta {
  const r: Record<string, RecordMeta> = {};
  for (const [key, rec] of records) {
    const fields = Object.entries(rec.f);
    const common = mostCommon(fields.map(([, f]) => f));
    const m: RecordMeta = { o: rec.o, c: common.t, d: common.d };
    for (const [name, f] of fields) {
      const unset = !('v' in f);
      if (f.t !== m.c || f.d !== m.d || unset) (m.f ??= {})[name] = unset ? [f.t, f.d, 0] : [f.t, f.d];
      if (f.a) (m.a ??= {})[name] = f.a;
      // Text only: only text is ever offered back as an "also written" version (sync-state.ts isText).
      if (f.r && typeof f.v === 'string') (m.p ??= {})[name] = f.r;
      if (f.g) (m.g ??= []).push(name);
    }
    if (rec.x !== undefined) {
      m.x = rec.x;
      if (rec.xs !== undefined) m.xs = rec.xs;
      if (keptRemoved(rec, now)) m.xv = recordValue(rec);
    }
    r[key] = m;
  }
  const gaps = [...holes].filter(([, rows]) => rows.length > 0);
  return { v: 1, split: 1, heads: Object.fromEntries(heads), r, ...(gaps.length > 0 ? { holes: Object.fromEntries(gaps.map(([log, rows]) => [log, [...rows]])) } : {}) };
}

function mostCommon(fields: FieldState[]): { t: string; d: string } {
  const counts = new Map<string, number>();
  let best = { t: GENESIS_CLOCK, d: '' };
  let bestCount = 0;
  for (const f of fields) {
    const id = `${f.t}|${f.d}`;
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    if (n > bestCount) [best, bestCount] = [{ t: f.t, d: f.d }, n];
  }
  return best;
}

export function isSnapshotMeta(value: unknown): value is SnapshotMeta {
  const m = value as Partial<SnapshotMeta> | null;
  return typeof m === 'object' && m !== null && m.v === 1 && typeof m.heads === 'object' && typeof m.r === 'object';
}

const isSeen = (v: unknown): v is Seen => typeof v === 'object' && v !== null && Object.values(v).every((c) => typeof c === 'string');

/** Records from a snapshot's journal and its clocks; records the meta does not name get the genesis clock. */
export function recordsFrom(journal: Plain, collections: readonly string[], meta: SnapshotMeta | null, device: string): Records {
  const records: Records = new Map();
  const put = (key: string, genesisOrder: string, value: Plain) => {
    records.set(key, { o: meta?.r[key]?.o ?? genesisOrder, f: fieldsOf(meta?.r[key], value, device, splitFieldsOf(key), !meta?.split) });
  };
  put(RELATIONSHIP_KEY, GENESIS_CLOCK, journal['relationship'] as Plain);
  for (const c of collections) {
    ((journal[c] as Plain[] | undefined) ?? []).forEach((item, i) =>
      put(`${c}/${String(item['id'])}`, `${GENESIS_CLOCK}/${String(i).padStart(8, '0')}`, item),
    );
  }
  for (const [key, m] of Object.entries(meta?.r ?? {})) {
    if (m.x === undefined || records.has(key)) continue;
    // A removed record: its values only while they are kept (xv), else the removal alone.
    const f = m.xv ? fieldsOf(m, m.xv, device, splitFieldsOf(key), !meta?.split) : {};
    records.set(key, { o: m.o, f, x: m.x, xs: isSeen(m.xs) ? m.xs : { [ANY_DEVICE]: m.x } });
  }
  return records;
}

/**
 * A record's fields from its values and its clocks in the meta (the genesis clock where it names none).
 * A split group's parts (split-fields.ts) each take their own clock, or, in a snapshot written before
 * groups were split, the whole group's.
 */
function fieldsOf(m: RecordMeta | undefined, value: Plain, device: string, split: ReadonlySet<string> | undefined, wholeGroups: boolean): Record<string, FieldState> {
  const f: Record<string, FieldState> = {};
  const one = (name: string, v: unknown, group: string) => {
    const [t, d] = m?.f?.[name] ?? m?.f?.[group] ?? [m?.c ?? GENESIS_CLOCK, m?.d ?? device];
    const r = m?.p?.[name];
    f[name] = r === undefined ? { t, v, d } : { t, v, d, r };
  };
  for (const [name, v] of Object.entries(value)) {
    if (!split?.has(name)) one(name, v, name);
    else for (const [part, pv] of partsOf(name, v)) {
      one(part, pv, name);
      if (wholeGroups || m?.g?.includes(part)) f[part]!.g = 1;
    }
  }
  // An unset whole group (written before the split) leaves its parts absent: nothing to keep of it.
  for (const [name, entry] of Object.entries(m?.f ?? {})) if (entry.length === 3 && !split?.has(name)) f[name] = { t: entry[0], d: entry[1] };
  for (const [name, alts] of Object.entries(m?.a ?? {})) if (f[name]) f[name].a = alts;
  return f;
}
