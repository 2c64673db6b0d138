import type { Channel, Input, Output } from '../../../core/api/contract';
import type { Result } from '../../../core/api/result';
import type { ErrorCode } from '../../../core/errors';

/** The one thing the preload exposes. */
interface MendBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    mend?: MendBridge;
  }
}

/** A failed call, with a message written for the person using Mend. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly detail?: Record<string, string | number | boolean | null>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Set once by the lock gate: an answer of `locked` means main has locked, so the window must drop everything too. */
let onLocked: (() => void) | null = null;
export function whenLocked(listener: () => void): void {
  onLocked = listener;
}

/** Calls one channel of the contract; resolves with its value or throws ApiError. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Awaited<Output<C>>> {
  const bridge = window.mend;
  if (!bridge) throw new ApiError('internal', 'Mend’s window lost its connection to your journal. Restart Mend.');
  const result = await bridge.invoke(channel, input);
  if (result.ok) return result.value as Awaited<Output<C>>;
  if (result.code === 'locked') onLocked?.();
  throw new ApiError(result.code, result.message, result.field, result.detail);
}

/** The message to show for anything thrown by a UI action. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return 'Something went wrong. Nothing you typed was lost; try again.';
}
