import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { reviewBlame, type BlameReview } from '../../../../core/logic/blame-coach';

const REVIEW_DELAY_MS = 350;

/**
 * Reads along as the leader writes the "share my experience" step and points out words that tend to
 * land as blame, with a tip each and an I-statement to start from, built from their own words. "Use this
 * as a start" puts it in the field (`onUse`); any [slot] left in it is flagged until it is filled. A hint
 * only: it never blocks saving.
 */
export function BlameCoach(props: { text: string; onUse?: (statement: string) => void }) {
  const [review, setReview] = createSignal<BlameReview>(reviewBlame(props.text));
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      () => props.text,
      (text) => {
        clearTimeout(timer);
        timer = setTimeout(() => setReview(reviewBlame(text)), REVIEW_DELAY_MS);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  const empty = () => props.text.trim() === '';

  return (
    <aside class="coach" aria-labelledby="coach-title">
      <h2 id="coach-title">Wording check</h2>
      <div aria-live="polite">
        <Show when={!empty()} fallback={<p class="muted">As you write, Mend points out words that tend to land as blame.</p>}>
          <Show when={review().findings.length > 0} fallback={<p class="coach-clear">Nothing here reads as blame.</p>}>
            <ul class="coach-findings" aria-label="Words that may land as blame">
              <For each={review().findings}>
                {(f) => (
                  <li>
                    <mark>{f.match}</mark>
                    <span>{f.tip}</span>
                  </li>
                )}
              </For>
            </ul>
            <Show when={review().suggestion}>
              {(s) => (
                <div class="coach-suggestion">
                  <p class="eyebrow">You could start from</p>
                  <p>{s()}</p>
                  <Show when={props.onUse}>
                    {(use) => (
                      <button type="button" class="button small" onClick={() => use()(s())}>
                        Use this as a start
                      </button>
                    )}
                  </Show>
                </div>
              )}
            </Show>
          </Show>
        </Show>
      </div>
    </aside>
  );
}
