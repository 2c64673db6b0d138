import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { Autosave, type SaveState } from '../../../src/renderer/src/features/prepare/autosave';
import { mergeDraftPatch } from '../../../src/renderer/src/features/prepare/draft-patch';
import type { DraftPatch } from '../../../src/core/model/preparation';

function setup(fail: () => boolean = () => false) {
  const saved: DraftPatch[] = [];
  const states: SaveState[] = [];
  const autosave = new Autosave<DraftPatch>({
    save: async (patch) => {
      if (fail()) throw new Error('disk full');
      saved.push(patch);
    },
    merge: mergeDraftPatch,
    onState: (s) => void states.push(s),
  });
  return { autosave, saved, states };
}

describe('autosave', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('debounces edits into one merged save about 600 ms after the last one', async () => {
    const { autosave, saved, states } = setup();
    autosave.edit({ facts: { camera: 'T' } });
    await vi.advanceTimersByTimeAsync(400);
    autosave.edit({ facts: { camera: 'The' } });
    autosave.edit({ facts: { story: 'S' }, coolDown: { activation: 2 } });
    await vi.advanceTimersByTimeAsync(599);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([{ facts: { camera: 'The', story: 'S' }, coolDown: { activation: 2 } }]);
    expect(states.at(-1)).toBe('saved');
    expect(autosave.dirty).toBe(false);
  });

  it('flush saves at once and waits for a save already on its way', async () => {
    const { autosave, saved } = setup();
    autosave.edit({ plan: { perspective: 'a' } });
    const first = autosave.flush();
    autosave.edit({ plan: { permission: 'b' } });
    expect(await autosave.flush()).toBe(true);
    await first;
    expect(saved).toEqual([{ plan: { perspective: 'a' } }, { plan: { permission: 'b' } }]);
  });

  it('keeps a refused patch and retries it, merged under newer edits, on the next edit', async () => {
    let failing = true;
    const { autosave, saved, states } = setup(() => failing);
    autosave.edit({ facts: { camera: 'one' }, step: 1 });
    expect(await autosave.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(autosave.dirty).toBe(true);
    failing = false;
    autosave.edit({ facts: { story: 'two' } });
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual([{ facts: { camera: 'one', story: 'two' }, step: 1 }]);
    expect(states.at(-1)).toBe('saved');
  });

  it('newer text wins over a refused older value of the same field', () => {
    expect(mergeDraftPatch({ plan: { experience: 'old' }, hypotheses: [] }, { plan: { experience: 'new' } })).toEqual({
      plan: { experience: 'new' },
      hypotheses: [],
    });
  });
});
