import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorCode, nodeFs } from './fs-seam';
import { writeDurably } from './durable-write';

/** Who this computer is to the data folder: the id names its change logs, the name is shown to people. */
export interface DeviceIdentity {
  id: string;
  name: string;
}

export const DEVICE_FILE = 'mend-device.json';

interface Stored extends DeviceIdentity {
  /** The host the id was made on: a user-data folder copied to another computer must not reuse it. */
  host: string;
}

/**
 * This computer's device id and name, kept in `dir` (Electron's userData: outside the data folder, so a
 * synced folder never carries it to another computer). Made on first use; a file made on another host
 * (a copied user-data folder) gets a fresh id, keeping the name the person chose.
 */
export async function loadDeviceIdentity(dir: string, options: { host?: string } = {}): Promise<DeviceIdentity> {
  const host = options.host ?? os.hostname();
  const file = path.join(dir, DEVICE_FILE);
  const stored = await readStored(file);
  // A blank name (kept by hand, or by an old build) is never shown as nobody: the host's name stands in.
  const fallback = host.trim() || 'This computer';
  if (stored && stored.host === host) return { id: stored.id, name: stored.name.trim() || fallback };
  const fresh: Stored = { id: newDeviceId(), name: stored?.name.trim() || fallback, host };
  await writeDurably(nodeFs, file, new TextEncoder().encode(`${JSON.stringify(fresh, null, 2)}\n`), async () => undefined);
  return { id: fresh.id, name: fresh.name };
}

/** 16 hex digits: the node part of a hybrid logical clock stamp, and a file-name-safe log name. */
export function newDeviceId(): string {
  return randomBytes(8).toString('hex');
}

async function readStored(file: string): Promise<Stored | null> {
  try {
    const value: unknown = JSON.parse(await fsp.readFile(file, 'utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, host } = value as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[0-9a-f]{16}$/.test(id) || typeof name !== 'string' || typeof host !== 'string') return null;
    return { id, name, host };
  } catch (error) {
    if (errorCode(error) === 'ENOENT' || error instanceof SyntaxError) return null;
    throw error;
  }
}
