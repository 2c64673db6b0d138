import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { LogCursor } from '../../../src/core/store/change-line';
import { trimLog } from '../../../src/core/store/device-upkeep';
import { decodeEnvelopeWithSync } from '../../../src/core/store/envelope';
import type { FileStore } from '../../../src/core/store/file-store';
import { journalSpec } from '../../../src/core/model/journal';
import { createEncryptedFileStore, WriteGate } from '../../../src/main/storage/encrypted-file-store';
import { decodeKeyring, KEYRING_FILE, unwrapKey } from '../../../src/main/storage/keyring';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { seal, type DataKey } from '../../../src/main/storage/sealed-file';

/**
 * What the build before f0570ea did to this computer's own change log in an encrypted folder: trimming
 * and cutting a torn last line both wrote the rows as read back through the encrypted store, whose
 * write sealed the whole file as one block (seal(key, path, bytes): "MENDSEAL", a version byte, no
 * trailing newline). Later saves were appended after it as "MENDSEAL:<base64>" rows.
 */
export async function folderKey(dir: string, passphrase: string): Promise<DataKey> {
  const keyring = decodeKeyring(await fs.readFile(path.join(dir, KEYRING_FILE)));
  if ('unreadable' in keyring) throw new Error('keyring unreadable');
  const key = await unwrapKey(keyring, 'passphrase', passphrase);
  if (!key) throw new Error('wrong passphrase');
  return key;
}

/** The old build's store: reads as today, but a log is rewritten by a read and a whole-file sealed write. */
export function oldBuildFiles(dir: string, key: DataKey): FileStore {
  const inner = createNodeFileStore(dir, { warn: () => undefined });
  const store = createEncryptedFileStore(inner, { phase: () => 'sealing', key: () => key }, new WriteGate());
  return { ...store, rewriteLog: undefined, write: (p, bytes) => inner.write(p, seal(key, p, bytes)) };
}

/** How far the snapshot on disk reaches into `log` (what the old build's upkeep trimmed to). */
export async function snapshotHead(files: FileStore, journal: string, log: string): Promise<number> {
  const { sync } = decodeEnvelopeWithSync(journalSpec, (await files.read(journal))!);
  return (sync as { heads: Record<string, number> }).heads[log.slice('logs/'.length)] ?? 0;
}

/** The old build's trim of this computer's own log up to what its snapshot holds: the log becomes one sealed block. */
export async function oldTrim(dir: string, key: DataKey, journal: string, log: string): Promise<number> {
  const files = oldBuildFiles(dir, key);
  return trimLog(files, log, await snapshotHead(files, journal, log));
}

/** The old build's cut of a torn last line at its next start: the rows as read, up to the last whole save, sealed whole. */
export async function oldCutTorn(dir: string, key: DataKey, log: string): Promise<void> {
  const files = oldBuildFiles(dir, key);
  const bytes = (await files.read(log))!;
  const cursor = new LogCursor(bytes);
  while (cursor.next()) continue;
  if (cursor.completeBytes < bytes.length) await files.write(log, bytes.slice(0, cursor.completeBytes));
}
