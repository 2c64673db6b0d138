import { DomainError } from '../../../src/core/errors';
import type { Platform } from '../../../src/core/services/platform';
import { candidateName } from '../../../src/main/external-files';
import { testPlatform } from '../../support/memory-file-store';

/**
 * A platform whose pickers answer what the test says and whose outside files live in a Map, so
 * export and import run through the real core without touching the disk.
 */
export function memoryPlatform() {
  const outside = new Map<string, Uint8Array>();
  const dialogs: { exportFolder: string | null; importFile: string | null } = { exportFolder: '/exports', importFile: null };
  const platform: Platform = {
    ...testPlatform().platform,
    chooseExportFolder: async () => dialogs.exportFolder,
    chooseImportFile: async () => dialogs.importFile,
    async writeExternalFile(folder, name, bytes) {
      for (let n = 1; ; n++) {
        const path = `${folder}/${candidateName(name, n)}`;
        if (outside.has(path)) continue;
        outside.set(path, bytes.slice());
        return path;
      }
    },
    async readExternalFile(path) {
      const bytes = outside.get(path);
      if (!bytes) throw new DomainError('storage', `Could not read ${path}: it no longer exists.`);
      return bytes;
    },
  };
  return { platform, outside, dialogs };
}

export const text = (bytes: Uint8Array | undefined | null): string => new TextDecoder().decode(bytes ?? new Uint8Array());
