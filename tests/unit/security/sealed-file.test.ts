import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../src/core/errors';
import { createEncryptedFileStore, WriteGate, type SealPhase } from '../../../src/main/storage/encrypted-file-store';
import { newDataKey } from '../../../src/main/storage/keyring';
import { isSealed, openSealed, readHeader, seal, SEAL_MAGIC, SealError } from '../../../src/main/storage/sealed-file';
import { MemoryFileStore } from '../../support/memory-file-store';

const text = new TextEncoder().encode('{\n"mend": "journal",\n"data": {"notes": "Owns the Acme account."}\n}\n');
const PATH = 'relationships/abc.json';

function protectedStore(phase: SealPhase = 'sealing', key = newDataKey()) {
  const inner = new MemoryFileStore();
  const files = createEncryptedFileStore(inner, { phase: () => phase, key: () => key }, new WriteGate());
  return { inner, files, key };
}

describe('the sealed format', () => {
  it('round-trips any bytes, with the magic, version and identity in a readable header', () => {
    const key = newDataKey();
    for (const plain of [new Uint8Array(0), text, new Uint8Array(70_000).map((_, i) => i % 251)]) {
      const sealed = seal(key, PATH, plain);
      expect(isSealed(sealed)).toBe(true);
      expect(Buffer.from(sealed.subarray(0, 8)).toString()).toBe('MENDSEAL');
      expect(readHeader(sealed)).toMatchObject({ version: 1, identity: PATH });
      expect(Buffer.from(openSealed(key, PATH, sealed)).equals(Buffer.from(plain))).toBe(true);
    }
  });

  it('uses a fresh IV on every write, so the same text never seals to the same bytes', () => {
    const key = newDataKey();
    const a = seal(key, PATH, text);
    const b = seal(key, PATH, text);
    expect(Buffer.from(a.subarray(17, 29)).equals(Buffer.from(b.subarray(17, 29)))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });

  it('refuses the file when any single byte is flipped, header or body', () => {
    const key = newDataKey();
    const sealed = seal(key, PATH, text);
    let refused = 0;
    for (let i = 0; i < sealed.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const bad = sealed.slice();
        bad[i]! ^= mask;
        expect(() => openSealed(key, PATH, bad), `byte ${i}`).toThrow(SealError);
        refused++;
      }
    }
    expect(refused).toBe(sealed.length * 2);
  });

  it('refuses every truncation, a different key, and a file sealed for another path', () => {
    const key = newDataKey();
    const sealed = seal(key, PATH, text);
    for (let n = 0; n < sealed.length; n++) expect(() => openSealed(key, PATH, sealed.subarray(0, n)), `length ${n}`).toThrow(SealError);
    expect(() => openSealed(newDataKey(), PATH, sealed)).toThrow(/different key/);
    expect(() => openSealed(key, 'relationships/other.json', sealed)).toThrow(/belongs to relationships\/abc\.json/);
  });
});

describe('the encrypted FileStore', () => {
  it('stores sealed bytes and gives plain bytes back; earlier versions decrypt too', async () => {
    const { inner, files } = protectedStore();
    await files.write(PATH, text);
    await files.write(PATH, new TextEncoder().encode('{"v": 2}'));
    expect(isSealed((await inner.read(PATH))!)).toBe(true);
    expect(new TextDecoder().decode((await files.read(PATH))!)).toBe('{"v": 2}');
    const [backup] = await files.backups(PATH);
    expect(Buffer.from(await files.readBackup(PATH, backup!.id)).equals(Buffer.from(text))).toBe(true);
  });

  it('refuses, as damaged and naming the file, every single-byte flip of a stored file', async () => {
    const { inner, files } = protectedStore();
    await files.write(PATH, text);
    const good = (await inner.read(PATH))!;
    for (let i = 0; i < good.length; i++) {
      const bad = good.slice();
      bad[i]! ^= 0x01;
      inner.files.set(PATH, bad);
      const error = await files.read(PATH).then(() => null, (e: unknown) => e);
      expect(isDomainError(error) && error.code === 'damaged' && error.message.includes(PATH), `byte ${i}`).toBe(true);
    }
  });

  it('moves a sealed journal to another path only to find it refused there', async () => {
    const { inner, files } = protectedStore();
    await files.write(PATH, text);
    inner.files.set('relationships/victim.json', inner.files.get(PATH)!);
    await expect(files.read('relationships/victim.json')).rejects.toThrow(/belongs to relationships\/abc\.json/);
  });

  it('reads plain files while sealing (a conversion under way) and refuses everything while locked', async () => {
    const sealing = protectedStore();
    sealing.inner.files.set(PATH, text);
    expect(await sealing.files.read(PATH)).toEqual(text);
    const locked = protectedStore('locked');
    await expect(locked.files.read(PATH)).rejects.toMatchObject({ code: 'locked' });
    await expect(locked.files.write(PATH, text)).rejects.toMatchObject({ code: 'locked' });
    await expect(locked.files.list('relationships')).rejects.toMatchObject({ code: 'locked' });
    expect(locked.inner.files.size).toBe(0);
  });

  it('says so when a folder without a keyring holds a sealed file, instead of misreading it', async () => {
    const key = newDataKey();
    const plain = protectedStore('plain', key);
    plain.inner.files.set(PATH, seal(key, PATH, text));
    await expect(plain.files.read(PATH)).rejects.toThrow(/encrypted, but this data folder has no keyring/);
    expect(SEAL_MAGIC).toHaveLength(8);
  });
});
