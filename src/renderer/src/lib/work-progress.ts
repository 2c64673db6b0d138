import { createEffect, createSignal, onCleanup } from 'solid-js';
import { call } from './api';
import type { WorkKind, WorkProgress } from '../../../core/api/slices/progress';

const POLL_MS = 200;

/**
 * How far main's long work is, asked every 200 ms only while `active()` (while this screen waits on
 * work it started, or while it shows that some may be running). Polling, not a push from main, so
 * nothing runs when nothing is waited on. A failed ask is simply asked again next time. `onNone` hears
 * an answer that no such work is running (a screen that only looks, not waits, stops asking then).
 * Without `kind`: whatever long work the person started (never the search index on its own).
 */
export function createWorkProgress(active: () => boolean, kind: WorkKind | undefined, onNone?: () => void): () => WorkProgress | null {
  const [work, setWork] = createSignal<WorkProgress | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asking = 0;
  const ask = async (round: number): Promise<void> => {
    const answer = await call('progress:current', kind ? { kind } : {}).catch(() => null);
    if (round !== asking) return;
    if (answer) setWork(answer.work);
    if (answer && !answer.work) onNone?.(); // nothing (or nothing any more) to wait for
    if (round !== asking) return;
    timer = setTimeout(() => void ask(round), POLL_MS);
  };
  createEffect(() => {
    clearTimeout(timer);
    const round = ++asking;
    if (!active()) return setWork(null);
    void ask(round);
  });
  onCleanup(() => {
    clearTimeout(timer);
    asking++;
  });
  return work;
}

/** Asks main to stop work that is safe to stop; the operation itself then ends and says so. */
export function cancelWork(kind: WorkKind): Promise<boolean> {
  return call('progress:cancel', { kind }).then((r) => r.cancelled, () => false);
}

/** "40%" of the work, or null while its size is not known yet. */
export const percentOf = (work: WorkProgress | null): number | null =>
  work && work.total > 0 ? Math.min(100, Math.floor((work.done / work.total) * 100)) : null;
