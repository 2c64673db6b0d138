import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { createSpelling, SPELLING_FILE } from '../../../src/main/spellcheck';
import { fixedStamp, MemoryFileStore, testPlatform } from '../../support/memory-file-store';
import { makeTempDir, removeTempDir } from '../storage/helpers/temp-dir';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir('mend-spelling-');
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** Main's spelling choice on `platform`, recording what Chromium's spellchecker was told. */
function spellingOn(platform: NodeJS.Platform, extra: { forceOn?: boolean } = {}) {
  const applied: boolean[] = [];
  const warnings: string[] = [];
  const spelling = createSpelling({ userDataDir: dir, platform, apply: (on) => void applied.push(on), warn: (m) => void warnings.push(m), ...extra });
  return { spelling, applied, warnings };
}

describe('the spelling choice kept in user-data', () => {
  it('is off on Linux with no saved choice (Chromium would download dictionaries), and says so', async () => {
    const { spelling, applied, warnings } = spellingOn('linux');
    expect(await spelling.start()).toBe(false);
    expect(applied).toEqual([false]);
    expect(await spelling.read()).toEqual({ enabled: false, downloadsDictionaries: true });
    expect(warnings).toEqual([]);
  });

  it('uses the system spellchecker on macOS and Windows unless turned off', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { spelling, applied } = spellingOn(platform);
      expect(await spelling.start()).toBe(true);
      expect(applied).toEqual([true]);
      expect(await spelling.read()).toEqual({ enabled: true, downloadsDictionaries: false });
    }
  });

  it('falls back to off on Linux when the file is damaged or not ours, with a warning and no text of it', async () => {
    for (const content of ['{"enabled": tru', '{"enabled": "yes"}', 'null']) {
      await fs.writeFile(path.join(dir, SPELLING_FILE), content);
      const { spelling, applied, warnings } = spellingOn('linux');
      expect(await spelling.start()).toBe(false);
      expect(applied).toEqual([false]);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(SPELLING_FILE);
    }
  });

  it('applies a change at once, keeps it durably, and applies it again at the next start', async () => {
    const first = spellingOn('linux');
    await first.spelling.start();
    await first.spelling.save(true);
    expect(first.applied).toEqual([false, true]);
    expect(await first.spelling.read()).toEqual({ enabled: true, downloadsDictionaries: true });
    expect(JSON.parse(await fs.readFile(path.join(dir, SPELLING_FILE), 'utf8'))).toEqual({ enabled: true });
    expect((await fs.readdir(dir)).sort()).toEqual([SPELLING_FILE]); // no temp file left behind

    const next = spellingOn('linux');
    expect(await next.spelling.start()).toBe(true);
    expect(next.applied).toEqual([true]);
  });

  it('changes nothing when the choice cannot be saved, and says why in plain words', async () => {
    const { spelling, applied } = spellingOn('linux');
    await spelling.start();
    // A folder in the file's place (permissions do not stop root, who may run these tests).
    await fs.mkdir(path.join(dir, SPELLING_FILE, 'in-the-way'), { recursive: true });
    await expect(spelling.save(true)).rejects.toThrow(/^Could not save your spelling choice: .+\. It is unchanged\.$/);
    expect(applied).toEqual([false]);
    expect(await spelling.read()).toMatchObject({ enabled: false });
  });

  it('turns spellcheck on at start under MEND_SPELLCHECK=1, and the person can still turn it off', async () => {
    const { spelling, applied } = spellingOn('linux', { forceOn: true });
    expect(await spelling.start()).toBe(true);
    await spelling.save(false);
    expect(applied).toEqual([true, false]);
    expect(await spellingOn('linux').spelling.start()).toBe(false);
  });
});

describe('spelling channels', () => {
  it('read and set the choice through the platform, refusing anything but on or off', async () => {
    const test = testPlatform();
    const core = await openCore({ files: new MemoryFileStore(), platform: test.platform, ...fixedStamp() });
    expect(await core.call('spelling:get', {})).toEqual({ ok: true, value: { enabled: false, downloadsDictionaries: true } });
    expect(await core.call('spelling:set', { enabled: true })).toEqual({ ok: true, value: { enabled: true, downloadsDictionaries: true } });
    expect(test.spelling.enabled).toBe(true);
    for (const bad of [{ enabled: 'yes' }, { enabled: 1 }, {}, { enabled: true, url: 'https://example.com' }, null, 'on']) {
      expect(await core.call('spelling:set', bad)).toMatchObject({ ok: false, code: 'invalid-input' });
    }
    expect(await core.call('spelling:get', { extra: 1 })).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await core.call('spelling:get', {})).toMatchObject({ value: { enabled: true } });
  });
});
