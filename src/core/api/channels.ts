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
  'incidents:create': true,
  'incidents:update': true,
  'preparations:start': true,
  'preparations:save-draft': true,
  'preparations:finish': true,
  'preparations:discard': true,
  'preparations:restore': true,
  'debriefs:start': true,
  'debriefs:save': true,
  'debriefs:finish': true,
  'debriefs:discard': true,
  'debriefs:restore': true,
  'commitments:list': true,
  'commitments:create': true,
  'commitments:update': true,
  'commitments:resolve': true,
  'commitments:reopen': true,
  'checks:create': true,
  'checks:update': true,
  'checks:delete': true,
  'checks:restore': true,
  'monitoring-notes:create': true,
  'monitoring-notes:delete': true,
  'home:get': true,
  'reminders:due': true,
  'insights:get': true,
  'security:status': true,
  'security:unlock': true,
  'security:lock': true,
  'security:enable': true,
  'security:disable': true,
  'security:change-passphrase': true,
  'security:set-idle': true,
  'exports:markdown': true,
  'exports:backup': true,
  'imports:check': true,
  'imports:apply': true,
  'imports:cancel': true,
  'backups:settings': true,
  'backups:save-settings': true,
  'drafts:get': true,
  'drafts:save': true,
  'drafts:clear': true,
  'held-drafts:hold': true,
  'held-drafts:take': true,
  'trash:list': true,
  'trash:restore': true,
} as const satisfies Record<Channel, true>;

export const CHANNEL_LIST: readonly Channel[] = Object.freeze(Object.keys(CHANNELS) as Channel[]);

export function isChannel(x: unknown): x is Channel {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(CHANNELS, x);
}
