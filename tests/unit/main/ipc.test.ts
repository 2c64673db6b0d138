import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ ipcMain: { handle: vi.fn() } }));
vi.mock('electron', () => electron);
vi.mock('../../../src/core/api/channels', () => ({
  CHANNEL_LIST: ['relationships:list'],
  isChannel: (x: unknown) => x === 'relationships:list',
}));

import type { Core } from '../../../src/core/open-core';
import { INVOKE_CHANNEL, createFrameTrust, registerIpc, type SenderFrame } from '../../../src/main/ipc';

const trusted = createFrameTrust(['app://mend']);
const mainFrame = (url: string): SenderFrame => ({ url, parent: null }) as SenderFrame;
const subFrame = (url: string): SenderFrame => ({ url, parent: mainFrame('app://mend/index.html') }) as SenderFrame;

let core: { call: ReturnType<typeof vi.fn> };
let invoke: (frame: SenderFrame | null, channel: unknown, input?: unknown) => Promise<unknown>;

beforeEach(() => {
  electron.ipcMain.handle.mockReset();
  core = { call: vi.fn(() => Promise.resolve({ ok: true, value: ['r1'] })) };
  registerIpc(core as unknown as Core, trusted);
  const [name, handler] = electron.ipcMain.handle.mock.calls[0]!;
  expect(name).toBe(INVOKE_CHANNEL);
  invoke = (frame, channel, input) => handler({ senderFrame: frame }, channel, input);
});

describe('registerIpc', () => {
  it('registers the single mend:invoke handler', () => {
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(INVOKE_CHANNEL).toBe('mend:invoke');
  });

  it("forwards a call from the app's own main frame to the core", async () => {
    const input = { includeArchived: false };
    await expect(invoke(mainFrame('app://mend/index.html'), 'relationships:list', input)).resolves.toEqual({
      ok: true,
      value: ['r1'],
    });
    expect(core.call).toHaveBeenCalledWith('relationships:list', input);
  });

  it.each([
    ['no frame', null],
    ['a subframe', subFrame('app://mend/frame.html')],
    ['another origin', mainFrame('https://example.com/')],
    ['another app host', mainFrame('app://evil/index.html')],
    ['a file page', mainFrame('file:///tmp/index.html')],
  ])('refuses a call from %s without reaching the core', async (_label, frame) => {
    const result = await invoke(frame, 'relationships:list', {});
    expect(result).toEqual({ ok: false, code: 'internal', message: 'This request did not come from Mend’s own window.' });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('refuses a frame that throws when inspected (destroyed mid-call)', async () => {
    const frame = {
      parent: null,
      get url(): string {
        throw new Error('Render frame was disposed');
      },
    } as SenderFrame;
    await expect(invoke(frame, 'relationships:list', {})).resolves.toMatchObject({ ok: false, code: 'internal' });
    expect(core.call).not.toHaveBeenCalled();
  });

  it.each(['nope:never', '__proto__', 42, undefined])('refuses unknown channel %s as invalid input', async (channel) => {
    const result = await invoke(mainFrame('app://mend/index.html'), channel, {});
    expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('turns a throwing core into a Result rather than a rejected promise', async () => {
    core.call.mockRejectedValueOnce(new Error('secret journal text'));
    const result = await invoke(mainFrame('app://mend/index.html'), 'relationships:list', {});
    expect(result).toMatchObject({ ok: false, code: 'internal' });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});
