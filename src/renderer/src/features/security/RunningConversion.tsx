import { createSignal, onMount, Show } from 'solid-js';
import { call } from '../../lib/api';
import { WorkProgressBar } from '../../components/WorkProgressBar';
import { createWorkProgress } from '../../lib/work-progress';
import { setSecurityStatus } from './security-state';
import { NO_STOPPING } from './long-work-text';

/**
 * Encryption being turned on or off when this screen opens (started here, then the person went
 * elsewhere and came back): the same bar, until it is done and the section shows the new state.
 */
export function RunningConversion() {
  const [watching, setWatching] = createSignal(false);
  const finished = () => {
    setWatching(false);
    void call('security:status', {}).then(setSecurityStatus, () => undefined);
  };
  const work = createWorkProgress(watching, undefined, finished);
  onMount(() => {
    void call('progress:current', {}).then(({ work: running }) => {
      if (running?.kind === 'encrypt' || running?.kind === 'decrypt') setWatching(true);
    }, () => undefined);
  });
  const conversion = () => {
    const w = work();
    return w && (w.kind === 'encrypt' || w.kind === 'decrypt') ? w : null;
  };
  return (
    <Show when={watching() && conversion()}>
      {(w) => <WorkProgressBar work={w()} label="Encrypting your journal…" detail={NO_STOPPING} />}
    </Show>
  );
}
