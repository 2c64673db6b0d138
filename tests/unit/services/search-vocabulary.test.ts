import { describe, it, expect } from 'vitest';
import { Vocabulary, withinEdits } from '../../../src/core/services/search-vocabulary';
import { openCore } from '../../../src/core/open-core';
import { MemoryFileStore, fixedStamp, testPlatform } from '../../support/memory-file-store';
import { addSamplePerson, ok } from '../../support/sample-journal';

describe('withinEdits', () => {
  it('says whether two words are at most n edits apart', () => {
    expect(withinEdits('renewl', 'renewal', 1)).toBe(true);
    expect(withinEdits('missed', 'kissed', 1)).toBe(true);
    expect(withinEdits('missed', 'mist', 1)).toBe(false);
    expect(withinEdits('missed', 'mist', 2)).toBe(false);
    expect(withinEdits('missed', 'mist', 3)).toBe(true);
    expect(withinEdits('abc', 'abc', 0)).toBe(true);
    expect(withinEdits('', 'ab', 1)).toBe(false);
  });
});

describe('Vocabulary', () => {
  const words = new Vocabulary();
  words.remember(['renewal', 'deck', 'the', 'deadline']);
  it('knows a word, a start of one (from 3 letters) and a slip within the distance, and nothing else', () => {
    expect(words.mayMatch('deck', 3, 0)).toBe(true);
    expect(words.mayMatch('dead', 3, 0)).toBe(true);
    expect(words.mayMatch('de', 3, 0)).toBe(false);
    expect(words.mayMatch('renewl', 3, 0)).toBe(false);
    expect(words.mayMatch('renewl', 3, 1)).toBe(true);
    expect(words.mayMatch('zeppelin', 3, 2)).toBe(false);
  });
});

describe('a query with a word nothing holds', () => {
  it('finds nothing, though its other word is everywhere; each word still finds alone and with a slip', async () => {
    const core = await openCore({ files: new MemoryFileStore(), platform: testPlatform().platform, ...fixedStamp() });
    await addSamplePerson(core);
    for (let i = 0; i < 400; i++) {
      const s = await ok(core, 'search:status', {});
      if (s.ready) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await ok(core, 'search:query', { query: 'deck' })).groups).toHaveLength(1);
    expect((await ok(core, 'search:query', { query: 'deck xylophone' })).groups).toHaveLength(0);
    expect((await ok(core, 'search:query', { query: 'xylophone' })).groups).toHaveLength(0);
    expect((await ok(core, 'search:query', { query: 'renewl deck' })).groups).toHaveLength(1);
  });
});
