import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import type { FlushReport } from '../core/api/bridge';
import { isChannel } from '../core/api/channels';
import { IPC } from '../core/api/ipc-channels';
import type { Core } from '../core/open-core';
import { originOf } from './app-protocol';
import type { InFlight } from './in-flight';
import { readFlushReport } from './flush-report';

/** The one IPC channel. Every feature travels inside it as (channel, input); see src/core/api. */
export const INVOKE_CHANNEL = IPC.INVOKE;

export type SenderFrame = Pick<WebFrameMain, 'url' | 'parent'>;
export type InvokeResult = Awaited<ReturnType<Core['call']>>;

const NOT_FROM_MEND = {
  ok: false,
  code: 'internal',
  message: 'This request did not come from Mend’s own window.',
} as const;

const UNKNOWN_CHANNEL = {
  ok: false,
  code: 'invalid-input',
  message: 'Mend does not know this request. Try restarting Mend.',
} as const;

const FAILED = {
  ok: false,
  code: 'internal',
  message: 'Something went wrong inside Mend. Please try again.',
} as const;

/** A frame is trusted when its page was served by the app itself (or the dev server in development). */
export function createFrameTrust(allowedOrigins: readonly string[]): (frame: SenderFrame) => boolean {
  return (frame) => {
    const origin = originOf(frame.url);
    return origin !== null && allowedOrigins.includes(origin);
  };
}

function isTrustedSender(frame: SenderFrame | null, isTrustedFrame: (frame: SenderFrame) => boolean): boolean {
  // Only the top-level page may call: an iframe (should one ever appear) gets nothing, whatever its origin.
  if (frame === null) return false;
  try {
    return frame.parent === null && isTrustedFrame(frame);
  } catch {
    // A frame that navigated away or was destroyed mid-call throws on access: not trusted.
    return false;
  }
}

/**
 * One invoke from the renderer. Refuses anything not sent by Mend's own top-level page before the
 * channel or input is looked at. Inputs and outputs are journal text: they are never logged.
 */
export async function handleInvoke(
  core: Core,
  isTrustedFrame: (frame: SenderFrame) => boolean,
  frame: SenderFrame | null,
  channel: unknown,
  input: unknown,
): Promise<InvokeResult> {
  if (!isTrustedSender(frame, isTrustedFrame)) return NOT_FROM_MEND;
  if (typeof channel !== 'string' || !isChannel(channel)) return UNKNOWN_CHANNEL;
  try {
    return await core.call(channel, input);
  } catch {
    // core.call promises never to throw; if it ever does, the renderer still gets a Result, not a
    // rejected promise whose message Electron would rewrite (and which could carry journal text).
    return FAILED;
  }
}

/**
 * The only place ipcMain is touched. Call once, after the core is open. Each call is counted in
 * `inFlight` until it settles, so quitting can wait for saves main has already started.
 */
export function registerIpc(core: Core, isTrustedFrame: (frame: SenderFrame) => boolean, inFlight?: InFlight): void {
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    const run = (): Promise<InvokeResult> => handleInvoke(core, isTrustedFrame, event.senderFrame, channel, input);
    return inFlight ? inFlight.track(run) : run();
  });
}

export type RequestFlush = (contents: WebContents, timeoutMs: number) => Promise<FlushReport | 'timeout'>;

/**
 * Asks a page to save everything typed and waits (bounded) for its report. Only a report from the
 * page that was asked, from a trusted top-level frame, and for the id that was sent is believed.
 */
export function createFlushRequester(isTrustedFrame: (frame: SenderFrame) => boolean): RequestFlush {
  const waiting = new Map<number, { contents: WebContents; done: (report: FlushReport) => void }>();
  let nextId = 1;
  ipcMain.on(IPC.FLUSH_REPORT, (event, id: unknown, raw: unknown) => {
    const entry = typeof id === 'number' ? waiting.get(id) : undefined;
    if (entry === undefined || event.sender !== entry.contents) return;
    if (!isTrustedSender(event.senderFrame, isTrustedFrame)) return;
    waiting.delete(id as number);
    entry.done(readFlushReport(raw));
  });
  return (contents, timeoutMs) => {
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve('timeout');
      }, timeoutMs);
      waiting.set(id, { contents, done: (report) => (clearTimeout(timer), resolve(report)) });
      try {
        contents.send(IPC.FLUSH_REQUEST, id);
      } catch {
        // The page is already gone (crashed, destroyed): it has nothing left to save.
        waiting.delete(id);
        clearTimeout(timer);
        resolve({ saved: 0, failed: 0, unsaved: [] });
      }
    });
  };
}
