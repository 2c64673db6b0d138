/**
 * Issue 14.11: every dated record stores the leader's local offset. A record updated in a zone away
 * from UTC carries that zone's offset, as a new record's createdAt does (model/common newRecordBase).
 * The zone is set the way verdict-time-zones.test.ts sets it, and put back afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { callOk } from '../../support/typed-call';
import { MemoryFileStore, testPlatform } from '../../support/memory-file-store';

const originalZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Kolkata';
});
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('a record updated away from UTC', () => {
  it('stores its updatedAt (and resolvedAt) with the local offset, like its createdAt', async () => {
    let t = Date.parse('2026-03-10T06:30:00.000Z');
    let n = 0;
    const core = await openCore({
      files: new MemoryFileStore(),
      platform: testPlatform().platform,
      now: () => new Date((t += 60_000)),
      newId: () => `id-${++n}`,
    });
    const ok = callOk(core);
    const person = await ok('relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
    expect(person.createdAt).toMatch(/\+05:30$/);
    const renamed = await ok('relationships:update', { id: person.id, name: 'Sam R.', role: '', kind: 'peer', started: null, notes: '' });
    expect(renamed.updatedAt).toMatch(/^2026-03-10T12:\d\d:00\.000\+05:30$/);
    const commitment = await ok('commitments:create', { relationshipId: person.id, owner: 'them', text: 'Send the plan.', dueAt: '2026-03-12', debriefId: null });
    const resolved = await ok('commitments:resolve', { relationshipId: person.id, id: commitment.id, status: 'kept', note: '', resolvedAt: null });
    expect(resolved.updatedAt).toMatch(/\+05:30$/);
    expect(resolved.resolvedAt).toMatch(/\+05:30$/);
  });
});
