import type { Channel, Input, Output } from './contract';
import type { ServiceContext } from '../services/context';
import { relationshipsHandlers } from './slices/relationships';
import { appHandlers } from './slices/app';

export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...relationshipsHandlers(ctx),
    ...appHandlers(ctx),
  } satisfies Handlers;
}
