import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true, value: [] })) },
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
  [string, { invoke(channel: unknown, input: unknown): Promise<unknown> }],
];

describe('preload bridge', () => {
  it('exposes exactly one frozen invoke function as window.mend', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(name).toBe('mend');
    expect(Object.keys(api)).toEqual(['invoke']);
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
});
