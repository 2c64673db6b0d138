import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DomainError } from '../../../src/core/errors';
import { createNodeFileStore } from '../../../src/main/storage/node-file-store';
import { bundleFixture, fixture } from './helpers/bundle';
import { listTree, makeTempDir, removeTempDir } from './helpers/temp-dir';

/**
 * A data folder the user cannot write to. Root ignores folder modes, so as root the save runs in a
 * child process as 'nobody' (via setpriv or runuser); when neither works the case is skipped, saying why.
 */
const FILE = 'relationships/r1.json';
const OLD = '{"counter":1}';
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** The command prefix that runs a program as nobody, or the reason there is none. */
function findNobodyRunner(): { prefix: string[] } | { reason: string } {
  const candidates = [
    ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ];
  for (const prefix of candidates) {
    const probe = spawnSync(prefix[0]!, [...prefix.slice(1), process.execPath, '-e', 'process.stdout.write(String(process.getuid()))'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    if (probe.stdout === String(NOBODY)) return { prefix };
  }
  return { reason: 'running as root, and neither setpriv nor runuser could switch to the nobody user' };
}

const runner = isRoot ? findNobodyRunner() : { prefix: [] };
const skipReason = 'reason' in runner ? runner.reason : null;
if (skipReason) console.log(`read-only folder test skipped: ${skipReason}`);

let base: string;
let data: string;
beforeEach(async () => {
  base = await makeTempDir('mend-ro-');
  data = path.join(base, 'data');
  await fs.mkdir(path.join(data, 'relationships'), { recursive: true });
  await fs.writeFile(path.join(data, FILE), OLD);
  await fs.chmod(path.join(data, FILE), 0o644);
  for (const dir of [path.join(data, 'relationships'), data]) await fs.chmod(dir, 0o555);
  await fs.chmod(base, 0o755); // so 'nobody' can reach the folder and the bundled child script
});
afterEach(async () => {
  for (const dir of [data, path.join(data, 'relationships')]) await fs.chmod(dir, 0o755).catch(() => undefined);
  await removeTempDir(base);
});

/** Runs one save against the read-only folder as a user the modes apply to. */
async function saveAsUnprivileged(prefix: string[]): Promise<{ ok: boolean; code?: string; message?: string }> {
  if (!isRoot) {
    return createNodeFileStore(data)
      .write(FILE, new TextEncoder().encode('{"counter":2}'))
      .then(
        () => ({ ok: true }),
        (e: DomainError) => ({ ok: false, code: e.code, message: e.message }),
      );
  }
  const script = await bundleFixture(fixture('try-save.ts'), base);
  await fs.chmod(script, 0o644);
  const run = spawnSync(prefix[0]!, [...prefix.slice(1), process.execPath, script, data, FILE], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  console.log(`read-only folder test ran as nobody via ${prefix[0]}: ${run.stdout}`);
  return JSON.parse(run.stdout) as { ok: boolean; code?: string; message?: string };
}

describe('read-only data folder', () => {
  it.skipIf(skipReason !== null)('refuses the save in plain words and changes nothing', async () => {
    const before = await listTree(data);
    const outcome = await saveAsUnprivileged('prefix' in runner ? runner.prefix : []);
    expect(outcome.ok).toBe(false);
    expect(outcome.code).toBe('storage');
    expect(outcome.message).toContain(FILE);
    expect(outcome.message).toMatch(/the folder is read-only|permission denied/);
    expect(await listTree(data)).toEqual(before);
    expect(await fs.readFile(path.join(data, FILE), 'utf8')).toBe(OLD);
  });
});
