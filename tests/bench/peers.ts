import { open, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { measure, timed, type Figure, type SaveRuns } from './measure';

/**
 * What a durable save is measured against, with exactly the bytes Mend's save appended: one append +
 * fsync of them (the floor for a change log), and SQLite (better-sqlite3, WAL, synchronous=FULL)
 * inserting them as one row, a well-tuned embedded database doing the same job. better-sqlite3 is
 * not a dependency (it compiles for about a minute): it is loaded only when installed.
 */
export const SQLITE_SKIPPED = 'SQLite column skipped: better-sqlite3 not installed (npm i --no-save better-sqlite3)';

export async function benchAppend(scratch: string, bytes: Uint8Array, saves: SaveRuns): Promise<Figure> {
  const file = join(scratch, 'append-limit.log');
  await rm(file, { force: true });
  return measure(saves.runs, () =>
    timed(async () => undefined, async () => {
      const handle = await open(file, 'a');
      await handle.write(bytes);
      await handle.sync();
      await handle.close();
    }),
    saves.warmUp,
  );
}

interface Statement { run(...params: unknown[]): unknown }
interface Database { pragma(text: string): unknown; exec(sql: string): unknown; prepare(sql: string): Statement; close(): void }

function loadSqlite(): (new (file: string) => Database) | null {
  try {
    return createRequire(import.meta.url)('better-sqlite3') as new (file: string) => Database;
  } catch {
    return null;
  }
}

/** One row per save, committed durably; null when better-sqlite3 is not installed. */
export async function benchSqlite(scratch: string, bytes: Uint8Array, saves: SaveRuns): Promise<Figure | null> {
  const Sqlite = loadSqlite();
  if (!Sqlite) return null;
  const file = join(scratch, 'peer.sqlite');
  await Promise.all(['', '-wal', '-shm'].map((s) => rm(`${file}${s}`, { force: true })));
  const db = new Sqlite(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE changes (id INTEGER PRIMARY KEY, line BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO changes (line) VALUES (?)');
    const row = Buffer.from(bytes);
    return await measure(saves.runs, () => timed(async () => undefined, async () => insert.run(row)), saves.warmUp);
  } finally {
    db.close();
  }
}
