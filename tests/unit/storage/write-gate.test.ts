import { describe, expect, it } from 'vitest';
import { WriteGate } from '../../../src/main/storage/encrypted-file-store';

/** A promise and the function that settles it, to hold a task open for as long as a test needs. */
function held(): { promise: Promise<void>; release: () => void } {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
}

describe('the write gate', () => {
  it('lets a save run while another write is still under way (a fold or an index shard never holds a save back)', async () => {
    const gate = new WriteGate();
    const slow = held();
    const events: string[] = [];
    const snapshot = gate.run(async () => {
      events.push('snapshot starts');
      await slow.promise;
      events.push('snapshot ends');
    });
    await gate.run(async () => void events.push('append'));
    expect(events).toEqual(['snapshot starts', 'append']);
    slow.release();
    await snapshot;
  });

  it('runs a conversion alone: after the writes under way, before the writes asked for meanwhile', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const slow = held();
    const write = gate.run(async () => {
      await slow.promise;
      events.push('write under way ends');
    });
    const conversion = gate.exclusive(async () => {
      events.push('conversion starts');
      await new Promise((r) => setTimeout(r, 5));
      events.push('conversion ends');
    });
    const later = gate.run(async () => void events.push('write asked for later'));
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual([]); // the conversion waits for the write under way; the later write for both
    slow.release();
    await Promise.all([write, conversion, later]);
    expect(events).toEqual(['write under way ends', 'conversion starts', 'conversion ends', 'write asked for later']);
  });

  it('runs conversions one at a time, and a failed one lets writes go on', async () => {
    const gate = new WriteGate();
    const events: string[] = [];
    const first = gate.exclusive(async () => {
      events.push('first starts');
      await new Promise((r) => setTimeout(r, 5));
      events.push('first ends');
      throw new Error('disk full');
    });
    const second = gate.exclusive(async () => void events.push('second'));
    await expect(first).rejects.toThrow('disk full');
    await second;
    await gate.run(async () => void events.push('write'));
    expect(events).toEqual(['first starts', 'first ends', 'second', 'write']);
  });
});
