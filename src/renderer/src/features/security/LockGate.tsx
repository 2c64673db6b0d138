import { createResource, Match, Show, Switch, type ParentProps } from 'solid-js';
import { call, errorMessage, whenLocked } from '../../lib/api';
import { LockScreen } from './LockScreen';
import { reloadToLock, securityStatus, setSecurityStatus, lockNow } from './security-state';
import { watchIdle } from './idle';
import '../../styles/security.css';

/**
 * Stands in front of the whole app. While Mend is locked only the lock screen exists: the journal
 * screens (and every store they fill) are created after an unlock and thrown away by a reload on lock.
 */
export function LockGate(props: ParentProps) {
  const [loaded] = createResource(async () => {
    const status = await call('security:status', {});
    setSecurityStatus(status);
    return status;
  });
  whenLocked(reloadToLock);
  return (
    <Switch>
      <Match when={loaded.error}>
        <section class="lock-page" aria-labelledby="gate-title">
          <div class="lock-card">
            <h1 id="gate-title">Mend could not open</h1>
            <p class="error-box" role="alert">{errorMessage(loaded.error)}</p>
          </div>
        </section>
      </Match>
      <Match when={securityStatus()?.locked}>
        <LockScreen />
      </Match>
      <Match when={securityStatus()}>
        {props.children}
        <Show when={securityStatus()?.encrypted}>
          <IdleLock />
        </Show>
      </Match>
    </Switch>
  );
}

/** Locks after the chosen idle time, only while encryption is on. */
function IdleLock() {
  watchIdle(() => securityStatus()?.idleMinutes ?? null, () => void lockNow());
  return null;
}
