import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/errors';
import { candidateName, IMPORT_MAX_BYTES, readExternalFile, writeExternalFile } from '../../../src/main/external-files';
import { bundleFixture } from '../storage/helpers/bundle';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

const bytes = (s: string) => new TextEncoder().encode(s);
let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-external-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

async function refusal(p: Promise<unknown>): Promise<DomainError> {
  const error = await p.then(() => expect.unreachable('it succeeded'), (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('writing an export outside the data folder', () => {
  it('never replaces a file: a taken name gets (2), (3)…', async () => {
    await fs.writeFile(path.join(dir, 'Sam.md'), 'mine, not Mend’s');
    expect(await writeExternalFile(dir, 'Sam.md', bytes('one'))).toBe(path.join(dir, 'Sam (2).md'));
    expect(await writeExternalFile(dir, 'Sam.md', bytes('two'))).toBe(path.join(dir, 'Sam (3).md'));
    expect(await fs.readFile(path.join(dir, 'Sam.md'), 'utf8')).toBe('mine, not Mend’s');
    expect(await fs.readFile(path.join(dir, 'Sam (3).md'), 'utf8')).toBe('two');
    expect(candidateName('Mend backup 2026-03-01.json', 4)).toBe('Mend backup 2026-03-01 (4).json');
  });

  it('refuses names that are paths', async () => {
    for (const name of ['../x.md', 'a/b.md', '', '..']) {
      expect((await refusal(writeExternalFile(dir, name, bytes('x')))).code).toBe('invalid-input');
    }
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('says clearly when the folder is gone or is not a folder', async () => {
    const gone = await refusal(writeExternalFile(path.join(dir, 'missing'), 'Sam.md', bytes('x')));
    expect(gone.message).toBe(`Could not save the export in ${path.join(dir, 'missing')}: the folder no longer exists. Choose another folder and try again.`);
    await fs.writeFile(path.join(dir, 'file'), 'x');
    const notDir = await refusal(writeExternalFile(path.join(dir, 'file'), 'Sam.md', bytes('x')));
    expect(notDir).toMatchObject({ code: 'storage', message: expect.stringContaining('a file is in the way of a folder') });
  });

  it('refuses a read-only folder in plain words (run as nobody, since root ignores folder modes)', async (ctx) => {
    const folder = path.join(dir, 'read-only');
    await fs.mkdir(folder);
    await fs.chmod(folder, 0o555);
    await fs.chmod(dir, 0o755);
    const isRoot = process.getuid?.() === 0;
    if (!isRoot) {
      const error = await refusal(writeExternalFile(folder, 'Sam.md', bytes('x')));
      expect(error.message).toMatch(/permission denied|read-only/);
      return;
    }
    const script = await bundleFixture(path.join(import.meta.dirname, 'fixtures', 'try-export.ts'), dir);
    await fs.chmod(script, 0o644);
    const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, script, folder], { encoding: 'utf8' });
    if (run.error || run.status !== 0) {
      const reason = `cannot run as nobody (${run.error?.message ?? run.stderr.trim()})`;
      console.log(`read-only export test skipped: ${reason}`);
      ctx.skip(reason);
    }
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      code: 'storage',
      message: `Could not save the export in ${folder}: permission denied. Choose another folder and try again.`,
    });
    expect(await fs.readdir(folder)).toEqual([]);
  });
});

describe('reading a backup the person picked', () => {
  it('reads it, or names it when it is missing or far too large', async () => {
    await fs.writeFile(path.join(dir, 'b.json'), '{}');
    expect(new TextDecoder().decode(await readExternalFile(path.join(dir, 'b.json')))).toBe('{}');
    expect((await refusal(readExternalFile(path.join(dir, 'gone.json')))).message).toBe('Could not read gone.json: it no longer exists. Nothing was changed.');
    const huge = path.join(dir, 'huge.json');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, IMPORT_MAX_BYTES + 1); // sparse: no real disk used
    expect(await refusal(readExternalFile(huge))).toMatchObject({ code: 'invalid-input', message: expect.stringContaining('huge.json') });
  });
});
