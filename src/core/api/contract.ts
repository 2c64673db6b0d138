import type { RelationshipsContract } from './slices/relationships';
import type { AppContract } from './slices/app';

/**
 * The whole renderer → main surface: one entry per channel, `noun:verb`, input → output.
 * Adding a feature: a slice file (schemas, contract, handlers), then one line here, in channels.ts,
 * schemas.ts and handlers.ts. The compiler names any that is missing.
 */
export interface Contract extends RelationshipsContract, AppContract {}

export type Channel = keyof Contract;
export type Input<C extends Channel> = Parameters<Contract[C]>[0];
export type Output<C extends Channel> = ReturnType<Contract[C]>;
