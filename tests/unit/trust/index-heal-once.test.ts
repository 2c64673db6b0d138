import { describe, it, expect } from 'vitest';
import { seedTrustStory } from '../../support/trust-story';
import { trustWorld, NOW, DAY } from './world';

/**
 * Opening a journal heals its index summary only when the summary is stale. A summary that already
 * matches the journal is never written again: not on every open, not after a restart or an unlock.
 */
describe('the index summary on opening a journal', () => {
  it('is not rewritten when nothing changed, before or after a restart, and Home stays the same', async () => {
    const w = await trustWorld();
    const story = await seedTrustStory((c, i) => w.core.call(c, i), NOW);
    const people = [story.sam, story.ana, story.kim];
    const homeBefore = await w.ok('home:get', {});
    for (const id of people) await w.ok('journals:get', { relationshipId: id });
    const indexWrites: string[] = [];
    const write = w.files.write.bind(w.files);
    w.files.write = async (path, bytes) => {
      if (path.startsWith('index')) indexWrites.push(path);
      return write(path, bytes);
    };

    const again = await w.reopen();
    w.clock.now = new Date(NOW.getTime() + DAY / 2);
    for (const id of people) expect((await again.call('journals:get', { relationshipId: id })).ok).toBe(true);
    expect(indexWrites, 'no index shard written by opening every journal again').toEqual([]);
    w.clock.now = NOW;
    expect(await again.call('home:get', {})).toEqual({ ok: true, value: homeBefore });
  });
});
