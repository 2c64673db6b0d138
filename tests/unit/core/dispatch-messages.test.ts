import { describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';

/** Refusals speak to a person: the schema's own words when it has them, plain words otherwise. */
describe('dispatch messages for refused input', () => {
  const open = () => openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
  const base = { name: 'Sam', role: '', kind: 'peer', started: null, notes: '' };

  it('says a missing field is missing', async () => {
    const { name: _omit, ...rest } = base;
    const r = await (await open()).call('relationships:create', rest);
    expect(r).toMatchObject({ ok: false, field: 'name' });
  });

  it('says a wrong kind of value is wrong, naming the field', async () => {
    const r = await (await open()).call('relationships:create', { ...base, notes: 42 });
    expect(r).toMatchObject({ ok: false, field: 'notes', message: '“notes” has the wrong kind of value.' });
  });

  it('keeps the schema’s own message when it has one', async () => {
    const r = await (await open()).call('relationships:create', { ...base, name: 7 });
    expect(r).toMatchObject({ ok: false, field: 'name', message: 'A name is required.' });
  });

  it('names unexpected fields', async () => {
    const r = await (await open()).call('relationships:create', { ...base, salary: 1 });
    expect(r).toMatchObject({ ok: false, message: 'Mend does not expect “salary” here.' });
  });
});
