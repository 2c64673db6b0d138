import type { WorkKind, WorkProgress } from '../model/progress';

/** What a long operation holds while it runs: it reports steps and asks whether it was cancelled. */
export interface WorkHandle {
  /** `total` when it was not known at the start (a folder counted after the work began). */
  step(done: number, total?: number): void;
  /** True once someone pressed Cancel; only cancellable work ever sees it. */
  readonly cancelled: boolean;
  /** Always called (in a finally): the work is no longer shown. */
  end(): void;
}

interface Running {
  progress: WorkProgress;
  cancelled: boolean;
}

/**
 * Long work in progress, for the window to poll. Lives as long as the app (it outlives a lock, so
 * the unlock that finishes an encryption can report too). Holds only counts and Mend's own phrases.
 */
export class ProgressRegistry {
  private readonly running: Running[] = [];

  begin(kind: WorkKind, total: number, what: string, options: { cancellable?: boolean } = {}): WorkHandle {
    const entry: Running = { progress: { kind, done: 0, total, what, cancellable: options.cancellable ?? false }, cancelled: false };
    this.running.push(entry);
    const running = this.running;
    return {
      step(done, total = entry.progress.total) {
        entry.progress = { ...entry.progress, done: Math.max(0, Math.min(done, total)), total };
      },
      get cancelled() {
        return entry.cancelled;
      },
      end() {
        const at = running.indexOf(entry);
        if (at >= 0) running.splice(at, 1);
      },
    };
  }

  /**
   * The work to show: of `kind` when given, else the latest one started that the person asked for
   * (a search index building on its own is shown only where search is).
   */
  current(kind?: WorkKind): WorkProgress | null {
    const shown = this.running.filter((r) => (kind ? r.progress.kind === kind : r.progress.kind !== 'search-index'));
    const last = shown[shown.length - 1];
    return last ? { ...last.progress } : null;
  }

  /** Asks the running work of `kind` to stop, if stopping it is safe. True if it was asked. */
  cancel(kind: WorkKind): boolean {
    const target = this.running.filter((r) => r.progress.kind === kind && r.progress.cancellable);
    for (const r of target) r.cancelled = true;
    return target.length > 0;
  }
}

/**
 * Reports to `registry` from the first step on: work that turns out to have nothing to do (an unlock
 * with no conversion left) never shows. Ends itself once `run` settles.
 */
export async function reportSteps<T>(registry: ProgressRegistry | undefined, kind: WorkKind, what: string, run: (step: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  let work: WorkHandle | null = null;
  try {
    return await run((done, total) => {
      work ??= beginWork(registry, kind, total, what);
      work.step(done, total);
    });
  } finally {
    (work as WorkHandle | null)?.end();
  }
}

/** A handle for code run without a registry (tests that build a context from parts): reports nowhere. */
export const beginWork = (registry: ProgressRegistry | undefined, ...args: Parameters<ProgressRegistry['begin']>): WorkHandle =>
  (registry ?? new ProgressRegistry()).begin(...args);

// Core has no host typings; both Node and browsers have setTimeout, which lets queued calls run first.
const host = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };

/** Steps aside so other calls (a read, a click's answer) are handled between slices of long work. */
export const yieldToOthers = (): Promise<void> => new Promise((resolve) => host.setTimeout(resolve, 0));

/**
 * Steps aside about every `ms` of work: long loops call it between items, so they stay quick when
 * the work is small and never hold the process for longer than a slice when it is large.
 */
export function createSlicer(ms = 8): () => Promise<void> {
  let since = Date.now();
  return async () => {
    if (Date.now() - since < ms) return;
    await yieldToOthers();
    since = Date.now();
  };
}
