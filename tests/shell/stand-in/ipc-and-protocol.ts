/**
 * ipcMain, protocol and session: the main-process ends of what the page reaches.
 * Quotes are from node_modules/electron/electron.d.ts (45.4.1) unless a URL is given.
 */
import { EventEmitter } from 'node:events';
import { StandInRuleError, logStep, report, requireBeforeReady, requireReady } from './runtime';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const handlers = new Map<string, Handler>();
const ipcEmitter = new EventEmitter();

export const ipcMain = Object.assign(ipcEmitter, {
  /** "Adds a handler for an invokeable IPC … called whenever a renderer calls ipcRenderer.invoke(channel, ...args)". A second handler for one channel is an error. */
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) throw new StandInRuleError(`Attempted to register a second handler for '${channel}'`);
    handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    handlers.delete(channel);
  },
});

/** One message from the page, after its structured clone; what the page's invoke resolves with. */
export async function deliverFromPage(
  event: unknown,
  msg: { kind: string; channel?: string; args?: unknown[]; step?: string },
): Promise<{ result: unknown } | { error: string } | null> {
  if (msg.kind === 'lifecycle') {
    logStep(String(msg.step));
    return null;
  }
  // The hop between processes clones again, in main's V8, as Electron's IPC does.
  const args = structuredClone(msg.args ?? []);
  const channel = String(msg.channel);
  if (msg.kind === 'send') {
    ipcEmitter.emit(channel, event, ...args);
    return null;
  }
  const handler = handlers.get(channel);
  if (!handler) return { error: `Error: No handler registered for '${channel}'` };
  try {
    return { result: structuredClone(await handler(event, ...args)) };
  } catch (error) {
    // Electron keeps only the message of an error thrown by a handler.
    return { error: `Error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface SchemePrivileges {
  scheme: string;
  privileges?: Record<string, boolean>;
}
let privileged: SchemePrivileges[] | null = null;
const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

export const protocol = {
  /** "can only be used before the `ready` event of the `app` module gets emitted and can be called only once" (d.ts 12404). */
  registerSchemesAsPrivileged(schemes: SchemePrivileges[]): void {
    requireBeforeReady('protocol.registerSchemesAsPrivileged');
    if (privileged !== null) throw new StandInRuleError('protocol.registerSchemesAsPrivileged can be called only once');
    privileged = schemes;
  },
  /** "All methods unless specified can only be used after the ready event" (https://www.electronjs.org/docs/latest/api/protocol). */
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new StandInRuleError(`The scheme ${scheme} is already handled`);
    protocolHandlers.set(scheme, handler);
  },
  isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
};

/**
 * Chromium without Electron cannot load a custom scheme, so a privileged standard scheme's URL
 * `scheme://host/path` is loaded as `http://scheme.host.localhost/path` (never leaving the machine:
 * every request is answered by the stand-in) and translated back wherever main can see it.
 */
export function toChromiumUrl(url: string): string {
  const parsed = new URL(url);
  const scheme = parsed.protocol.slice(0, -1);
  if (!(privileged ?? []).some((s) => s.scheme === scheme && s.privileges?.['standard'])) return url;
  return `http://${scheme}.${parsed.host}.localhost${parsed.pathname}${parsed.search}${parsed.hash}`;
}

export function toElectronUrl(url: string): string {
  const parsed = new URL(url);
  const match = /^([a-z][a-z0-9+.-]*)\.(.+)\.localhost$/.exec(parsed.hostname);
  if (parsed.protocol !== 'http:' || match === null || !protocolHandlers.has(match[1]!)) return url;
  return `${match[1]}://${match[2]}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

export function protocolHandlerFor(url: string): ((request: Request) => Response | Promise<Response>) | null {
  return protocolHandlers.get(new URL(url).protocol.slice(0, -1)) ?? null;
}

type BeforeRequest = (details: { url: string; method: string; resourceType: string }, callback: (r: { cancel?: boolean }) => void) => void;
let beforeRequest: BeforeRequest | null = null;

/** Runs the session's onBeforeRequest listener, as Chromium does for every request; true = cancelled. */
export function cancelledByMain(url: string, method: string, resourceType: string): Promise<boolean> {
  const listener = beforeRequest;
  if (listener === null) return Promise.resolve(false);
  return new Promise((resolve) => listener({ url, method, resourceType }, (r) => resolve(r.cancel === true)));
}

const spell = { enabled: true, languages: [] as string[], downloadUrl: null as string | null, words: [] as string[] };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    webRequest: {
      onBeforeRequest(listener: BeforeRequest): void {
        beforeRequest = listener;
      },
      onHeadersReceived: () => undefined,
    },
    setSpellCheckerEnabled(enabled: boolean): void {
      spell.enabled = enabled;
      logStep(`spellcheck ${enabled ? 'on' : 'off'}`);
    },
    isSpellCheckerEnabled: () => spell.enabled,
    setSpellCheckerLanguages(languages: string[]): void {
      spell.languages = languages;
    },
    getSpellCheckerLanguages: () => spell.languages,
    availableSpellCheckerLanguages: ['en-US', 'en-GB', 'fr', 'de'],
    setSpellCheckerDictionaryDownloadURL(url: string): void {
      spell.downloadUrl = url;
      report('spellcheck-download-url', url);
    },
    addWordToSpellCheckerDictionary(word: string): boolean {
      spell.words.push(word);
      return true;
    },
  },
};

export const spellState = spell;
