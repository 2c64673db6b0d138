import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { Autosave, type SaveState } from '../../../src/renderer/src/lib/autosave';
import { flushPendingSaves } from '../../../src/renderer/src/lib/pending-saves';
import { mergeDraftPatch } from '../../../src/renderer/src/features/prepare/draft-patch';
import type { DraftPatch } from '../../../src/core/model/preparation';

function setup(fail: () => boolean = () => false, label?: string) {
  const saved: DraftPatch[] = [];
  const states: SaveState[] = [];
  const autosave = new Autosave<DraftPatch>({
    save: async (patch) => {
      if (fail()) throw new Error('disk full');
      saved.push(patch);
    },
    merge: mergeDraftPatch,
    onState: (s) => void states.push(s),
    ...(label ? { label } : {}),
  });
  return { autosave, saved, states };
}

/** A save the test settles by hand, to hold one in flight. */
function manualSaves() {
  const sent: { text: string; resolve: () => void; reject: (e: Error) => void }[] = [];
  const autosave = new Autosave<string>({
    save: (text) => new Promise<void>((resolve, reject) => void sent.push({ text, resolve, reject })),
    merge: (_older, newer) => newer,
  });
  return { autosave, sent };
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
    autosave.dispose();
  });

  it('a flush sends the newest text at once, synchronously, while an earlier save is still in flight', async () => {
    const { autosave, sent } = manualSaves();
    autosave.edit('first');
    void autosave.flush();
    autosave.edit('first and newest');
    const done = autosave.flush();
    expect(sent.map((s) => s.text)).toEqual(['first', 'first and newest']);
    sent[1]!.resolve();
    // The newer save carries everything: the older one may fail without anything being lost.
    sent[0]!.reject(new Error('disk full'));
    expect(await done).toBe(true);
    expect(autosave.dirty).toBe(false);
    autosave.dispose();
  });

  it('sendNow never sends the same text twice and sends nothing when all is stored', () => {
    const { autosave, sent } = manualSaves();
    autosave.sendNow();
    autosave.edit('a');
    autosave.sendNow();
    autosave.sendNow();
    expect(sent.map((s) => s.text)).toEqual(['a']);
    autosave.dispose();
  });

  it('merges every unsaved patch under newer ones while a save is in flight', async () => {
    const saved: DraftPatch[] = [];
    let release: () => void = () => {};
    const autosave = new Autosave<DraftPatch>({
      save: (patch) => {
        saved.push(patch);
        return saved.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
      },
      merge: mergeDraftPatch,
    });
    autosave.edit({ facts: { camera: 'one' } });
    autosave.sendNow();
    autosave.edit({ facts: { story: 'two' } });
    const flushed = autosave.flush();
    expect(saved[1]).toEqual({ facts: { camera: 'one', story: 'two' } });
    release();
    expect(await flushed).toBe(true);
    autosave.dispose();
  });

  it('keeps a refused patch and retries it, merged under newer edits, on the next edit', async () => {
    let failing = true;
    const { autosave, saved, states } = setup(() => failing);
    autosave.edit({ facts: { camera: 'one' }, step: 1 });
    expect(await autosave.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(autosave.dirty).toBe(true);
    expect(autosave.failed).toBe(true);
    failing = false;
    autosave.edit({ facts: { story: 'two' } });
    await vi.advanceTimersByTimeAsync(600);
    expect(saved).toEqual([{ facts: { camera: 'one', story: 'two' }, step: 1 }]);
    expect(states.at(-1)).toBe('saved');
    expect(autosave.failed).toBe(false);
    autosave.dispose();
  });

  it('a flush after a refusal sends the text again', async () => {
    let failing = true;
    const { autosave, saved } = setup(() => failing);
    autosave.edit({ plan: { experience: 'x' } });
    expect(await autosave.flush()).toBe(false);
    failing = false;
    expect(await autosave.flush()).toBe(true);
    expect(saved).toEqual([{ plan: { experience: 'x' } }]);
    autosave.dispose();
  });

  it('the flush report counts what was saved and names, without its text, what was not', async () => {
    const ok = setup(() => false, 'a trust check');
    const bad = setup(() => true, 'a new incident');
    const clean = setup(() => true, 'a person');
    ok.autosave.edit({ facts: { camera: 'secret words' } });
    bad.autosave.edit({ facts: { camera: 'more secret words' } });
    const report = await flushPendingSaves();
    expect(report).toEqual({ saved: 1, failed: 1, unsaved: ['a new incident'] });
    expect(JSON.stringify(report)).not.toContain('secret');
    for (const s of [ok, bad, clean]) s.autosave.dispose();
  });

  it('hands over its unsaved text, merged, to be held across a lock, and nothing once it is saved', async () => {
    let failing = true;
    const autosave = new Autosave<DraftPatch>({
      save: async () => {
        if (failing) throw new Error('disk full');
      },
      merge: mergeDraftPatch,
      label: 'a preparation',
      holdKey: 'preparation:p1:x1',
    });
    autosave.edit({ facts: { camera: 'one' } });
    autosave.edit({ facts: { story: 'two' } });
    expect(await autosave.flush()).toBe(false);
    expect(autosave.held()).toEqual([{ key: 'preparation:p1:x1', label: 'a preparation', fields: { facts: { camera: 'one', story: 'two' } } }]);
    failing = false;
    expect(await autosave.flush()).toBe(true);
    expect(autosave.held()).toEqual([]);
    autosave.dispose();
  });

  it('newer text wins over a refused older value of the same field', () => {
    expect(mergeDraftPatch({ plan: { experience: 'old' }, hypotheses: [] }, { plan: { experience: 'new' } })).toEqual({
      plan: { experience: 'new' },
      hypotheses: [],
    });
  });
});
