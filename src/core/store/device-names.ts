import type { FileStore } from './file-store';
import { DEVICES_FOLDER } from './device-state';
import { readDeviceRecord } from './device-upkeep';
import { cutBetweenCharacters } from '../logic/cut-text';

/**
 * The names people gave their computers, so "also written on Home laptop" can say which one. Change-log
 * lines carry only a device id; the name comes from the record each computer keeps of itself in
 * `devices/<id>.json` (device-upkeep.ts: written by that computer only, at open and after compaction).
 */
const DEVICE_ID = /^[0-9a-f]{16}$/;

/** Every device's name by id; a record that cannot be read is left out (that computer shows unnamed). */
export async function readDeviceNames(files: FileStore): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const entry of await files.list(DEVICES_FOLDER).catch(() => [] as string[])) {
    const id = entry.endsWith('.json') ? entry.slice(0, -'.json'.length) : '';
    if (!DEVICE_ID.test(id)) continue; // a sync tool's conflict copy, a computer's state folder, or something else
    const name = cutBetweenCharacters((await readDeviceRecord(files, id))?.name.trim() ?? '', { units: 100 });
    if (name) names.set(id, name);
  }
  return names;
}
