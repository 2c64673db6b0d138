import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * Every file under `dir` with its bytes, keyed by its path relative to `dir` ('/'-separated).
 *
 * Mend writes in the background while a test looks (the index cache, a trim): a temporary file
 * listed by `readdir` may be renamed away before it is read. The listing is then stale, so it is
 * taken again whole rather than a file being skipped, which could hide the very file a check is for.
 */
export async function folderFiles(dir: string): Promise<Map<string, Buffer>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await folderFilesOnce(dir);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

async function folderFilesOnce(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const rel = relative(dir, join(e.parentPath, e.name)).split(sep).join('/');
    out.set(rel, await readFile(join(dir, rel)));
  }
  return out;
}
