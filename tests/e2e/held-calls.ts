import type { MendApp } from './harness/launch';

/** A refusal the core could give, as the page receives it. */
export type Refusal = { ok: false; code: 'storage' | 'not-found'; message: string };

/** The disk said no: what a refused save answers in these specs. */
export const REFUSED: Refusal = { ok: false, code: 'storage', message: 'Mend could not save just now. Nothing you typed is lost.' };

/**
 * Holds the next call on `channel` until `release` (with a refusal, it is refused instead of made), so a
 * spec can act while a save, a finish or a discard is on its way.
 */
export function holdNext(app: MendApp, channel: string) {
  const call = app.core.call.bind(app.core);
  let waiting: ((refusal?: Refusal) => void) | null = null;
  let done = false;
  app.core.call = (ch, input) => {
    if (ch !== channel || done) return call(ch, input);
    done = true;
    return new Promise<Refusal | undefined>((resolve) => (waiting = resolve)).then((refusal) => refusal ?? call(ch, input));
  };
  return {
    held: () => waiting !== null,
    release: (refusal?: Refusal) => waiting?.(refusal),
  };
}

/** Counts the calls the page makes on `channel` from now on. */
export function countCalls(app: MendApp, channel: string): () => number {
  const call = app.core.call.bind(app.core);
  let n = 0;
  app.core.call = (ch, input) => {
    if (ch === channel) n++;
    return call(ch, input);
  };
  return () => n;
}
