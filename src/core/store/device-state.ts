import type { FileStore } from './file-store';

/**
 * State that belongs to one computer lives in the data folder under a folder named by its device id,
 * so two computers on one synced folder never write the same file: the index cache, form drafts and
 * interrupted work (a delete or restore a kill cut short). Only journals (snapshots, logs) and the
 * keyring are shared. The device with no identity (tests, tools) gets the anonymous id's folder.
 */
export const DEVICES_FOLDER = 'devices';

export const deviceFolder = (device: string): string => `${DEVICES_FOLDER}/${device}`;

export const devicePath = (device: string, name: string): string => `${deviceFolder(device)}/${name}`;

/** What the per-device modules need from the store: the files, and where this computer's own state goes. */
export interface DeviceFiles {
  files: FileStore;
  /** `devices/<this device>/<name>`. */
  statePath(name: string): string;
}
