/**
 * The page side of the stand-in: how a sandboxed preload runs, and what `require('electron')` gives it.
 * Returned as source text and installed with Playwright's addInitScript, so it runs in every new
 * document before the page's own scripts, as a preload does.
 *
 * Rules (Electron 45 docs):
 * - Sandbox: "A sandboxed renderer won't have a Node.js environment initialized … the preload script
 *   has a polyfilled subset of Node APIs … `require` … limited to `electron` (contextBridge,
 *   crashReporter, ipcRenderer, nativeImage, webFrame, webUtils), `events`, `timers`, `url`"
 *   (https://www.electronjs.org/docs/latest/tutorial/sandbox#preload-scripts). The preload is a classic
 *   script: an ES `import` in it is a syntax error, as in Electron.
 * - IPC: "Arguments will be serialized with the Structured Clone Algorithm, just like
 *   `window.postMessage` … Sending Functions, Promises, Symbols, WeakMaps, or WeakSets will throw an
 *   exception." (ipcRenderer.send/invoke, d.ts 9746). Modelled with the page's own structuredClone.
 * - contextBridge: "exposeInMainWorld(apiKey, api)" (d.ts 7690); values are copied, functions are
 *   proxied and their arguments and results copied again; only with contextIsolation on.
 *
 * Known gap: Electron runs the preload in an isolated world the page cannot reach; here it shares the
 * page's world (Playwright has no isolated world for init scripts), so the tests never rely on the
 * page being unable to touch the preload's globals.
 */
export function preloadShim(preloadSource: string, contextIsolation: boolean): string {
  return `(() => {
  const raw = window.__standinIpc;
  const clone = (value) => structuredClone(value);
  const listeners = new Map();
  const ipcRenderer = Object.freeze({
    invoke(channel, ...args) {
      let cloned;
      try { cloned = clone(args); } catch (error) { return Promise.reject(error); }
      return raw({ kind: 'invoke', channel, args: cloned }).then((reply) => {
        if ('error' in reply) throw new Error("Error invoking remote method '" + channel + "': " + reply.error);
        return reply.result;
      });
    },
    send(channel, ...args) {
      void raw({ kind: 'send', channel, args: clone(args) });
    },
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel).add(listener);
      return ipcRenderer;
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    },
  });
  Object.defineProperty(window, '__standinDeliver', {
    value: (channel, args) => {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...clone(args));
    },
  });
  const bridge = (value) => {
    if (typeof value === 'function') {
      return (...args) => {
        const out = value(...args.map((a) => (typeof a === 'function' ? a : clone(a))));
        return out instanceof Promise ? out.then(clone) : clone(out);
      };
    }
    if (value !== null && typeof value === 'object') {
      return Object.freeze(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bridge(v)])));
    }
    return value;
  };
  const contextBridge = Object.freeze({
    exposeInMainWorld(key, api) {
      if (!${contextIsolation}) throw new Error('contextBridge API can only be used when contextIsolation is enabled');
      Object.defineProperty(window, key, { value: bridge(api), enumerable: true });
    },
  });
  const require = (id) => {
    if (id === 'electron') return Object.freeze({ contextBridge, ipcRenderer });
    throw new Error("module not found: " + id + " (a sandboxed preload can only require 'electron' here)");
  };
  for (const step of ['beforeunload', 'pagehide']) {
    // Only the app's own document: the blank page a window starts on unloads too, unseen.
    window.addEventListener(step, () => void (location.protocol === 'about:' || raw({ kind: 'lifecycle', step })));
  }
  const module = { exports: {} };
  const process = Object.freeze({ platform: ${JSON.stringify(process.platform)}, env: {}, versions: {} });
  (function (require, module, exports, process) {
${preloadSource}
  }).call(undefined, require, module, module.exports, process);
})();`;
}
