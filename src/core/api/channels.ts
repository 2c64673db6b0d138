import type { Channel } from './contract';

/**
 * The runtime allow-list of channels. Kept free of zod and services so the preload can import it.
 * `satisfies` makes a missing or extra channel a build error.
 */
export const CHANNELS = {
  'relationships:list': true,
  'relationships:create': true,
  'relationships:update': true,
  'relationships:archive': true,
  'relationships:delete': true,
  'journals:get': true,
  'journals:backups': true,
  'journals:restore': true,
  'app:info': true,
  'app:open-link': true,
} as const satisfies Record<Channel, true>;

export const CHANNEL_LIST: readonly Channel[] = Object.freeze(Object.keys(CHANNELS) as Channel[]);

export function isChannel(x: unknown): x is Channel {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, x);
}
