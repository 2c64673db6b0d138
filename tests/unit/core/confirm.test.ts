import { describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/core/open-core';
import type { ConfirmRequest } from '../../../src/core/services/confirm';
import { MemoryFileStore, fixedStamp } from '../../support/memory-file-store';
import { memoryVault } from '../../support/memory-vault';
import { memoryPlatform } from '../transfer/memory-platform';

/**
 * Main decides the dangerous things: each of them asks platform.confirm (main's native dialog), so a
 * page calling the channel directly, skipping its own "Are you sure?", still cannot go ahead alone.
 */
async function world(answer: boolean) {
  const outside = memoryPlatform();
  const asked: ConfirmRequest[] = [];
  const opened: string[] = [];
  const platform = {
    ...outside.platform,
    openExternal: async (url: string) => void opened.push(url),
    confirm: async (request: ConfirmRequest) => (asked.push(request), answer),
  };
  const files = new MemoryFileStore();
  const core = await openCore({ files, platform, vault: memoryVault(), ...fixedStamp() });
  return { core, files, asked, opened, outside };
}

const create = (core: Core) =>
  core.call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' }) as Promise<{ ok: true; value: { id: string } }>;

describe('platform.confirm guards the dangerous channels', () => {
  it('opening a link: a "no" opens nothing; a "yes" opens it, after showing the address', async () => {
    const no = await world(false);
    expect(await no.core.call('app:open-link', { url: 'https://example.com/a' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(no.opened).toEqual([]);
    const yes = await world(true);
    expect(await yes.core.call('app:open-link', { url: 'https://example.com/a' })).toMatchObject({ ok: true });
    expect(yes.asked).toEqual([expect.objectContaining({ kind: 'open-link', detail: 'https://example.com/a' })]);
    expect(yes.opened).toEqual(['https://example.com/a']);
  });

  it('deleting a person: a "no" changes no file; the question names the person', async () => {
    const { core, files, asked } = await world(false);
    const sam = await create(core);
    const before = files.snapshot();
    expect(await core.call('relationships:delete', { id: sam.value.id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(files.snapshot()).toBe(before);
    expect(asked[0]).toMatchObject({ kind: 'delete-person', message: 'Delete Sam Rivera?' });
  });

  it('turning encryption on or off: a "no" leaves the folder as it was', async () => {
    const { core, files, asked } = await world(false);
    await create(core);
    const before = files.snapshot();
    // The recovery key is drafted (shown) first and writes nothing; the "no" comes before anything is sealed.
    const drafted = await core.call('security:draft-key', { passphrase: 'quiet harbour at seven' });
    const recoveryKey = drafted.ok ? (drafted.value as { recoveryKey: string }).recoveryKey : '';
    expect(await core.call('security:enable', { passphrase: 'quiet harbour at seven', recoveryKey })).toMatchObject({ ok: false, code: 'conflict' });
    expect(files.snapshot()).toBe(before);
    expect(await core.call('security:status', {})).toMatchObject({ ok: true, value: { encrypted: false } });
    expect(await core.call('security:disable', { passphrase: 'quiet harbour at seven' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(asked.map((a) => a.kind)).toEqual(['encryption-on', 'encryption-off']);
  });

  it('importing: a "no" after the check imports nothing', async () => {
    const source = await world(true);
    await create(source.core);
    const backup = (await source.core.call('exports:backup', {})) as { ok: true; value: { files: string[] } };
    const target = await world(false);
    target.outside.outside.set(backup.value.files[0]!, source.outside.outside.get(backup.value.files[0]!)!);
    target.outside.dialogs.importFile = backup.value.files[0]!;
    const checked = (await target.core.call('imports:check', {})) as { ok: true; value: { token: string } };
    expect(await target.core.call('imports:apply', { token: checked.value.token })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await target.core.call('relationships:list', {})).toMatchObject({ ok: true, value: [] });
    expect(target.asked.map((a) => a.kind)).toEqual(['import']);
  });
});
