/**
 * Counts the renderer's calls main is still working on, so quitting can wait for them: a save that
 * main has started must reach the disk before the process ends (Signal Desktop's shutdown waits for
 * its active jobs the same way). Nothing about a call is kept but the count.
 */
export interface InFlight {
  /** Runs `work`, counted until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>;
  readonly count: number;
  /** Resolves true once nothing is in flight, or false after `timeoutMs` with work still running. */
  drain(timeoutMs: number): Promise<boolean>;
}

/** How long quitting waits for saves main has already started before it lets go of the folder. */
export const DRAIN_TIMEOUT_MS = 10_000;

export function createInFlight(): InFlight {
  let count = 0;
  let idle: (() => void)[] = [];
  const settle = (): void => {
    count -= 1;
    if (count > 0) return;
    const waiting = idle;
    idle = [];
    for (const wake of waiting) wake();
  };
  return {
    get count() {
      return count;
    },
    track(work) {
      count += 1;
      return work().finally(settle);
    },
    drain(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        idle.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
