import { describe, expect, it } from 'vitest';
import { openLogLines, sealLogLines, type SealControl } from '../../../src/main/storage/encrypted-file-store';
import { newDataKey } from '../../../src/main/storage/keyring';
import { openLogRow, sealLogRow } from '../../../src/main/storage/sealed-log-rows';

/**
 * A log is opened row by row in its bytes: plain rows pass byte for byte, sealed rows are opened, a row
 * that cannot be opened reads as "#reason" ("?reason" without a key), a row Mend did not seal (plain, or
 * damaged) passes as it is, and a torn last row stays torn. A plain log is given back as
 * it is, without a copy.
 */
const PATH = 'logs/r1.abcdef0123456789.log';
const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('opening a log sealed line by line', () => {
  it('gives a plain log back as the very same bytes, torn tail and all', () => {
    const plain = bytes('{"a":1}\n{"b":"ü"}\n{"torn');
    const control: SealControl = { phase: () => 'plain', key: () => null };
    expect(openLogLines(control, PATH, plain)).toBe(plain);
  });

  it('opens sealed rows, keeps plain ones as written, marks the unreadable and keeps a torn tail torn', () => {
    const key = newDataKey();
    const control: SealControl = { phase: () => 'sealing', key: () => key };
    const sealed = text(sealLogLines(key, PATH, bytes('{"n":"one ✓"}\n{"n":2}\n')));
    const foreign = text(sealLogLines(key, 'logs/r2.abcdef0123456789.log', bytes('{"n":3}\n')));
    const stored = `{"plain":true}\n${sealed}${foreign}MENDSEAL:garbage\n\nMENDSEAL:half`;
    expect(text(openLogLines(control, PATH, bytes(stored)))).toBe(
      // The empty row is damage, not a sealed row: it passes on as it is, for the reader to report.
      '{"plain":true}\n{"n":"one ✓"}\n{"n":2}\n#it could not be decrypted\n#it could not be decrypted\n\n{',
    );
  });

  it('says a sealed row needs the keyring when the folder has none', () => {
    const key = newDataKey();
    const sealed = sealLogLines(key, PATH, bytes('{"n":1}\n'));
    const control: SealControl = { phase: () => 'plain', key: () => null };
    expect(text(openLogLines(control, PATH, sealed))).toBe('?it is encrypted, but this data folder has no keyring.json to open it with\n');
  });
});

describe('opening a long sealed log in batches', () => {
  it('gives, row for row, what opening each row on its own gives, across batch boundaries and damage', () => {
    const key = newDataKey();
    const other = newDataKey();
    const control: SealControl = { phase: () => 'sealing', key: () => key };
    const rows: string[] = [];
    for (let i = 0; i < 9000; i++) {
      const plain = `{"n":${i},"text":"line ${i} ✓"}`;
      const kind = i % 97;
      if (kind === 1) rows.push(plain); // written before encryption went on
      else if (kind === 2) rows.push(sealLogRow(key, 'logs/r2.abcdef0123456789.log', plain)); // another journal's
      else if (kind === 3) rows.push(sealLogRow(other, PATH, plain)); // another key
      else if (kind === 4) rows.push(sealLogRow(key, PATH, plain).replace(/.(?=.{6}$)/, (c) => (c === 'A' ? 'B' : 'A'))); // tampered
      else if (kind === 5) rows.push('MENDSEAL:not base64 at all!');
      else if (kind === 6) rows.push('');
      else rows.push(sealLogRow(key, PATH, plain));
    }
    const stored = bytes(`${rows.join('\n')}\nMENDSEAL:torn`);
    // Only a row Mend sealed is opened; any other (plain, or damaged like the empty one) passes as it is.
    const expected = rows.map((row) => (row.startsWith('MENDSEAL:') ? text(openLogRow(key, PATH, row)) : row)).join('\n');
    expect(text(openLogLines(control, PATH, stored))).toBe(`${expected}\n{`);
    expect(expected.split('\n').filter((r) => r === '#it could not be decrypted').length).toBe(93 * 4);
  });
});
