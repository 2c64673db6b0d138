import { createEffect, createSignal, createUniqueId, onCleanup, Show } from 'solid-js';
import '../styles/progress.css';

/**
 * Long work made visible: what is happening in words, a bar (filling when the amount is known, moving
 * when it is not), and Cancel where stopping is safe. Shared by every screen that waits on long work:
 * opening a long journal, turning encryption on or off, a large import, building the search index.
 */
export function ProgressBar(props: {
  /** What is happening, e.g. "Encrypting your journals…". Also the bar's accessible name. */
  label: string;
  /** Work done so far and in all; without them the bar says only that work is under way. */
  done?: number;
  total?: number;
  /** A line under the bar: what is being worked on, or a reassurance. */
  detail?: string;
  /** Only where stopping part-way is safe. */
  onCancel?: () => void;
}) {
  // Unique, so two bars on one screen (an import while search gets ready) each keep their own name.
  const labelId = `progress-label-${createUniqueId()}`;
  const known = () => props.total !== undefined && props.total > 0 && props.done !== undefined;
  const percent = () => (known() ? Math.min(100, Math.round((props.done! / props.total!) * 100)) : undefined);
  return (
    <div class="progress-box" role="group" aria-labelledby={labelId}>
      <div class="progress-head">
        <span class="progress-label" id={labelId}>{props.label}</span>
        <Show when={known()}>
          <span class="progress-count">
            {props.done!.toLocaleString()} of {props.total!.toLocaleString()}
          </span>
        </Show>
      </div>
      {/* A <progress> without a value is the moving, "under way" kind; a non-number value would throw. */}
      <Show when={percent() !== undefined} fallback={<progress class="progress-bar" aria-labelledby={labelId} />}>
        <progress class="progress-bar" aria-labelledby={labelId} max={100} value={percent() ?? 0} />
      </Show>
      <Show when={props.detail}>
        <p class="hint">{props.detail}</p>
      </Show>
      <Show when={props.onCancel}>
        {(cancel) => (
          <button type="button" class="button small" onClick={() => cancel()()}>
            Cancel
          </button>
        )}
      </Show>
    </div>
  );
}

/**
 * True once `pending()` has stayed true for `ms`: quick work never flashes a progress bar, slow work
 * always gets one.
 */
export function createSlowFlag(pending: () => boolean, ms = 300): () => boolean {
  const [slow, setSlow] = createSignal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(() => {
    clearTimeout(timer);
    if (!pending()) return setSlow(false);
    timer = setTimeout(() => setSlow(true), ms);
  });
  onCleanup(() => clearTimeout(timer));
  return slow;
}
