import type { ZodType } from 'zod';
import type { Channel, Input } from './contract';
import { relationshipsSchemas } from './slices/relationships';
import { appSchemas } from './slices/app';

/** One zod schema per channel; everything that crosses the boundary is checked here first. */
export const inputSchemas = {
  ...relationshipsSchemas,
  ...appSchemas,
} satisfies { [C in Channel]: ZodType<Input<C>> };
