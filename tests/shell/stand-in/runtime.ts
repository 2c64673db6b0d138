/**
 * The stand-in's process-wide state: whether `ready` has fired, the Chromium that plays the renderer,
 * the lifecycle log the tests read, and the channel to the test that started this process.
 *
 * Every rule is tagged with the Electron 45 documentation line it models. Quotes are from
 * node_modules/electron/electron.d.ts (45.4.1), which is generated from https://www.electronjs.org/docs/latest/api/.
 */
import { appendFileSync } from 'node:fs';
// playwright-core, not @playwright/test: the test runner is heavy, and this process starts for every app run.
import { chromium, type Browser } from 'playwright-core';

/** Set by the launcher (tests/shell/harness/stand-in-app.ts). */
export const ENV = {
  home: process.env['STANDIN_HOME'] ?? '',
  log: process.env['STANDIN_LOG'] ?? '',
  browserWs: process.env['STANDIN_BROWSER_WS'] ?? '',
  /** Without a shared browser server: the Chromium to launch and its flags (JSON), from the launcher. */
  chromium: process.env['STANDIN_CHROMIUM'] ?? '',
  chromiumArgs: JSON.parse(process.env['STANDIN_CHROMIUM_ARGS'] ?? '[]') as string[],
  /** Models a compositor that never reports the first paint (some Wayland set-ups). */
  noReadyToShow: process.env['STANDIN_NO_READY_TO_SHOW'] === '1',
  platform: (process.env['STANDIN_PLATFORM'] ?? process.platform) as NodeJS.Platform,
};

export class StandInRuleError extends Error {
  constructor(rule: string) {
    super(`Electron stand-in: ${rule}`);
    this.name = 'StandInRuleError';
  }
}

let ready = false;
let browser: Browser | null = null;

export const isReady = (): boolean => ready;

/**
 * "This API must be called after the `ready` event is emitted." (app.getPath and friends, d.ts 1143);
 * "All methods unless specified can only be used after the ready event of the app module gets
 * emitted." (protocol); "You cannot require or use this module until the `ready` event of the `app`
 * module is emitted." (BrowserWindow, screen).
 */
export function requireReady(api: string): void {
  if (!ready) throw new StandInRuleError(`${api} can only be used after the app's ready event`);
}

/** "This method can only be used before the `ready` event of the `app` module gets emitted" (d.ts 12404). */
export function requireBeforeReady(api: string): void {
  if (ready) throw new StandInRuleError(`${api} can only be used before the app's ready event`);
}

/** Starts the renderer side. `ready` fires only after the main script's synchronous start has run. */
export async function becomeReady(): Promise<void> {
  browser = ENV.browserWs
    ? await chromium.connect(ENV.browserWs)
    : await chromium.launch({ ...(ENV.chromium ? { executablePath: ENV.chromium } : {}), args: ENV.chromiumArgs, headless: true });
  ready = true;
}

export function theBrowser(): Browser {
  if (browser === null) throw new StandInRuleError('no renderer before ready');
  return browser;
}

/** One line per lifecycle step, written synchronously so a process that exits mid-step still leaves it. */
export function logStep(step: string): void {
  if (ENV.log) appendFileSync(ENV.log, `${step}\n`);
}

/** Events for the test that started us (dialogs, notifications); dropped when run without one. */
export function report(event: string, detail: unknown = null): void {
  process.send?.({ event, detail });
}

type Op = { id: number; op: string } & Record<string, unknown>;
const opHandlers = new Map<string, (msg: Op) => unknown>();
const waiting = new Map<string, (value: unknown) => void>();

/** Registers what the test may ask this process to do ("close the window", "type"). */
export function onOp(op: string, handler: (msg: Op) => unknown): void {
  opHandlers.set(op, handler);
}

/** Waits for the test's answer to a question (a dialog's button). */
export function askTest(kind: string, detail: unknown): Promise<unknown> {
  const key = `${kind}:${Math.random().toString(36).slice(2)}`;
  report(kind, { key, ...(detail as object) });
  return new Promise((resolve) => waiting.set(key, resolve));
}

process.on('message', (raw) => {
  const msg = raw as Op & { answer?: string; value?: unknown };
  if (msg.op === 'answer' && typeof msg.answer === 'string') {
    waiting.get(msg.answer)?.(msg.value);
    waiting.delete(msg.answer);
    return;
  }
  const handler = opHandlers.get(msg.op);
  Promise.resolve()
    .then(() => {
      if (!handler) throw new Error(`unknown op ${msg.op}`);
      return handler(msg);
    })
    .then(
      (value) => process.send?.({ reply: msg.id, ok: true, value: value ?? null }),
      (error: unknown) => process.send?.({ reply: msg.id, ok: false, error: String(error) }),
    );
});
