import type { ChangeLine } from './change-line';

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
}

export interface RecordState {
  /** Order within its collection: genesis index or creation clock. */
  o: string;
  f: Record<string, FieldState>;
  /** Removed (the clock of the removal). */
  x?: string;
  /**
   * Removed: the newest field clock the removers had seen (the latest of their lines' `r`, or of the
   * removals' own clocks for a line without one). A field written later raced the removal (racedAt).
   */
  xs?: string;
}

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
    const seen = line.r ?? line.t;
    if (rec.xs === undefined || seen > rec.xs) rec.xs = seen;
  }
  // for…in over a parsed line's own members: no array of entries per line on a 100,000-line open.
  const { s, u } = line;
  for (const field in s) applyField(rec, field, line.t, line.d, s[field]![1], true, s[field]![0]);
  for (const field in u) applyField(rec, field, line.t, line.d, u[field], false, undefined);
}

/** One field's write (`set`: with value `v`; else an unset), clock `t` by device `d`, replacing the value of clock `r`. */
function applyField(rec: RecordState, field: string, t: string, d: string, r: string | undefined, set: boolean, v: unknown): void {
  const cur = rec.f[field];
  if (!cur) {
    rec.f[field] = set ? { t, v, d, r } : { t, d, r };
    return;
  }
  if (t === cur.t || cur.a?.[t]) return; // already applied
  // Copied on write: a field's alternatives object is never changed once a FieldState holds it.
  let alts = cur.a;
  if (r !== undefined && alts && r in alts) {
    alts = { ...alts };
    delete alts[r]; // its writer saw that version and replaced it
  }
  if (t > cur.t) {
    if (r !== cur.t && isText(cur.v) && cur.v !== v) alts = { ...alts, [cur.t]: { v: cur.v, d: cur.d } };
    rec.f[field] = withAlts(set ? { t, v, d, r } : { t, d, r }, alts);
  } else {
    if (cur.r !== t && isText(v) && v !== cur.v) alts = { ...alts, [t]: { v, d } };
    if (alts !== cur.a) rec.f[field] = withAlts({ ...cur }, alts); // an older write that changes nothing shown
  }
}

/**
 * Free text, as opposed to a structured value (an id, a date, a choice from a list): only text is worth
 * offering back, and only text contains whitespace. Structured values simply take the later write.
 */
const isText = (v: unknown): v is string => typeof v === 'string' && /\s/.test(v);

/** The newest clock among a record's fields ('' for a record with none). */
export function newestWrite(rec: RecordState): string {
  let newest = '';
  for (const field in rec.f) if (rec.f[field]!.t > newest) newest = rec.f[field]!.t;
  return newest;
}

/**
 * A removed record written to after everything its removers had seen: the clock of the newest such
 * write, or null (not removed, or removed knowing all of it). Such a write raced the removal, and its
 * words are kept with the removed record until the person brings it back or lets it go (a new removal
 * that has seen it).
 */
export function racedAt(rec: RecordState): string | null {
  if (rec.x === undefined) return null;
  const newest = newestWrite(rec);
  return newest > (rec.xs ?? rec.x) ? newest : null;
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
  for (const [field, f] of Object.entries(rec.f)) if ('v' in f) out[field] = f.v;
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
      const seen = rec.xs ?? rec.x;
      if (seen !== undefined && (target.xs === undefined || seen > target.xs)) target.xs = seen;
    } else if (rec.x !== undefined || Object.values(rec.f).some((f) => take(f.d, f.t))) {
      into.set(key, { o: rec.o, f: {}, ...(rec.x !== undefined ? { x: rec.x, xs: rec.xs ?? rec.x } : {}) });
    } else {
      continue;
    }
    for (const [field, f] of Object.entries(rec.f)) {
      if (take(f.d, f.t)) applyLine(into, 'v' in f ? { ...line(f), s: { [field]: [f.v, f.r ?? ''] } } : { ...line(f), u: { [field]: f.r ?? '' } });
      for (const [t, alt] of Object.entries(f.a ?? {})) if (take(alt.d, t)) applyLine(into, { t, d: alt.d, k: key, s: { [field]: [alt.v, ''] } });
    }
  }
}
