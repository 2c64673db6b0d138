import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardClose, type CloseGuardDeps } from '../../../src/main/close-guard';
import { createInFlight } from '../../../src/main/in-flight';
import { readFlushReport } from '../../../src/main/flush-report';

/** A window that closes when 'close' is not prevented. */
class FakeWindow extends EventEmitter {
  closed = 0;
  destroyed = false;
  close(): void {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    this.emit('close', event);
    if (!event.prevented) this.closed += 1;
  }
  isDestroyed = (): boolean => this.destroyed;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function guarded(deps: Partial<CloseGuardDeps>): FakeWindow {
  const win = new FakeWindow();
  guardClose(win, { requestFlush: async () => ({ saved: 1, failed: 0, unsaved: [] }), ask: async () => 'wait', ...deps });
  return win;
}

describe('guardClose', () => {
  it('holds the close until the page reports everything saved, then closes once', async () => {
    let report!: (r: { saved: number; failed: number; unsaved: string[] }) => void;
    const win = guarded({ requestFlush: () => new Promise((resolve) => (report = resolve)) });
    win.close();
    win.close(); // a second click while saving changes nothing
    await tick();
    expect(win.closed).toBe(0);
    report({ saved: 2, failed: 0, unsaved: [] });
    await vi.waitFor(() => expect(win.closed).toBe(1));
  });

  it('asks the person when the page does not answer in time; Wait asks the page again, Quit anyway closes', async () => {
    const requestFlush = vi.fn(async () => 'timeout' as const);
    const ask = vi.fn<CloseGuardDeps['ask']>().mockResolvedValueOnce('wait').mockResolvedValueOnce('quit-anyway');
    const win = guarded({ requestFlush, ask });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(requestFlush).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenCalledWith({ kind: 'timeout' });
  });

  it('keeps the window open when saves failed and the person chooses to keep Mend open', async () => {
    const failed = { saved: 0, failed: 1, unsaved: ['the debrief for one person'] };
    const keptOpen = vi.fn();
    const ask = vi.fn<CloseGuardDeps['ask']>().mockResolvedValue('keep-open');
    const win = guarded({ requestFlush: async () => failed, ask, keptOpen });
    win.close();
    await vi.waitFor(() => expect(keptOpen).toHaveBeenCalled());
    expect(ask).toHaveBeenCalledWith({ kind: 'failed', report: failed });
    expect(win.closed).toBe(0);
  });

  it('treats a flush that throws like no answer', async () => {
    const ask = vi.fn<CloseGuardDeps['ask']>().mockResolvedValue('quit-anyway');
    const win = guarded({ requestFlush: () => Promise.reject(new Error('gone')), ask });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(ask).toHaveBeenCalledWith({ kind: 'timeout' });
  });
});

describe('guardClose with text held in main while Mend is locked', () => {
  const allSavedReport = async () => ({ saved: 0, failed: 0, unsaved: [] });

  it('asks before closing while text is held only in memory; Go back keeps the window open', async () => {
    const keptOpen = vi.fn();
    const loseHeld = vi.fn<NonNullable<CloseGuardDeps['loseHeld']>>().mockResolvedValue(false);
    const keepHeld = vi.fn(async () => ({ locked: true, labels: ['a new incident'] }));
    const win = guarded({ requestFlush: allSavedReport, keepHeld, loseHeld, keptOpen });
    win.close();
    await vi.waitFor(() => expect(keptOpen).toHaveBeenCalled());
    expect(loseHeld).toHaveBeenCalledWith({ locked: true, labels: ['a new incident'] });
    expect(win.closed).toBe(0);
  });

  it('closes when the person chooses to quit and lose them', async () => {
    const loseHeld = vi.fn<NonNullable<CloseGuardDeps['loseHeld']>>().mockResolvedValue(true);
    const win = guarded({ requestFlush: allSavedReport, keepHeld: async () => ({ locked: true, labels: ['a trust check'] }), loseHeld });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(loseHeld).toHaveBeenCalledTimes(1);
  });

  it('closes without asking once the held text was stored as drafts', async () => {
    const loseHeld = vi.fn<NonNullable<CloseGuardDeps['loseHeld']>>();
    const keepHeld = vi.fn(async () => ({ locked: false, labels: [] }));
    const win = guarded({ requestFlush: allSavedReport, keepHeld, loseHeld });
    win.close();
    await vi.waitFor(() => expect(win.closed).toBe(1));
    expect(keepHeld).toHaveBeenCalledTimes(1);
    expect(loseHeld).not.toHaveBeenCalled();
  });

  it('a failure to look at the held text counts as text that may be lost', async () => {
    const loseHeld = vi.fn<NonNullable<CloseGuardDeps['loseHeld']>>().mockResolvedValue(false);
    const keptOpen = vi.fn();
    const win = guarded({ requestFlush: allSavedReport, keepHeld: () => Promise.reject(new Error('x')), loseHeld, keptOpen });
    win.close();
    await vi.waitFor(() => expect(keptOpen).toHaveBeenCalled());
    expect(win.closed).toBe(0);
  });
});

describe('in-flight calls', () => {
  it('drains once every tracked call settles, and times out while one is still running', async () => {
    const inFlight = createInFlight();
    let finish!: () => void;
    const call = inFlight.track(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(inFlight.count).toBe(1);
    await expect(inFlight.drain(20)).resolves.toBe(false);
    const drained = inFlight.drain(1_000);
    finish();
    await call;
    await expect(drained).resolves.toBe(true);
    expect(inFlight.count).toBe(0);
    await expect(inFlight.track(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(inFlight.count).toBe(0);
  });
});

describe('readFlushReport', () => {
  it('believes a well-formed report and trims its labels', () => {
    expect(readFlushReport({ saved: 1, failed: 0, unsaved: [] })).toEqual({ saved: 1, failed: 0, unsaved: [] });
    const long = 'x'.repeat(200);
    expect(readFlushReport({ saved: 0, failed: 1, unsaved: [long, 3, '', 'a', 'b', 'c', 'd', 'e', 'f'] }).unsaved).toHaveLength(6);
    expect(readFlushReport({ saved: 0, failed: 1, unsaved: [long] }).unsaved[0]).toHaveLength(80);
  });

  it.each([null, 'ok', { saved: -1, failed: 0, unsaved: [] }, { saved: 1, failed: 0.5, unsaved: [] }, { saved: 1, failed: 0 }])(
    'counts a malformed report %j as something possibly unsaved',
    (raw) => {
      expect(readFlushReport(raw).failed).toBe(1);
    },
  );
});
