import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEVICE_FILE, loadDeviceIdentity } from '../../../src/main/storage/device-identity';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

describe('device identity', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir('mend-device-');
  });
  afterEach(() => removeTempDir(dir));

  it('is made once, named after the computer, and kept across starts', async () => {
    const first = await loadDeviceIdentity(dir, { host: 'home-desktop' });
    expect(first.id).toMatch(/^[0-9a-f]{16}$/);
    expect(first.name).toBe('home-desktop');
    expect(await loadDeviceIdentity(dir, { host: 'home-desktop' })).toEqual(first);
  });

  it('takes a new id when its user-data folder was copied to another computer', async () => {
    const home = await loadDeviceIdentity(dir, { host: 'home-desktop' });
    const copied = await loadDeviceIdentity(dir, { host: 'work-laptop' });
    expect(copied.id).not.toBe(home.id);
    expect(copied.name).toBe('home-desktop'); // the name the person knows is kept until they change it
  });

  it('starts afresh from a damaged file rather than refusing to start', async () => {
    await fs.writeFile(path.join(dir, DEVICE_FILE), '{"id": 12');
    expect((await loadDeviceIdentity(dir, { host: 'h' })).id).toMatch(/^[0-9a-f]{16}$/);
  });
});
