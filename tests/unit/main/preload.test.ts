import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: [] })),
    on: vi.fn(),
    send: vi.fn(),
  },
}));
vi.mock('electron', () => electron);
vi.mock('../../../src/core/api/channels', () => ({
  CHANNEL_LIST: ['relationships:list', 'app:info'],
  isChannel: () => {
    throw new Error('the preload must rely on CHANNEL_LIST only');
  },
}));

await import('../../../src/preload/index');

const [[name, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [
  [string, { invoke(channel: unknown, input: unknown): Promise<unknown>; onFlushRequest(h: () => Promise<unknown>): void; onEvent(h: (kind: string, payload: unknown) => void): void }],
];

/** main → page: what ipcRenderer.on('mend:flush-request') was given. */
const flushListener = (): ((event: unknown, id: unknown) => void) => {
  const call = electron.ipcRenderer.on.mock.calls.find((c) => (c as unknown[])[0] === 'mend:flush-request') as unknown[] | undefined;
  return call![1] as (event: unknown, id: unknown) => void;
};

describe('preload bridge', () => {
  it('exposes exactly invoke, onFlushRequest and onEvent, frozen, as window.mend', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('mend');
    expect(Object.keys(api)).toEqual(['invoke', 'onFlushRequest', 'onEvent']);
    expect(typeof api.invoke).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards allow-listed channels over mend:invoke', async () => {
    const input = { id: 'r1' };
    await expect(api.invoke('relationships:list', input)).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('mend:invoke', 'relationships:list', input);
  });

  it.each(['fs:read', '__proto__', 'constructor', 'mend:invoke', 42, null])(
    'answers %j itself and never reaches ipcRenderer',
    async (channel) => {
      electron.ipcRenderer.invoke.mockClear();
      await expect(api.invoke(channel, {})).resolves.toMatchObject({ ok: false, code: 'invalid-input' });
      expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('answers a flush request with a report of nothing pending before the page registers a handler', async () => {
    flushListener()({}, 7);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('mend:flush-report', 7, { saved: 0, failed: 0, unsaved: [] }));
  });

  it("answers a flush request with the page's own report once it registered a handler", async () => {
    electron.ipcRenderer.send.mockClear();
    api.onFlushRequest(async () => ({ saved: 2, failed: 0, unsaved: [] }));
    flushListener()({}, 8);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('mend:flush-report', 8, { saved: 2, failed: 0, unsaved: [] }));
  });

  it("hands main's news (mend:event) to the page's handler: the kind and payload only, never the IPC event", () => {
    const seen: unknown[][] = [];
    api.onEvent((...args: unknown[]) => void seen.push(args));
    const call = electron.ipcRenderer.on.mock.calls.find((c) => (c as unknown[])[0] === 'mend:event') as unknown[] | undefined;
    const listener = call![1] as (event: unknown, kind: unknown, payload: unknown) => void;
    listener({ sender: 'ipc' }, 'journal-changed', { relationshipId: 'r1' });
    listener({ sender: 'ipc' }, 42, { relationshipId: 'r2' }); // not a kind: dropped
    expect(seen).toEqual([['journal-changed', { relationshipId: 'r1' }]]);
  });

  it('reports that something may be unsaved when the page handler throws', async () => {
    electron.ipcRenderer.send.mockClear();
    api.onFlushRequest(() => Promise.reject(new Error('boom')));
    flushListener()({}, 9);
    await vi.waitFor(() => expect(electron.ipcRenderer.send).toHaveBeenCalledWith('mend:flush-report', 9, expect.objectContaining({ failed: 1 })));
  });
});
