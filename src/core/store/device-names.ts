import type { FileStore } from './file-store';

/**
 * The names people gave their computers, so "also written on Home laptop" can say which one. Change-log
 * lines carry only a device id; each device writes its own `devices/<id>.json` (never another's), once,
 * and again only when its name changes, so a sync tool never sees two computers change one file.
 */
export const DEVICES_FOLDER = 'devices';
const devicePath = (id: string): string => `${DEVICES_FOLDER}/${id}.json`;
const DEVICE_ID = /^[0-9a-f]{16}$/;

interface DeviceFile {
  mend: 'device';
  id: string;
  name: string;
}

/** Writes this device's name file when it is missing or says another name. */
export async function registerDeviceName(files: FileStore, device: { id: string; name: string }): Promise<void> {
  if (!DEVICE_ID.test(device.id)) return;
  const known = await readDevice(files, device.id).catch(() => null);
  if (known === device.name) return;
  const file: DeviceFile = { mend: 'device', id: device.id, name: device.name };
  await files.write(devicePath(device.id), new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`));
}

/** Every device's name by id; a file that cannot be read is left out (that computer shows unnamed). */
export async function readDeviceNames(files: FileStore): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const entry of await files.list(DEVICES_FOLDER).catch(() => [] as string[])) {
    const id = entry.endsWith('.json') ? entry.slice(0, -'.json'.length) : '';
    if (!DEVICE_ID.test(id)) continue; // a sync tool's conflict copy, or something else
    const name = await readDevice(files, id).catch(() => null);
    if (name) names.set(id, name);
  }
  return names;
}

async function readDevice(files: FileStore, id: string): Promise<string | null> {
  const bytes = await files.read(devicePath(id));
  if (!bytes) return null;
  const value = JSON.parse(new TextDecoder().decode(bytes)) as Partial<DeviceFile> | null;
  const name = value?.mend === 'device' && value.id === id && typeof value.name === 'string' ? value.name.trim() : '';
  return name ? name.slice(0, 100) : null;
}
