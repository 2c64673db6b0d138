import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_LIST } from '../core/api/channels';

/**
 * The renderer's whole view of the outside world: one function. The allow-list is checked here too
 * (main checks again) so a compromised page cannot even reach main with a made-up channel.
 */
const allowed: ReadonlySet<string> = new Set(CHANNEL_LIST);

const bridge = Object.freeze({
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        code: 'invalid-input',
        message: 'Mend does not know this request. Try restarting Mend.',
      });
    }
    return ipcRenderer.invoke('mend:invoke', channel, input);
  },
});

contextBridge.exposeInMainWorld('mend', bridge);
