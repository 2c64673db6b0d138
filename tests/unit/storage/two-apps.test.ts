import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFixture, fixture, spawnNode, watchLines } from './helpers/bundle';
import { makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * Two copies of Mend on one data folder, each a real process opening the core the way the app does.
 * The second is refused with a message a person can act on; the first keeps working.
 */
const IN_USE = 'Mend is already open with this data folder. Close the other window first, then try again.';

let work: string;
let app: string;
beforeAll(async () => {
  work = await makeTempDir('mend-two-apps-');
  app = await bundleFixture(fixture('app-process.ts'), work);
}, 60_000);
afterAll(async () => {
  await removeTempDir(work);
});

/** A running app process: its first line, and a way to wait for the next one. */
function start(dir: string) {
  const child = spawnNode([app, dir]);
  const waiting: ((line: string) => void)[] = [];
  const early: string[] = [];
  const closed = watchLines(child, (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else early.push(line);
  });
  const nextLine = () => (early.length ? Promise.resolve(early.shift()!) : new Promise<string>((resolve) => waiting.push(resolve)));
  return { child, closed, nextLine };
}

describe('two app processes on one data folder', () => {
  it('refuses the second with a clear message while the first keeps saving', { timeout: 60_000 }, async () => {
    const dir = path.join(work, 'data');
    const first = start(dir);
    expect(await first.nextLine()).toBe('open');

    const second = start(dir);
    expect(await second.nextLine()).toBe(`refused ${IN_USE}`);
    expect((await second.closed).code).toBe(0);

    first.child.stdin!.write('add Sam\n');
    expect(await first.nextLine()).toBe('added');
    first.child.stdin!.end();
    expect((await first.closed).code).toBe(0);
    expect(await fs.readdir(path.join(dir, 'relationships'))).toHaveLength(1);

    // Once the first has closed, the folder opens again and finds what the first one saved.
    const third = start(dir);
    expect(await third.nextLine()).toBe('open');
    third.child.stdin!.end();
    expect((await third.closed).code).toBe(0);
  });
});
