import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_LIST } from '../core/api/channels';
import { IPC } from '../core/api/ipc-channels';
import type { FlushReport } from '../core/api/bridge';

/**
 * The renderer's whole view of the outside world: one function, plus the page's answer to main's
 * "save now" before a window closes. The allow-list is checked here too (main checks again) so a
 * compromised page cannot even reach main with a made-up channel.
 */
const allowed: ReadonlySet<string> = new Set(CHANNEL_LIST);

/** What the page answers when it registered no handler (nothing pending that it knows of). */
const NOTHING_PENDING: FlushReport = { saved: 0, failed: 0, unsaved: [] };
/** What main is told when the page's own flush threw: something may not be saved. */
const FLUSH_THREW: FlushReport = { saved: 0, failed: 1, unsaved: ['your latest changes'] };

let flushHandler: (() => Promise<FlushReport>) | null = null;
let eventHandler: ((kind: string, payload: unknown) => void) | null = null;

// Main's news for the page (another computer changed a journal): kinds and ids only, never text.
ipcRenderer.on(IPC.EVENT, (_event, kind: unknown, payload: unknown) => {
  if (typeof kind === 'string') eventHandler?.(kind, payload);
});

ipcRenderer.on(IPC.FLUSH_REQUEST, (_event, id: unknown) => {
  const handler = flushHandler;
  const flushed = handler === null ? Promise.resolve(NOTHING_PENDING) : Promise.resolve().then(handler);
  void flushed.then(
    (report) => ipcRenderer.send(IPC.FLUSH_REPORT, id, report),
    () => ipcRenderer.send(IPC.FLUSH_REPORT, id, FLUSH_THREW),
  );
});

const bridge = Object.freeze({
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return Promise.resolve({
        ok: false,
        code: 'invalid-input',
        message: 'Mend does not know this request. Try restarting Mend.',
      });
    }
    return ipcRenderer.invoke(IPC.INVOKE, channel, input);
  },
  /** The page's "save everything now"; main calls it before the window closes. A later call replaces it. */
  onFlushRequest(handler: () => Promise<FlushReport>): void {
    if (typeof handler === 'function') flushHandler = handler;
  },
  /** Main's news for the page (see MendEvents); a later call replaces the handler. */
  onEvent(handler: (kind: string, payload: unknown) => void): void {
    if (typeof handler === 'function') eventHandler = handler;
  },
});

contextBridge.exposeInMainWorld('mend', bridge);
