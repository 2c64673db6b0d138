import * as path from 'node:path';
import { z } from 'zod';
import { NO_THROTTLE, type UnlockThrottle } from '../../core/logic/unlock-delay';
import { writeDurably } from './durable-write';
import { errorCode, type FsSeam } from './fs-seam';
import { reasonFor } from './storage-errors';

/**
 * mend-unlock-throttle.json in user-data: the wait after wrong passphrases, per encrypted data folder
 * (by its keyring's key id, so a moved folder keeps its wait), kept on this computer only. It holds
 * counts and times, never a passphrase. Unreadable or missing means no wait: whoever can edit this
 * file can also copy keyring.json away and guess offline, so it guards the app's window, not the disk.
 */
export const THROTTLE_FILE = 'mend-unlock-throttle.json';
const MAX_FOLDERS = 50;
const MAX_BYTES = 64 * 1024;

const throttleSchema = z.strictObject({ failures: z.number().int().min(0), notBefore: z.number() });
const fileSchema = z.strictObject({ mend: z.literal('unlock-throttle'), folders: z.record(z.string().max(64), throttleSchema) });
type ThrottleFile = z.infer<typeof fileSchema>;

export function createThrottleFile(fs: FsSeam, dir: string, warn: (message: string) => void) {
  const file = path.join(dir, THROTTLE_FILE);

  async function readAll(): Promise<ThrottleFile['folders']> {
    try {
      const bytes = await fs.readFile(file);
      if (bytes.byteLength > MAX_BYTES) return {};
      const parsed = fileSchema.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      return parsed.success ? parsed.data.folders : {};
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' && !(error instanceof SyntaxError)) warn(`Could not read ${THROTTLE_FILE}: ${reasonFor(error)}.`);
      return {};
    }
  }

  return {
    async load(keyId: string): Promise<UnlockThrottle> {
      return (await readAll())[keyId] ?? NO_THROTTLE;
    },

    /** Never throws: the wait still holds in memory; only a restart would forget it. */
    async save(keyId: string, throttle: UnlockThrottle): Promise<void> {
      try {
        const folders = await readAll();
        delete folders[keyId];
        if (throttle.failures > 0) folders[keyId] = { ...throttle };
        // The newest waits win when a computer has held very many encrypted folders.
        const kept = Object.entries(folders).sort(([, a], [, b]) => b.notBefore - a.notBefore).slice(0, MAX_FOLDERS);
        const body: ThrottleFile = { mend: 'unlock-throttle', folders: Object.fromEntries(kept) };
        await writeDurably(fs, file, new TextEncoder().encode(`${JSON.stringify(body, null, 2)}\n`), async () => undefined);
      } catch (error) {
        warn(`Could not save the wait after wrong passphrases in ${THROTTLE_FILE}: ${reasonFor(error)}.`);
      }
    },
  };
}
