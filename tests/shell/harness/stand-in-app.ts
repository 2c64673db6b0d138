/**
 * Starts the BUILT main bundle (out/main/index.js) in a Node child process whose `electron` is the
 * stand-in (tests/shell/stand-in/), and gives the test a handle on it: act on the page, close the
 * window, quit, answer dialogs, read the lifecycle log. The child's exit is the app's exit: work that
 * main has not finished when it quits is cut off, exactly as in Electron.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/harness/chromium';

const ROOT = resolve(import.meta.dirname, '../../..');
// MEND_MAIN_BUNDLE runs a copy of the build (e.g. a long run while the tree is rebuilt).
const MAIN = resolve(process.env['MEND_MAIN_BUNDLE'] ?? join(ROOT, 'out/main/index.js'));
const REGISTER = join(ROOT, 'tests/shell/stand-in/register.mjs');
const STAND_IN = join(ROOT, 'tests/shell/stand-in/electron.ts');

let bundled: string | null = null;
/**
 * The stand-in compiled once per test process into one plain .mjs, so each app start skips tsx's
 * loader (about half a second a start, and the close suite starts the app a hundred times). It is
 * written under node_modules/.cache so its one external import, playwright-core, resolves; the pid
 * in its name keeps two workers from writing the same file.
 */
function standInBundle(): string {
  if (bundled) return bundled;
  const outfile = join(ROOT, 'node_modules/.cache/mend-stand-in', `electron-${process.pid}.mjs`);
  buildSync({ entryPoints: [STAND_IN], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', external: ['playwright-core'], logLevel: 'silent' });
  // One file per test process: gone with it, so runs do not pile them up.
  process.once('exit', () => rmSync(outfile, { force: true }));
  bundled = pathToFileURL(outfile).href;
  return bundled;
}

export interface DialogRequest {
  kind: 'message' | 'open';
  options: { message?: string; detail?: string; buttons?: string[]; cancelId?: number; defaultPath?: string; title?: string };
}

export interface StandInOptions {
  /** The user's home; user data lives under it. Shared by two instances of "the same" app. */
  home?: string;
  env?: Record<string, string>;
  /** The browser server to open pages in (faster than a Chromium per app); else the child launches one. */
  browserWs?: string;
  /** Answers a dialog; by default the cancel button (or the first), and "cancel" for file pickers. */
  onDialog?: (request: DialogRequest) => unknown;
}

export interface StandInApp {
  home: string;
  /** <home>/.config/mend: where Mend keeps user data (pinned there although the product is named "Mend"). */
  userData: string;
  child: ChildProcess;
  /** Everything the stand-in reported: dialogs, notifications, page errors, refused requests. */
  events: { event: string; detail: unknown }[];
  exited: Promise<number | null>;
  op(op: string, fields?: Record<string, unknown>): Promise<unknown>;
  page(method: string, selector?: string, ...args: unknown[]): Promise<unknown>;
  /** The lifecycle steps in order: ready, close, pagehide, closed, window-all-closed, before-quit… */
  steps(): string[];
  waitFor(event: string, timeoutMs?: number): Promise<unknown>;
  kill(): void;
}

export function newHome(): string {
  return mkdtempSync(join(tmpdir(), 'mend-shell-'));
}

function defaultAnswer(request: DialogRequest): unknown {
  if (request.kind === 'open') return null;
  return request.options.cancelId ?? 0;
}

export function launchStandIn(options: StandInOptions = {}): StandInApp {
  const home = options.home ?? newHome();
  const userData = join(home, '.config', 'mend');
  mkdirSync(userData, { recursive: true });
  const log = join(home, `lifecycle-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env['ELECTRON_RENDERER_URL'];
  Object.assign(env, { STANDIN_HOME: home, STANDIN_LOG: log, ...options.env });
  if (options.browserWs) env['STANDIN_BROWSER_WS'] = options.browserWs;
  env['STANDIN_ELECTRON'] = standInBundle();
  env['STANDIN_CHROMIUM'] = chromiumPath() ?? '';
  env['STANDIN_CHROMIUM_ARGS'] = JSON.stringify(CHROMIUM_ARGS);
  const child = fork(MAIN, [], { cwd: ROOT, env, execArgv: ['--import', REGISTER], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const events: StandInApp['events'] = [];
  const replies = new Map<number, (msg: { ok: boolean; value?: unknown; error?: string }) => void>();
  const watchers: { event: string; resolve: (detail: unknown) => void }[] = [];
  let nextId = 1;
  child.on('message', (raw) => {
    const msg = raw as { reply?: number; ok: boolean; event?: string; detail?: unknown };
    if (typeof msg.reply === 'number') {
      replies.get(msg.reply)?.(msg as { ok: boolean });
      replies.delete(msg.reply);
      return;
    }
    if (typeof msg.event !== 'string') return;
    events.push({ event: msg.event, detail: msg.detail });
    for (const w of watchers.filter((x) => x.event === msg.event)) {
      watchers.splice(watchers.indexOf(w), 1);
      w.resolve(msg.detail);
    }
    if (msg.event === 'dialog') {
      const detail = msg.detail as DialogRequest & { key: string };
      const value = (options.onDialog ?? defaultAnswer)(detail);
      child.send({ op: 'answer', answer: detail.key, value });
    }
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const app: StandInApp = {
    home,
    userData,
    child,
    events,
    exited,
    op(op, fields = {}) {
      const id = nextId++;
      return new Promise((resolveOp, reject) => {
        replies.set(id, (msg) => (msg.ok ? resolveOp(msg.value) : reject(new Error(msg.error))));
        child.send({ id, op, ...fields });
      });
    },
    page: (method, selector, ...args) => app.op('page', { method, selector, args }),
    steps: () => {
      try {
        return readFileSync(log, 'utf8').split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    waitFor(event, timeoutMs = 15_000) {
      const seen = events.find((e) => e.event === event);
      if (seen) return Promise.resolve(seen.detail);
      return new Promise((resolveWait, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
        watchers.push({ event, resolve: (d) => (clearTimeout(timer), resolveWait(d)) });
      });
    },
    kill: () => void child.kill('SIGKILL'),
  };
  return app;
}
