import type { EngineDoc, EngineHit } from '../core/services/search-engine';

/** What main asks the search worker (search-worker.ts); `n` pairs a reply with its request. */
export type WorkerRequest =
  | { kind: 'put'; docs: readonly EngineDoc[]; remove: readonly string[] }
  | { kind: 'settle'; n: number }
  | { kind: 'search'; n: number; query: string; limit: number };

/** `failed`: the request could not be answered. */
export interface WorkerReply {
  n: number;
  hits?: EngineHit[];
  failed?: boolean;
}
