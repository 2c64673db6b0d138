import { describe, expect, it } from 'vitest';
import { cutBetweenCharacters } from '../../../src/core/logic/cut-text';

/** Names cut short never end in half a character (found by attack26: a computer's name ended in "�"). */
describe('cutting a name between characters', () => {
  it('keeps whole emoji, flags and combining accents at every limit', () => {
    const name = `${'x'.repeat(199)}💻`;
    expect(cutBetweenCharacters(name, { units: 200 })).toBe('x'.repeat(199));
    expect(cutBetweenCharacters(`${'y'.repeat(99)}💻 at home`, { units: 100 })).toBe('y'.repeat(99));
    expect(cutBetweenCharacters('ab🇯🇵cd', { characters: 3 })).toBe('ab🇯🇵');
    expect(cutBetweenCharacters('Ame\u0301lie', { units: 4 })).toBe('Ame\u0301');
    expect(cutBetweenCharacters('Ame\u0301lie', { units: 3 })).toBe('Am');
    expect(cutBetweenCharacters('日本語のチーム', { bytes: 7 })).toBe('日本');
  });

  it('leaves what fits as it is', () => {
    expect(cutBetweenCharacters('Home laptop', { units: 100, characters: 100, bytes: 200 })).toBe('Home laptop');
    expect(cutBetweenCharacters('', { units: 1 })).toBe('');
  });
});
