import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, enableEncryption, ok, sam, sharedFolder } from '../security/helpers';

/**
 * With encryption on: words another computer writes to a removed person after they were brought back
 * from the Trash here (it had not heard of the removal) are offered by the Trash and join the person
 * brought back. What the Trash keeps to do so, beside the copy in trash/restored/, is sealed like a journal.
 */
const folder = sharedFolder('mend-trash-late-sealed-');
const A = { id: 'a1a1a1a1a1a1a1a1', name: 'Laptop' };
const B = { id: 'b2b2b2b2b2b2b2b2', name: 'Desktop' };

describe('words arriving for a person already brought back, in an encrypted folder', () => {
  it('are offered by the Trash and taken into the person brought back', async () => {
    const a = await folder.openOn(A);
    const { id } = await ok(a.core, 'relationships:create', sam);
    await enableEncryption(a.core, PASSPHRASE);
    const b = await folder.openOn(B);
    await ok(b.core, 'security:unlock', { passphrase: PASSPHRASE });
    expect((await ok(b.core, 'journals:get', { relationshipId: id })).relationship.name).toBe(sam.name);

    await ok(a.core, 'relationships:delete', { id });
    const [item] = await ok(a.core, 'trash:list', {});
    const back = await ok(a.core, 'trash:restore', { file: item!.file });
    expect(await ok(a.core, 'trash:list', {})).toEqual([]);
    // The desktop has not looked at the folder since: it still writes to Sam under the removed id.
    await ok(b.core, 'monitoring-notes:create', { relationshipId: id, at: '2026-02-20T10:00:00.000Z', kind: 'other', note: 'written on the desktop' });

    const late = await ok(a.core, 'trash:list', {});
    expect(late.map((t) => [t.name, t.id])).toEqual([[sam.name, back.id]]);
    expect(await ok(a.core, 'trash:restore', { file: late[0]!.file })).toEqual({ id: back.id, name: sam.name });
    const journal = await ok(a.core, 'journals:get', { relationshipId: back.id });
    expect(journal.monitoringNotes.map((n) => n.note)).toEqual(['written on the desktop']);
    expect(await ok(a.core, 'trash:list', {})).toEqual([]);
    await b.look();
    expect((await ok(b.core, 'relationships:list', { includeArchived: true })).map((p) => p.id)).toEqual([back.id]);
    expect((await ok(b.core, 'journals:get', { relationshipId: back.id })).monitoringNotes.map((n) => n.note)).toEqual(['written on the desktop']);

    const restored = path.join(folder.dir(), 'trash', 'restored');
    for (const name of await fs.readdir(restored)) {
      expect({ name, plain: (await fs.readFile(path.join(restored, name))).includes(sam.name) }).toEqual({ name, plain: false });
    }
  });
});
