import { openCore, type Core } from '../../src/core/open-core';
import type { Result } from '../../src/core/api/result';
import { MemoryFileStore, testPlatform } from './memory-file-store';

/**
 * Several computers sharing one journal folder through a simulated file-sync tool. Each device has its
 * own copy of the folder (a MemoryFileStore), its own clock (which may drift or jump back) and its own
 * ids; `transfer` copies what one device has to another the way sync tools do: whole files, sometimes
 * only a prefix of one (still arriving), and a snapshot both sides changed as a conflict copy.
 */
export interface SimDevice {
  name: string;
  id: string;
  files: MemoryFileStore;
  /** Milliseconds added to the shared wall clock: drift, or a clock set wrong. */
  skew: number;
  core: Core | null;
  ids: number;
}

export class SyncWorld {
  wall = Date.parse('2026-12-01T09:00:00.000Z');
  readonly devices: SimDevice[];
  readonly reports: string[] = [];

  constructor(names: string[], private readonly compactEvery = 4) {
    this.devices = names.map((name, i) => ({ name, id: (i + 1).toString(16).padStart(16, 'a'), files: new MemoryFileStore(), skew: 0, core: null, ids: 0 }));
  }

  async open(d: SimDevice): Promise<Core> {
    d.core = await openCore({
      files: d.files,
      platform: testPlatform().platform,
      newId: () => `${d.name}-${++d.ids}`,
      now: () => new Date((this.wall += 7) + d.skew),
      device: { id: d.id, name: d.name },
      compactEvery: this.compactEvery,
      reportSync: (p) => this.reports.push(`${d.name}: ${p.file}${p.line ? `:${p.line}` : ''} ${p.reason}`),
    });
    return d.core;
  }

  /** Copies from → to. `cut` (0..1) keeps only that share of one changed log's new bytes (a transfer in progress). */
  transfer(from: SimDevice, to: SimDevice, options: { cut?: number; conflictCopies?: boolean } = {}): void {
    let cutDone = options.cut === undefined;
    for (const [path, bytes] of from.files.files) {
      if (!shared(path)) continue;
      const theirs = to.files.files.get(path);
      if (path.endsWith('.log')) {
        if (theirs && theirs.length >= bytes.length) continue;
        if (!cutDone) {
          cutDone = true;
          const keep = (theirs?.length ?? 0) + Math.floor((bytes.length - (theirs?.length ?? 0)) * options.cut!);
          to.files.files.set(path, bytes.slice(0, keep));
          continue;
        }
        to.files.files.set(path, bytes.slice());
      } else if (!theirs) {
        to.files.files.set(path, bytes.slice());
      } else if (!same(theirs, bytes) && options.conflictCopies) {
        const copy = path.replace(/\.json$/, ` (${from.name}'s conflicted copy).json`);
        to.files.files.set(copy, bytes.slice());
      }
      // Otherwise a snapshot both changed stays as each has it (what unison does in batch mode).
    }
    for (const path of [...to.files.files.keys()]) {
      if (path.startsWith('relationships/') && !from.files.files.has(path) && fromRemoved(from, path)) to.files.files.delete(path);
    }
  }
}

/** Journal files travel; the index, backups and trash are this computer's own. */
const shared = (path: string): boolean => path.startsWith('relationships/') || path.startsWith('logs/') || path.startsWith('devices/');
const same = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
/** A snapshot the other side moved to trash is removed here too, as a sync tool propagates a delete. */
const fromRemoved = (from: SimDevice, path: string): boolean => [...from.files.files.keys()].some((k) => k.startsWith(`trash/${path.slice('relationships/'.length, -'.json'.length)}-`));

export async function value<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result: Result<unknown> = await core.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.code}: ${result.message}`);
  return result.value as T;
}

export function pair(world: SyncWorld): [SimDevice, SimDevice] {
  const [a, b] = world.devices;
  if (!a || !b) throw new Error('a world of two devices');
  return [a, b];
}
