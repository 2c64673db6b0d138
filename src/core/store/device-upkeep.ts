import { z } from 'zod';
import type { FileStore } from './file-store';
import { decodeEnvelope, encodeEnvelope, type EnvelopeSpec } from './envelope';
import { decodeLog, encodeTrimMarker } from './change-line';
import { rewriteLog } from './log-edit';
import { heldWhole } from './whole-sealed-log';
import { DEVICES_FOLDER } from './device-state';
import { conflictCopyOf, LOG_NAME } from './sync-names';
import { cutBetweenCharacters } from '../logic/cut-text';
import { sameJson } from '../logic/same-json';

/**
 * What each computer tells the others through its own devices/<id>.json: its name, when it last
 * had the folder open, how far into each change log the snapshots it holds reach ("folded"), and the
 * computers it was told to forget. A computer trims its own logs only up to the line every computer it
 * still knows has folded, so no computer ever needs a line that is gone. Each writes only its own file.
 */
/** Beside each computer's state folder, so one listing of devices/ finds every computer's record. */
export const deviceRecordPath = (id: string): string => `${DEVICES_FOLDER}/${id}.json`;
const DEVICE_ID = /^[0-9a-f]{16}$/;
/**
 * A record is never sealed: it holds a computer's name, times and log positions, no journal text, and a
 * computer that has not yet unlocked since the other one switched encryption on (or is still open from
 * before) must still be able to tell the person which computer wrote what.
 */
export const isDeviceRecordPath = (rel: string): boolean => /^devices\/[0-9a-f]{16}\.json$/.test(rel);
/** A computer may be forgotten once it has not opened the folder for this long. */
export const FORGET_AFTER_DAYS = 30;
const DAY_MS = 86_400_000;

const recordSchema = z.strictObject({
  name: z.string().max(200),
  lastSeen: z.string().max(40),
  folded: z.record(z.string().max(300), z.number().int().min(0)),
  forgotten: z.record(z.string().regex(DEVICE_ID), z.string().max(40)),
});
type DeviceRecord = z.infer<typeof recordSchema>;
const recordSpec: EnvelopeSpec<DeviceRecord> = { kind: 'settings', version: 1, schema: recordSchema, migrations: {} };

export interface DeviceInfo {
  id: string;
  name: string;
  /** ISO time it last had the folder open; null for a computer known only by its change logs. */
  lastSeen: string | null;
  thisDevice: boolean;
  /** Forgotten: it no longer holds trimming back (until it opens the folder again). */
  forgotten: boolean;
  canForget: boolean;
}

/** The parts of a loaded journal upkeep reads: how far the snapshot on disk reaches into each log. */
export interface FoldedJournal {
  readonly id: string;
  readonly snapshotHeads: ReadonlyMap<string, number>;
}

/**
 * A record that says the same, written less than this long ago, is not written again: "last seen" need
 * not be finer (a computer may be forgotten after 30 days), and each write is a durable one, at every
 * start and once a minute while Mend is open.
 */
export const RECORD_FRESH_MS = 10 * 60_000;

export class DeviceUpkeep {
  private readonly folded = new Map<string, number>();
  private forgotten: Record<string, string> = {};
  /** This computer's record as it is on disk (as read at open, then as last written). */
  private onDisk: DeviceRecord | null = null;

  private constructor(
    private readonly files: FileStore,
    private readonly device: { id: string; name: string },
    private readonly now: () => Date,
  ) {}

  static async open(files: FileStore, device: { id: string; name: string }, now: () => Date): Promise<DeviceUpkeep> {
    const upkeep = new DeviceUpkeep(files, device, now);
    const own = await readDeviceRecord(files, device.id);
    for (const [log, n] of Object.entries(own?.folded ?? {})) upkeep.folded.set(log, n);
    upkeep.forgotten = own?.forgotten ?? {};
    upkeep.onDisk = own;
    return upkeep;
  }

  /** Takes note of how far the snapshot this computer holds for a journal reaches. */
  note(journal: FoldedJournal): void {
    for (const [log, n] of journal.snapshotHeads) if (conflictCopyOf(log) === null) this.folded.set(log, n);
  }

  private saving: Promise<void> = Promise.resolve();

  /** Writes this computer's record (name, last seen now, what it has folded, whom it forgot), one write at a time. */
  save(): Promise<void> {
    const run = this.saving.then(() => this.write());
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async write(): Promise<void> {
    const record: DeviceRecord = {
      name: cutBetweenCharacters(this.device.name, { units: 200 }),
      lastSeen: this.now().toISOString(),
      folded: Object.fromEntries(this.folded),
      forgotten: this.forgotten,
    };
    if (this.saysTheSame(record)) return;
    await this.files.write(deviceRecordPath(this.device.id), encodeEnvelope(recordSpec, record));
    this.onDisk = record;
  }

  /** The record on disk says all `record` says, and its "last seen" is recent (not in the future). */
  private saysTheSame(record: DeviceRecord): boolean {
    const disk = this.onDisk;
    if (!disk) return false;
    const age = Date.parse(record.lastSeen) - Date.parse(disk.lastSeen);
    if (!(age >= 0 && age < RECORD_FRESH_MS)) return false;
    return disk.name === record.name && sameJson(disk.folded, record.folded) && sameJson(disk.forgotten, record.forgotten);
  }

  /** Every computer seen in this folder: by its record, or only by its change logs. */
  async devices(): Promise<DeviceInfo[]> {
    const { records, forgottenAt } = await this.allRecords();
    const ids = new Set([this.device.id, ...records.keys(), ...(await logDevices(this.files))]);
    const cutoff = this.now().getTime() - FORGET_AFTER_DAYS * DAY_MS;
    return [...ids].map((id) => {
      const record = records.get(id) ?? null;
      const lastSeen = record?.lastSeen ?? null;
      const thisDevice = id === this.device.id;
      const forgotten = !thisDevice && forgottenAt.has(id) && (lastSeen === null || lastSeen <= forgottenAt.get(id)!);
      const long = lastSeen === null || Date.parse(lastSeen) < cutoff;
      return { id, name: shownName(thisDevice ? this.device.name : (record?.name ?? null), thisDevice), lastSeen, thisDevice, forgotten, canForget: !thisDevice && !forgotten && long };
    });
  }

  /** Forgets a computer not seen for a long time: it no longer holds trimming back. */
  async forget(id: string): Promise<boolean> {
    const found = (await this.devices()).find((d) => d.id === id);
    if (!found?.canForget) return false;
    this.forgotten = { ...this.forgotten, [id]: this.now().toISOString() };
    await this.save();
    return true;
  }

  /** The line of `log` every computer still known has folded into a snapshot (0 when one has not said). */
  async trimPoint(log: string, devices?: DeviceInfo[]): Promise<number> {
    const known = (devices ?? (await this.devices())).filter((d) => !d.forgotten);
    const { records } = await this.allRecords();
    let point = Infinity;
    for (const d of known) point = Math.min(point, d.thisDevice ? (this.folded.get(log) ?? 0) : (records.get(d.id)?.folded[log] ?? 0));
    return Number.isFinite(point) ? point : 0;
  }

  private async allRecords(): Promise<{ records: Map<string, DeviceRecord>; forgottenAt: Map<string, string> }> {
    const records = new Map<string, DeviceRecord>();
    for (const id of (await this.files.list(DEVICES_FOLDER)).map((n) => n.replace(/\.json$/, '')).filter((n) => DEVICE_ID.test(n))) {
      const record = id === this.device.id ? null : await readDeviceRecord(this.files, id);
      if (record) records.set(id, record);
      else if (id !== this.device.id) records.set(id, { name: 'A computer whose record could not be read', lastSeen: new Date(0).toISOString(), folded: {}, forgotten: {} });
    }
    const forgottenAt = new Map<string, string>();
    for (const r of [...records.values(), { forgotten: this.forgotten }]) {
      for (const [id, at] of Object.entries(r.forgotten)) if (!forgottenAt.has(id) || at > forgottenAt.get(id)!) forgottenAt.set(id, at);
    }
    return { records, forgottenAt };
  }
}

/** A computer's own record of itself, or null when it is missing or cannot be read. */
export async function readDeviceRecord(files: FileStore, id: string): Promise<DeviceRecord | null> {
  try {
    const bytes = await files.read(deviceRecordPath(id));
    return bytes ? decodeEnvelope(recordSpec, bytes) : null;
  } catch {
    return null; // unreadable: treated as a computer that has folded nothing, so it holds trimming back
  }
}

async function logDevices(files: FileStore): Promise<string[]> {
  const ids = new Set<string>();
  for (const name of await files.list('logs')) {
    const m = LOG_NAME.exec(conflictCopyOf(name) ?? name);
    if (m) ids.add(m[2]!);
  }
  return [...ids];
}

/**
 * Drops the lines of this computer's own log before `upTo`, leaving a marker that says where the log
 * now starts (line numbers stay the same). One atomic rewrite; a log with a line that could not be read
 * is never rewritten, nor one with fewer than `atLeast` lines to drop (not worth a rewrite). Returns
 * how many lines went.
 */
export async function trimLog(files: FileStore, path: string, upTo: number, atLeast = 1): Promise<number> {
  const bytes = await files.read(path);
  if (!bytes) return 0;
  // A log an older Mend sealed whole is kept exactly as it is (whole-sealed-log.ts); it reads as damaged anyway.
  if (heldWhole(bytes)) return 0;
  const log = decodeLog(bytes);
  if (log.problems.length > 0 || upTo - log.base < Math.max(1, atLeast) || upTo > log.complete) return 0;
  // Rows are dropped as stored (log-edit.ts): rewriting what was read would seal the log as one block,
  // and lose for good a row sealed under a key not here (it reads as a stand-in).
  const first = log.base === 0 ? 0 : 1; // the old marker row is replaced
  const shift = log.base === 0 ? 0 : log.base - 1;
  // A save still arriving (a torn last row) stays as it is.
  await rewriteLog(files, path, { drop: Math.max(first, upTo - shift), head: encodeTrimMarker(upTo).slice(0, -1) });
  return upTo - log.base;
}

/**
 * A computer's name as Settings lists it: a blank one (a host with no name, a record written so) is
 * never a bold gap or a bare "Forget" button.
 */
function shownName(name: string | null, thisDevice: boolean): string {
  const named = name?.trim() ?? '';
  if (named !== '') return named;
  if (thisDevice) return 'This computer';
  return name === null ? 'A computer known only by its change logs' : 'A computer with no name';
}
