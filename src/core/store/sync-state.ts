import type { ChangeLine } from './change-line';
import { GENESIS_CLOCK as GENESIS } from './hlc';
import { isPart, partsOf, putPart, splitFieldsOf } from './split-fields';
import { isWrittenText } from '../model/schema-fields';

/**
 * A journal as a set of records with a clock per field: the state every device's lines fold into.
 * Applying a line is idempotent and commutative (highest clock wins per field; a removal is final), so
 * devices that saw the same lines hold the same journal whatever order the lines came in.
 */
export interface Alternative {
  v: unknown;
  d: string;
}

export interface FieldState {
  t: string;
  /** Absent when the field was unset. */
  v?: unknown;
  d: string;
  /** The clock of the value this write replaced, as its writer saw it. */
  r?: string;
  /** Text written concurrently on another device that did not win: kept for the person to keep or drop. */
  a?: Record<string, Alternative>;
  /**
   * A part laid out from a group a snapshot held whole (folder format 2, before groups were split): which
   * value its write replaced was never kept, so it is not taken as written at the same time as another.
   */
  g?: 1;
}

export interface RecordState {
  /** Order within its collection: genesis index or creation clock. */
  o: string;
  f: Record<string, FieldState>;
  /** Removed (the clock of the removal). */
  x?: string;
  /** Removed: what its removers had seen of it (see Seen); a write they had not raced the removal (racedAt). */
  xs?: Seen;
}

/**
 * Per device, the newest write to a record that its removers had seen. One clock could not say it: a
 * remover may have seen a later write of its own and not an earlier one of another computer. ANY_DEVICE
 * stands for a removal that named nothing (every write up to its own clock counts as seen).
 */
export type Seen = Record<string, string>;
export const ANY_DEVICE = '*';

export type Records = Map<string, RecordState>;
export type Plain = Record<string, unknown>;

export const RELATIONSHIP_KEY = 'relationship';

export function applyLine(records: Records, line: ChangeLine): void {
  let rec = records.get(line.k);
  if (!rec) {
    rec = { o: line.o ?? line.t, f: {} };
    records.set(line.k, rec);
  } else if (line.o !== undefined && line.o < rec.o) {
    rec.o = line.o;
  }
  if (line.x) {
    if (rec.x === undefined || line.t < rec.x) rec.x = line.t;
    rec.xs = addSeen(rec.xs, seenOnLine(line));
  }
  // for…in over a parsed line's own members: no array of entries per line on a 100,000-line open.
  const { s, u } = line;
  for (const field in s) {
    const [v, r] = s[field]!;
    // A whole group, in a line written before groups were split (split-fields.ts): laid out as parts.
    if (typeof v === 'object' && v !== null && splitFieldsOf(line.k)?.has(field)) applyGroup(rec, field, line.t, line.d, r, v);
    else applyField(rec, field, line.t, line.d, r, true, v);
  }
  for (const field in u) {
    if (splitFieldsOf(line.k)?.has(field)) applyGroup(rec, field, line.t, line.d, u[field], undefined);
    else applyField(rec, field, line.t, line.d, u[field], false, undefined);
  }
}

/**
 * A whole group's write (or its unset, `value` undefined) as a write of each of its parts, with the
 * group's clock. Parts held here that it does not hold are unset only where it holds their group: an
 * older Mend that wrote a plan without an apology did not know of apologies, and meant nothing about
 * them. So which parts a group's write touches does not depend on what arrived before it, and lines
 * applied in any order give the same record.
 */
function applyGroup(rec: RecordState, field: string, t: string, d: string, r: string | undefined, value: unknown): void {
  const parts = value === undefined ? [] : partsOf(field, value);
  const named = new Set(parts.map(([part]) => part));
  for (const [part, v] of parts) applyField(rec, part, t, d, r, true, v);
  const prefix = `${field}.`;
  for (const part of Object.keys(rec.f)) {
    if (!part.startsWith(prefix) || named.has(part)) continue;
    if (value === undefined || holdsGroupOf(value, part.slice(prefix.length))) applyField(rec, part, t, d, r, false, undefined);
  }
}

/** Whether `value` holds the group a part's path ("apology.did", under the field) is in. */
function holdsGroupOf(value: unknown, path: string): boolean {
  const names = path.split('.');
  let at = value;
  for (let i = 0; i < names.length - 1; i++) {
    if (typeof at !== 'object' || at === null) return false;
    at = (at as Plain)[names[i]!];
  }
  return typeof at === 'object' && at !== null && !Array.isArray(at);
}

/** One field's write (`set`: with value `v`; else an unset), clock `t` by device `d`, replacing the value of clock `r`. */
function applyField(rec: RecordState, field: string, t: string, d: string, r: string | undefined, set: boolean, v: unknown): void {
  const cur = rec.f[field];
  if (!cur) {
    rec.f[field] = set ? { t, v, d, r } : { t, d, r };
    return;
  }
  // One comparison of clocks fewer per line: a newer clock is not the same one (comparing two clocks is
  // a call into the runtime, about 60 ns; a long log's lines are mostly newer than the value they replace).
  const newer = t > cur.t;
  if ((!newer && t === cur.t) || cur.a?.[t]) return; // already applied
  // Copied on write: a field's alternatives object is never changed once a FieldState holds it.
  let alts = cur.a;
  if (r !== undefined && alts && r in alts) {
    alts = { ...alts };
    delete alts[r]; // its writer saw that version and replaced it
  }
  if (newer) {
    if (r !== cur.t && isWrittenText(field, cur.v) && cur.v !== v) alts = { ...alts, [cur.t]: { v: cur.v, d: cur.d } };
    rec.f[field] = withAlts(set ? { t, v, d, r } : { t, d, r }, alts);
  } else {
    if (cur.r !== t && isWrittenText(field, v) && v !== cur.v) alts = { ...alts, [t]: { v, d } };
    if (alts !== cur.a) rec.f[field] = withAlts({ ...cur }, alts); // an older write that changes nothing shown
  }
}



/** Every write to a record (its fields, and the text versions kept beside them), as [clock, device]. */
function writesTo(rec: RecordState): [string, string][] {
  const out: [string, string][] = [];
  for (const field in rec.f) {
    const f = rec.f[field]!;
    out.push([f.t, f.d]);
    for (const clock in f.a ?? {}) out.push([clock, f.a![clock]!.d]);
  }
  return out;
}

/** Per device, the newest write to a record this computer holds: what its removal line says it had seen (`r`). */
export function seenNow(rec: RecordState): string {
  const newest: Seen = {};
  for (const [t, d] of writesTo(rec)) if (t !== GENESIS && (!(d in newest) || t > newest[d]!)) newest[d] = t;
  return Object.values(newest).sort().join(' ');
}

/** What a removal line says its writer had seen: `r`, clocks that each name their device; all up to its own clock without one. */
export function seenOnLine(line: { t: string; r?: string }): Seen {
  if (line.r === undefined) return { [ANY_DEVICE]: line.t };
  const seen: Seen = {};
  for (const clock of line.r.split(' ')) {
    const device = clock.slice(clock.lastIndexOf('-') + 1);
    if (device && (!(device in seen) || clock > seen[device]!)) seen[device] = clock;
  }
  return seen;
}

/** The two together, device by device, the newer clock kept (a new object: a Seen is never changed in place). */
export function addSeen(a: Seen | undefined, b: Seen): Seen {
  const out: Seen = { ...a };
  for (const device in b) if (!(device in out) || b[device]! > out[device]!) out[device] = b[device]!;
  return out;
}

/**
 * A removed record written to by a write its removers had not seen: the clock of the newest such
 * write, or null (not removed, or removed having seen all of it). Such a write raced the removal (its
 * writer had not heard of it, or the remover had not yet seen it), and its words are kept with the
 * removed record until the person brings it back or lets it go (a new removal that has seen it).
 */
export function racedAt(rec: RecordState): string | null {
  if (rec.x === undefined) return null;
  const seen = rec.xs ?? { [ANY_DEVICE]: rec.x };
  const any = seen[ANY_DEVICE];
  let newest: string | null = null;
  for (const [t, d] of writesTo(rec)) {
    if (t === GENESIS || (any !== undefined && t <= any) || (d in seen && t <= seen[d]!)) continue;
    if (newest === null || t > newest) newest = t;
  }
  return newest;
}

/** Every field's clock in `records`. */
export function fieldClocks(records: Records): Set<string> {
  const out = new Set<string>();
  for (const rec of records.values()) for (const f of Object.values(rec.f)) out.add(f.t);
  return out;
}

/** Drops the alternative versions stamped with one of `clocks` (a field is copied, never changed in place). */
export function dropAlternativesAt(records: Records, clocks: ReadonlySet<string>): void {
  for (const rec of records.values()) {
    for (const [name, f] of Object.entries(rec.f)) {
      if (!f.a || !Object.keys(f.a).some((c) => clocks.has(c))) continue;
      rec.f[name] = withAlts({ ...f }, Object.fromEntries(Object.entries(f.a).filter(([c]) => !clocks.has(c))));
    }
  }
}

function withAlts(f: FieldState, alts: Record<string, Alternative> | undefined): FieldState {
  if (alts && Object.keys(alts).length > 0) f.a = alts;
  else if ('a' in f) delete f.a;
  return f;
}

/** A record's plain value: its set fields. */
export function recordValue(rec: RecordState): Plain {
  const out: Plain = {};
  for (const field in rec.f) {
    const f = rec.f[field]!;
    if (!('v' in f)) continue;
    if (isPart(field)) putPart(out, field, f.v);
    else out[field] = f.v;
  }
  return out;
}

/** The journal the records describe (not yet validated); null when the relationship is absent or removed. */
export function materialize(records: Records, collections: readonly string[]): Plain | null {
  const rel = records.get(RELATIONSHIP_KEY);
  if (!rel || rel.x !== undefined || Object.keys(rel.f).length === 0) return null;
  const out: Plain = { relationship: recordValue(rel) };
  const byCollection = new Map<string, [string, RecordState][]>(collections.map((c) => [c, []]));
  for (const [key, rec] of records) {
    if (rec.x !== undefined || key === RELATIONSHIP_KEY) continue;
    byCollection.get(key.slice(0, key.indexOf('/')))?.push([key, rec]);
  }
  for (const [c, list] of byCollection) {
    list.sort(([ka, a], [kb, b]) => (a.o < b.o ? -1 : a.o > b.o ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0));
    out[c] = list.map(([, rec]) => recordValue(rec));
  }
  return out;
}


/**
 * Merges another copy of the journal's state (a sync tool's conflict copy of a snapshot) into `into`.
 * `take` says which writes (by device and clock) to take from it, all by default: a caller that still
 * has a device's lines in its log leaves that device's writes to the log, which knows what each replaced.
 * Removals and record order are always taken: both only ever move one way.
 */
export function mergeRecords(into: Records, from: Records, take: (device: string, clock: string) => boolean = () => true): void {
  for (const [key, rec] of from) {
    const line = (f: FieldState): ChangeLine => ({ t: f.t, d: f.d, k: key });
    const target = into.get(key);
    if (target) {
      if (rec.o < target.o) target.o = rec.o;
      if (rec.x !== undefined && (target.x === undefined || rec.x < target.x)) target.x = rec.x;
      if (rec.x !== undefined) target.xs = addSeen(target.xs, rec.xs ?? { [ANY_DEVICE]: rec.x });
    } else if (rec.x !== undefined || Object.values(rec.f).some((f) => take(f.d, f.t))) {
      into.set(key, { o: rec.o, f: {}, ...(rec.x !== undefined ? { x: rec.x, xs: rec.xs ?? { [ANY_DEVICE]: rec.x } } : {}) });
    } else {
      continue;
    }
    for (const [field, f] of Object.entries(rec.f)) {
      if (!take(f.d, f.t)) continue;
      let r = f.r ?? '';
      if (f.g) {
        // A group's part from an older snapshot: groups were never offered back, and still are not. An
        // older write lost; a newer one replaces what is here as a later edit would.
        const here = into.get(key)?.f[field];
        if (here && f.t <= here.t) continue;
        if (here) r = here.t;
      }
      applyLine(into, 'v' in f ? { ...line(f), s: { [field]: [f.v, r] } } : { ...line(f), u: { [field]: r } });
    }
    for (const [field, f] of Object.entries(rec.f)) {
      for (const [t, alt] of Object.entries(f.a ?? {})) if (take(alt.d, t)) applyLine(into, { t, d: alt.d, k: key, s: { [field]: [alt.v, ''] } });
    }
  }
}
