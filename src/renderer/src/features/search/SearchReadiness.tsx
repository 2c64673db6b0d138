import { createSignal, onMount, Show } from 'solid-js';
import { ProgressBar } from '../../components/ProgressBar';
import { call } from '../../lib/api';
import { cancelWork, createWorkProgress, percentOf } from '../../lib/work-progress';
import type { SearchProgress } from '../../../../core/api/slices/search';

/**
 * How ready search is, on the Search screen: while the index is built (the first visit after opening
 * Mend), a bar with Cancel; once the person stopped it, a calm line saying what results cover and a
 * button that reads on. `onResumed` hears the build start again (the screen asks its query again).
 */
export function SearchReadiness(props: { onResumed: () => void; ready?: boolean }) {
  const [state, setState] = createSignal<SearchProgress | null>(null);
  const [building, setBuilding] = createSignal(false);
  let stoppedByCancel = false;
  let resumeButton: HTMLButtonElement | undefined;
  const learn = (p: SearchProgress) => {
    setState(p);
    setBuilding(!p.ready && !p.paused);
    // Cancel vanished with the bar: the focus goes to what takes its place, not to the page.
    if (p.paused && stoppedByCancel) queueMicrotask(() => resumeButton?.focus());
    stoppedByCancel = false;
  };
  const refresh = () => void call('search:status', {}).then(learn, () => undefined);
  const work = createWorkProgress(building, 'search-index', refresh);
  onMount(refresh);
  const cancel = () => {
    stoppedByCancel = true;
    void cancelWork('search-index');
  };
  const resume = () =>
    void call('search:status', { resume: true }).then((p) => {
      learn({ ...p, paused: false });
      props.onResumed();
    }, () => undefined);
  return (
    <>
      {/* An answer that says the index is complete ends the bar at once: its own progress comes a beat later,
          and a Cancel left standing took the Tab meant for the first result. */}
      <Show when={building() && !props.ready && work()}>
        {(w) => (
          <ProgressBar label={`Getting search ready… ${percentOf(w()) ?? 0}%`} done={w().done} total={w().total} onCancel={cancel}
            detail="You can search already; more results appear as Mend reads the rest. Stopping is safe: nothing in your journal changes." />
        )}
      </Show>
      <Show when={state()?.paused ? state() : null}>
        {(s) => (
          <div class="search-paused" role="status">
            <p>Search is paused after reading {s().indexed} of {s().total} people. Results come from those for now.</p>
            <button type="button" class="button small" ref={resumeButton} onClick={resume}>Finish getting ready</button>
          </div>
        )}
      </Show>
    </>
  );
}
