import { createResource, Match, Show, Switch, type ParentProps } from 'solid-js';
import { call, errorMessage, whenLocked } from '../../lib/api';
import { LockScreen } from './LockScreen';
import { followSecurityChange, holdThenReload, securityStatus, setSecurityStatus, lockNow } from './security-state';
import { onSecurityChanged } from '../../lib/live-changes';
import { watchIdle } from './idle';
import { collectHeldBack, dismissHeldBack, heldBackLabels } from '../../lib/held-back';
import { UndoBar } from '../../components/UndoBar';
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
  // A `locked` answer: main has locked (by itself, or because the keyring changed elsewhere). What is
  // typed goes to main's memory first, then the window drops everything.
  whenLocked(() => void holdThenReload());
  onSecurityChanged(() => void followSecurityChange().catch(() => undefined));
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
        <HeldBack />
        <UndoBar />
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
  watchIdle(() => securityStatus()?.idleMinutes ?? null, () => void lockNow('idle'));
  return null;
}

/** After an unlock: takes back what main held while Mend was locked, and says where it went. */
function HeldBack() {
  // Started before the screens below are drawn, so a form already open waits for its text.
  void collectHeldBack().catch(() => undefined);
  return (
    <Show when={heldBackLabels().length > 0}>
      <p class="held-back" role="status">
        <span>
          Mend kept what you had not saved while it was locked: {heldBackLabels().join(', ')}. It is back in its form
          when you open it; save it from there.
        </span>
        <button type="button" class="link-button" onClick={dismissHeldBack}>Dismiss</button>
      </p>
    </Show>
  );
}
