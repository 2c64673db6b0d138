import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EngineHit, SearchEngine, SearchEngineHost } from '../core/services/search-engine';
import type { WorkerReply, WorkerRequest } from './search-worker-messages';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The worker's script: built beside main's bundle (electron.vite.config.ts names it), or its source
 * when Mend runs from source (tests), through a small script that bundles it in memory
 * (search-worker-source.mjs).
 */
function workerScript(): { file: string } {
  const built = join(HERE, 'search-worker.js');
  if (existsSync(built)) return { file: built };
  return { file: join(HERE, 'search-worker-source.mjs') };
}

/** One engine in its own worker thread; the thread holds the process open only while a reply is awaited. */
function workerEngine(script: string, onClose: () => void): SearchEngine {
  const worker = new Worker(script);
  worker.unref();
  const waiting = new Map<number, { resolve: (hits: EngineHit[]) => void; reject: (error: Error) => void }>();
  let next = 1;
  let broken: Error | null = null;
  const fail = (error: Error): void => {
    broken ??= error;
    for (const { reject } of waiting.values()) reject(broken);
    waiting.clear();
    worker.unref();
  };
  worker.on('message', (reply: WorkerReply) => {
    const request = waiting.get(reply.n);
    if (!request) return;
    waiting.delete(reply.n);
    if (waiting.size === 0) worker.unref();
    if (reply.failed) request.reject(new Error('The search worker could not answer.'));
    else request.resolve(reply.hits ?? []);
  });
  worker.on('error', () => fail(new Error('The search worker stopped.')));
  worker.on('exit', () => fail(new Error('The search worker stopped.')));
  const ask = (request: { kind: 'settle' } | { kind: 'search'; query: string; limit: number }): Promise<EngineHit[]> => {
    if (broken) return Promise.reject(broken);
    const n = next++;
    return new Promise((resolve, reject) => {
      waiting.set(n, { resolve, reject });
      worker.ref();
      worker.postMessage({ ...request, n });
    });
  };
  return {
    // Handing over a whole journal at once is cheap here: the indexing happens in the worker.
    batch: 1 << 30,
    put: (docs, remove) => {
      if (!broken) worker.postMessage({ kind: 'put', docs, remove } satisfies WorkerRequest);
    },
    settle: async () => {
      await ask({ kind: 'settle' });
    },
    search: (query, limit) => ask({ kind: 'search', query, limit }),
    close: () => {
      fail(new Error('Search was closed.'));
      void worker.terminate();
      onClose();
    },
  };
}

/**
 * Main's search engines: each in a worker thread, all ended at the lock. `script` is the worker to run
 * (the bench names the app's built one); by default `workerScript()`'s.
 */
export function workerSearchEngines(script?: string): SearchEngineHost {
  const live = new Set<SearchEngine>();
  return {
    create() {
      const engine = workerEngine(script ?? workerScript().file, () => live.delete(engine));
      live.add(engine);
      return engine;
    },
    closeAll() {
      for (const engine of [...live]) engine.close();
    },
  };
}
