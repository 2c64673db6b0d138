import { beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/core/open-core';
import { BACKUP_FORMAT, decodeBackup, encodeBackup } from '../../../src/core/store/backup-file';
import { encodeEnvelope, UnreadableFileError } from '../../../src/core/store/envelope';
import { journalSpec, type Journal } from '../../../src/core/model/journal';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

const enc = new TextEncoder();
const dec = new TextDecoder();
let journals: Journal[];
let good: Uint8Array;

beforeAll(async () => {
  const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
  const a = await addSamplePerson(core, 'Sam Rivera');
  const b = await ok(core, 'relationships:create', { name: 'Ana Silva', role: '', kind: 'peer', started: null, notes: '' });
  journals = [await ok(core, 'journals:get', { relationshipId: a }), await ok(core, 'journals:get', { relationshipId: b.id })];
  good = encodeBackup({ exportedAt: '2026-03-01T10:00:00.000Z', journals });
});

/** The reason decodeBackup gives for refusing these bytes. */
function refusal(bytes: Uint8Array): string {
  try {
    decodeBackup(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(UnreadableFileError);
    return (e as UnreadableFileError).reason;
  }
  return expect.unreachable('the backup was accepted');
}

const edit = (change: (text: string) => string) => enc.encode(change(dec.decode(good)));

describe('JSON backup file', () => {
  it('is readable JSON with a format name, version and checksum, and round-trips exactly', () => {
    const parsed = JSON.parse(dec.decode(good)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ format: BACKUP_FORMAT, version: 1, journalVersion: 1, exportedAt: '2026-03-01T10:00:00.000Z' });
    expect(parsed.checksum).toMatch(/^crc32:[0-9a-f]{8}$/);
    expect(decodeBackup(good)).toEqual({ exportedAt: '2026-03-01T10:00:00.000Z', journals });
  });

  it('refuses files that are not ours, naming what they are', () => {
    expect(refusal(enc.encode('{"hello": "world"}'))).toBe('it is not a Mend backup file');
    expect(refusal(enc.encode('a,b,c\n1,2,3\n'))).toBe('it is not a Mend backup file (it is not the JSON Mend writes)');
    expect(refusal(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toBe('it holds bytes that are not text, so it is not a Mend backup');
    expect(refusal(encodeEnvelope(journalSpec, journals[0]!))).toMatch(/^it is a single journal file from a data folder/);
    expect(refusal(new Uint8Array())).toBe('the file is empty');
  });

  it('refuses a backup from a newer Mend, by backup format or journal format', () => {
    expect(refusal(edit((t) => t.replace('"version": 1', '"version": 2')))).toBe(
      'it was made by a newer Mend (backup format 2); update Mend to import it',
    );
    expect(refusal(edit((t) => t.replace('"journalVersion": 1', '"journalVersion": 7')))).toBe(
      'it was made by a newer Mend (journal format 7); update Mend to import it',
    );
  });

  it('refuses a backup cut short anywhere before its closing brace', () => {
    let cuts = 0;
    const closing = good.length - 2; // the file ends "}\n"
    for (let end = 1; end <= closing; end += end < closing - 200 ? 37 : 1) {
      const reason = refusal(good.slice(0, end));
      if (end > 30) expect(reason).toBe('it is cut short or damaged');
      else expect(reason).toBe('it is not a Mend backup file (it is not the JSON Mend writes)');
      cuts++;
    }
    expect(cuts).toBeGreaterThan(300);
    // Only the final line break missing (an editor may drop it): every byte of data is there.
    expect(decodeBackup(good.slice(0, good.length - 1)).journals).toEqual(journals);
  });

  it('refuses a backup changed after it was saved: a flipped letter in the text, a removed entry', () => {
    expect(refusal(edit((t) => t.replace('Prefers mornings', 'Prefers evenings')))).toMatch(/^its checksum does not match/);
    expect(refusal(edit((t) => t.replace(/"checksum": "crc32:[0-9a-f]+"/, '"checksum": "crc32:00000000"')))).toMatch(/^its checksum does not match/);
    const bytes = good.slice();
    const at = dec.decode(good).indexOf('renewal deck');
    bytes[at] = bytes[at]! ^ 0x01;
    expect(refusal(bytes)).toMatch(/^its checksum does not match/);
  });

  it('refuses content Mend cannot use, even with a correct checksum', () => {
    const twice = encodeBackup({ exportedAt: 'x', journals: [journals[0]!, journals[0]!] });
    expect(refusal(twice)).toBe('it holds the same person twice (journal 2)');
    const badId = { ...journals[1]!, relationship: { ...journals[1]!.relationship, id: '../../etc' } };
    expect(refusal(encodeBackup({ exportedAt: 'x', journals: [badId] }))).toBe('journal 1 has an id Mend cannot use');
    const badName = { ...journals[1]!, relationship: { ...journals[1]!.relationship, name: '' } };
    expect(refusal(encodeBackup({ exportedAt: 'x', journals: [badName] }))).toBe(
      'journal 1 does not match what Mend expects at relationship.name',
    );
  });
});
