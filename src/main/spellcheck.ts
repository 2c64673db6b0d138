import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SpellingChoice } from '../core/services/platform';
import { errorCode, nodeFs } from './storage/fs-seam';
import { writeDurably } from './storage/durable-write';
import { reasonFor } from './storage/storage-errors';
import { DomainError } from '../core/errors';

/** In Electron's user-data, never in the data folder: a per-computer choice that must not sync. */
export const SPELLING_FILE = 'spelling.json';

/**
 * Spellcheck without a request the person did not agree to. macOS and Windows use the system's own
 * spellchecker, on by default. On Linux Chromium's Hunspell downloads its dictionaries from a Google
 * server, so there it stays off until the person turns it on in Settings.
 */
export const downloadsDictionaries = (platform: NodeJS.Platform): boolean => platform === 'linux';

export interface SpellingOptions {
  userDataDir: string;
  platform: NodeJS.Platform;
  /** Turns Chromium's spellchecker on or off now (main: session.defaultSession.setSpellCheckerEnabled). */
  apply: (enabled: boolean) => void;
  /** MEND_SPELLCHECK=1: on at start whatever was saved (the person can still turn it off). */
  forceOn?: boolean;
  warn?: (message: string) => void;
}

export interface Spelling {
  /** Reads the saved choice and applies it; call once at start. */
  start(): Promise<boolean>;
  read(): Promise<SpellingChoice>;
  /** Saves durably, then applies: a failed save changes nothing. */
  save(enabled: boolean): Promise<void>;
}

const defaultWarn = (message: string) => process.emitWarning(message, 'MendSettingsWarning');

/** The saved choice; the platform's default when the file is missing, damaged or not ours. */
export async function readSpellingFile(file: string, fallback: boolean, warn: (m: string) => void = defaultWarn): Promise<boolean> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as unknown;
    if (typeof raw === 'object' && raw !== null && typeof (raw as { enabled?: unknown }).enabled === 'boolean') {
      return (raw as { enabled: boolean }).enabled;
    }
    warn(`${SPELLING_FILE} is not in the expected form; spellcheck keeps its default.`);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') warn(`Could not read ${SPELLING_FILE} (${error instanceof SyntaxError ? 'it is damaged' : reasonFor(error)}); spellcheck keeps its default.`);
  }
  return fallback;
}

export function createSpelling(options: SpellingOptions): Spelling {
  const file = join(options.userDataDir, SPELLING_FILE);
  const downloads = downloadsDictionaries(options.platform);
  let current: boolean | null = null;
  const load = async (): Promise<boolean> => {
    current ??= options.forceOn === true || (await readSpellingFile(file, !downloads, options.warn));
    return current;
  };
  return {
    async start() {
      const enabled = await load();
      options.apply(enabled);
      return enabled;
    },
    read: async () => ({ enabled: await load(), downloadsDictionaries: downloads }),
    async save(enabled) {
      try {
        await writeDurably(nodeFs, file, new TextEncoder().encode(JSON.stringify({ enabled }) + '\n'), async () => undefined);
      } catch (error) {
        throw new DomainError('storage', `Could not save your spelling choice: ${reasonFor(error)}. It is unchanged.`);
      }
      current = enabled;
      options.apply(enabled);
    },
  };
}
