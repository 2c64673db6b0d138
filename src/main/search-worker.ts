/**
 * The search index in a worker thread of the main process (search-worker-host.ts starts it): the
 * index is built and searched here, so main's event loop never waits behind it. Memory only; the
 * thread is ended at the lock, and with it every word it held.
 */
import { parentPort } from 'node:worker_threads';
import { SearchCore } from '../core/services/search-engine';
import type { WorkerReply, WorkerRequest } from './search-worker-messages';

const port = parentPort!;
const core = new SearchCore(true);

function answer(request: WorkerRequest): WorkerReply | null {
  switch (request.kind) {
    case 'put':
      core.put(request.docs, request.remove);
      return null;
    case 'settle':
      core.settle();
      return { n: request.n, hits: [] };
    case 'search':
      return { n: request.n, hits: core.search(request.query, request.limit) };
  }
}

function warmUp(): void {
  try {
    core.warmUp();
  } catch {
    // Nothing is lost: the first search warms the engine up itself.
  }
}

port.on('message', (request: WorkerRequest) => {
  try {
    const reply = answer(request);
    if (reply) port.postMessage(reply);
    // Main hears "settled" first, then the warm-up runs (it only makes the first answer quicker).
    if (request.kind === 'settle') setImmediate(warmUp);
  } catch {
    // No journal text in the message: the words are what went wrong, and they stay private.
    if (request.kind !== 'put') port.postMessage({ n: request.n, failed: true } satisfies WorkerReply);
  }
});
