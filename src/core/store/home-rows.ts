import { z } from 'zod';
import type { FileStore } from './file-store';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from './envelope';
import type { RelationshipSummary } from '../model/index-file';
import { numberedPoint, type KeptRows, type PersonRow, type SparkPoint, type VerdictView } from '../logic/home';
import type { TrustCheckInput } from '../model/trust-inputs';
import { currentZoneName } from '../logic/verdict-time';
import { isDomainError } from '../errors';

/**
 * Home's verdicts and sparklines, kept from one start to the next on this computer
 * (devices/<id>/home-rows.json, sealed like the index when the folder is encrypted). Working every
 * verdict out again was about half of opening to Home at L; a verdict reads the same until
 * verdictSteadyUntil's moment, so a row is reused while:
 * - its summary is the one it was worked out for: the index shard it was read from has the checksum the
 *   row records (index-db.ts's keyOf), so any change to that shard works its people's rows out again;
 * - the zone is the same (a bare day's moment depends on it);
 * - the clock reads no earlier than when it was worked out (a clock put back works it out again) and
 *   before its `until`;
 * - it was written by this very code (`CODE`), so a new Mend never shows an older one's words.
 * Anything else, or a file that cannot be read (set aside in damaged/, never overwritten), and the rows
 * are simply worked out again. Nothing here is the only copy of anything.
 */
export const HOME_ROWS_FILE = 'home-rows.json';

declare const __MEND_CORE_KEY__: string | undefined;
/** The build's fingerprint of core's code (electron.vite.config.ts); run from source, "source". */
const CODE = `1:${typeof __MEND_CORE_KEY__ === 'string' ? __MEND_CORE_KEY__ : 'source'}`;

interface WireRow {
  key: string;
  from: number;
  /** null: nothing dated will move it (Infinity, which JSON cannot hold). */
  until: number | null;
  verdict: VerdictView;
  /**
   * The sparkline's checks, by their place in the summary's list of checks (the key says it is the same
   * list): a point is read from its check again, so the file holds a few numbers, not every point.
   */
  spark: number[];
}
interface RowsFile {
  code: string;
  zone: string;
  rows: Record<string, WireRow>;
}

// Written and read by this computer alone, sealed by its checksum: read back by its form, as the index is.
const spec: EnvelopeSpec<RowsFile> = { kind: 'index', version: 1, schema: z.custom<RowsFile>(isRowsFile), migrations: {}, indent: 0, ascii: true };

// Core has no host typings; both Node and browsers have setTimeout.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
const afterQueued = (): Promise<void> => new Promise((resolve) => host.setTimeout(resolve, 0));

/** What a kept row needs to say which summary it was worked out for. */
export type SummaryKey = (summary: RelationshipSummary) => string | null;

interface InMemory {
  zone: string;
  from: number;
  row: PersonRow;
}

export class HomeRows implements KeptRows {
  /** Rows worked out in this run, by the summary object they were worked out for. */
  private readonly memory = new WeakMap<RelationshipSummary, InMemory>();
  private changed = false;
  /** The zone rows were last worked out or read back in: the file keeps that zone's rows only. */
  private latestZone: string | null = null;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly files: FileStore,
    /** null: rows are kept for this run only (a store without a device: tools, whole-file tests). */
    private readonly path: string | null,
    private readonly keyOf: SummaryKey,
    /** The last run's rows, when they were kept by this code. */
    private readonly kept: RowsFile | null,
  ) {}

  static async open(files: FileStore, path: string | null, keyOf: SummaryKey, now: () => Date): Promise<HomeRows> {
    if (path === null) return new HomeRows(files, null, keyOf, null);
    let bytes: Uint8Array | null;
    try {
      bytes = await files.read(path);
    } catch (e) {
      // Sealed and cannot be opened here: set aside. Not read for another reason: left as it is, and
      // nothing is written over it in this run.
      if (isDomainError(e) && e.code === 'damaged') return HomeRows.setAside(files, path, keyOf, now);
      return new HomeRows(files, null, keyOf, null);
    }
    if (!bytes) return new HomeRows(files, path, keyOf, null);
    try {
      const kept = decodeEnvelope(spec, bytes);
      return new HomeRows(files, path, keyOf, kept.code === CODE ? kept : null);
    } catch {
      return HomeRows.setAside(files, path, keyOf, now);
    }
  }

  /** Moves a file that cannot be read to damaged/; if it cannot be moved, nothing is written over it in this run. */
  private static async setAside(files: FileStore, path: string, keyOf: SummaryKey, now: () => Date): Promise<HomeRows> {
    const moved = await files.move(path, `damaged/home-rows-${now().toISOString().replace(/[:.]/g, '-')}.json`).then(
      () => true,
      () => false,
    );
    return new HomeRows(files, moved ? path : null, keyOf, null);
  }

  get(summary: RelationshipSummary, nowMs: number): PersonRow | null {
    const zone = currentZoneName();
    if (zone === null) return null;
    const here = this.memory.get(summary);
    if (here && here.zone === zone && here.from <= nowMs && nowMs < here.row.until) return here.row;
    const wire = this.kept?.zone === zone ? this.kept.rows[summary.id] : undefined;
    if (!wire || wire.from > nowMs || nowMs >= (wire.until ?? Number.POSITIVE_INFINITY) || wire.key !== this.keyOf(summary)) return null;
    const points = pointsAt(summary.trust?.checks ?? [], wire.spark);
    if (points === null) return null;
    const row: PersonRow = { verdict: wire.verdict, spark: { points, places: wire.spark }, until: wire.until ?? Number.POSITIVE_INFINITY };
    this.memory.set(summary, { zone, from: wire.from, row });
    this.latestZone = zone;
    return row;
  }

  set(summary: RelationshipSummary, nowMs: number, row: PersonRow): void {
    const zone = currentZoneName();
    if (zone === null) return;
    this.memory.set(summary, { zone, from: nowMs, row });
    this.latestZone = zone;
    this.changed = true;
  }

  /**
   * Writes the rows of `summaries` worked out since the last write, when there are any: in the
   * background, one write at a time, never failing (the rows are worked out again if it does not land).
   */
  keep(summaries: readonly RelationshipSummary[], indexWritten: () => Promise<void> = async () => undefined): Promise<void> {
    const path = this.path;
    if (!this.changed || path === null) return this.writing;
    this.changed = false;
    // After what is queued now (the answer on its way to the window): the encoding is not on its path.
    // And after the index has the summaries of saves made just before: until then they have no key.
    const run = this.writing.then(afterQueued).then(indexWritten).then(() => {
      const file = this.fileOf(summaries);
      return file ? this.files.write(path, encodeEnvelope(spec, file)) : undefined;
    });
    this.writing = run.catch(() => undefined);
    return this.writing;
  }

  /** Resolves once the write asked for last has landed or failed. */
  flushed(): Promise<void> {
    return this.writing;
  }

  /** The rows of the latest zone's work, each under its summary's key as the index holds it now. */
  private fileOf(summaries: readonly RelationshipSummary[]): RowsFile | null {
    const zone = this.latestZone;
    if (zone === null) return null;
    const rows: Record<string, WireRow> = {};
    for (const summary of summaries) {
      const here = this.memory.get(summary);
      const key = this.keyOf(summary);
      // Its summary is not in the index (its write failed, or a newer save replaced it): kept next time.
      if (here && key === null) this.changed = true;
      if (!here || key === null || here.zone !== zone) continue;
      const { verdict, spark, until } = here.row;
      rows[summary.id] = { key, from: here.from, until: Number.isFinite(until) ? until : null, verdict, spark: spark.places };
    }
    return { code: CODE, zone, rows };
  }
}

/** The points of the checks at `places`; null if one is not a point (then the row is worked out again). */
function pointsAt(checks: readonly TrustCheckInput[], places: readonly number[]): SparkPoint[] | null {
  const points: SparkPoint[] = [];
  for (const place of places) {
    const check = checks[place];
    const point = check ? numberedPoint(check) : null;
    if (point === null) return null;
    points.push(point);
  }
  return points;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTextOrNull = (v: unknown): boolean => v === null || typeof v === 'string';

function isRowsFile(value: unknown): boolean {
  if (!isRecord(value) || typeof value['code'] !== 'string' || typeof value['zone'] !== 'string' || !isRecord(value['rows'])) return false;
  return Object.values(value['rows']).every(isWireRow);
}

function isWireRow(row: unknown): boolean {
  if (!isRecord(row) || typeof row['key'] !== 'string' || typeof row['from'] !== 'number') return false;
  if (row['until'] !== null && typeof row['until'] !== 'number') return false;
  const v = row['verdict'];
  if (!isRecord(v) || typeof v['kind'] !== 'string' || !isTextOrNull(v['qualifier']) || typeof v['label'] !== 'string') return false;
  if (typeof v['reason'] !== 'string' || typeof v['why'] !== 'string' || typeof v['lagFlag'] !== 'boolean' || !isTextOrNull(v['lagNote'])) return false;
  const spark = row['spark'];
  return Array.isArray(spark) && spark.every((p) => Number.isInteger(p) && p >= 0);
}
