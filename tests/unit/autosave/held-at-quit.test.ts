import { describe, it, expect, afterEach } from 'vitest';
import { enableEncryption, makeFolder, openApp, ok, PASSPHRASE, removeFolder, tree, filesContaining } from '../security/helpers';

const incident = { key: 'incident:new:abc123', label: 'a new incident', fields: { facts: 'three days late, unsaved' } };
const prep = { key: 'preparation:abc123:prep1', label: 'a preparation', fields: { opening: 'a patch, not a draft' } };
let dir = '';
afterEach(async () => removeFolder(dir));

describe('text held in memory when Mend quits', () => {
  it('while locked: nothing is written, and main is told what would be lost', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    await enableEncryption(core, PASSPHRASE);
    await ok(core, 'held-drafts:hold', { items: [incident] });
    await ok(core, 'security:lock', {});

    expect(await core.keepHeld()).toEqual({ locked: true, labels: ['a new incident'] });
    expect(filesContaining(await tree(dir), ['three days late'])).toEqual([]);
    // Asking did not drop it: after an unlock it is still handed back.
    await ok(core, 'security:unlock', { passphrase: PASSPHRASE });
    expect(await ok(core, 'held-drafts:take', {})).toEqual([incident]);
  });

  it('with the journal open: stores form text as its draft, durably, and leaves nothing to ask about', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    await ok(core, 'held-drafts:hold', { items: [incident] });

    expect(await core.keepHeld()).toEqual({ locked: false, labels: [] });
    const reopened = (await openApp(dir)).core;
    expect(await ok(reopened, 'drafts:get', { key: incident.key })).toMatchObject({ fields: incident.fields });
    expect(await ok(core, 'held-drafts:take', {})).toEqual([]);
  });

  it('with the journal open: text held by a form that never saw its kept draft is stored beside it, not over it', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    await ok(core, 'drafts:save', { key: incident.key, fields: { facts: 'kept from an earlier visit, never shown' } });
    await ok(core, 'held-drafts:hold', { items: [{ ...incident, opened: { facts: '' } }] });

    expect(await core.keepHeld()).toEqual({ locked: false, labels: [] });
    const reopened = (await openApp(dir)).core;
    expect(await ok(reopened, 'drafts:get', { key: incident.key })).toMatchObject({
      fields: { facts: 'kept from an earlier visit, never shown\n\nthree days late, unsaved' },
    });
  });

  it('with the journal open: held text too long to keep beside its kept draft stays held and is asked about; every other draft still reads back (found by review of 165444a)', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    const kept = 'k '.repeat(120_000);
    await ok(core, 'drafts:save', { key: incident.key, fields: { facts: kept } });
    await ok(core, 'drafts:save', { key: 'person:other1', fields: { notes: 'another form’s draft' } });
    await ok(core, 'held-drafts:hold', { items: [{ ...incident, fields: { facts: 't '.repeat(120_000) }, opened: { facts: '' } }] });

    expect(await core.keepHeld()).toEqual({ locked: false, labels: ['a new incident'] });
    const reopened = (await openApp(dir)).core;
    expect(await ok(reopened, 'drafts:get', { key: 'person:other1' })).toMatchObject({ fields: { notes: 'another form’s draft' } });
    expect(await ok(reopened, 'drafts:get', { key: incident.key })).toMatchObject({ fields: { facts: kept } });
  });

  it('held text whose `opened` is too long to hold is still held, without it; the other forms’ held text too (found by review of 165444a)', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    const small = { key: 'trust-check:new:abc123', label: 'a trust check', fields: { evidence: 'short, and the only copy' } };
    await ok(core, 'held-drafts:hold', { items: [small, { ...incident, opened: { facts: 'x'.repeat(400_001) } }] });
    expect(await ok(core, 'held-drafts:take', {})).toEqual([small, incident]);
  });

  it('with the journal open: a record patch, which no draft can carry, is still reported', async () => {
    dir = await makeFolder();
    const { core } = await openApp(dir);
    await ok(core, 'held-drafts:hold', { items: [incident, prep] });

    expect(await core.keepHeld()).toEqual({ locked: false, labels: ['a preparation'] });
    expect(await ok(core, 'held-drafts:take', {})).toEqual([prep]);
  });
});
