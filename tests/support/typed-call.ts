/**
 * The one way tests call a channel. Typed by the contract, so a renamed channel, a changed input or a
 * changed output fails to compile in the tests too, exactly as it does in the renderer.
 */
import type { Channel, Input, Output } from '../../src/core/api/contract';
import type { Result } from '../../src/core/api/result';

/** Anything that forwards a channel call to the core: the core itself, a harness, the e2e bridge. */
export interface Caller {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** What a channel answers with, once awaited. */
export type Value<C extends Channel> = Awaited<Output<C>>;

/** A refusal, as a test inspects it. */
export type Refusal = Extract<Result<unknown>, { ok: false }>;

/** A typed call that returns the channel's Result. */
export function callResult(caller: Caller): <C extends Channel>(channel: C, input: Input<C>) => Promise<Result<Value<C>>> {
  return async <C extends Channel>(channel: C, input: Input<C>) => (await caller.call(channel, input)) as Result<Value<C>>;
}

/** A typed call that must succeed: the value, or the test fails naming the channel and the refusal. */
export function callOk(caller: Caller): <C extends Channel>(channel: C, input: Input<C>) => Promise<Value<C>> {
  return async <C extends Channel>(channel: C, input: Input<C>): Promise<Value<C>> => {
    const result = await caller.call(channel, input);
    if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message} (${result.field ?? ''})`);
    return result.value as Value<C>;
  };
}

/**
 * A call whose input is deliberately wrong (refusal tests, fuzzing): the channel is still checked, the
 * input is not, since the point is to send what the contract does not allow.
 */
export function callLoose(caller: Caller): <C extends Channel>(channel: C, input: unknown) => Promise<Result<Value<C>>> {
  return async <C extends Channel>(channel: C, input: unknown) => (await caller.call(channel, input)) as Result<Value<C>>;
}
