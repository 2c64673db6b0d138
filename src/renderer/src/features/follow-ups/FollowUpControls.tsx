import { href } from '../../lib/router';
import { createSignal, onCleanup, Show, type Signal } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { followUpTitle } from '../../../../core/logic/follow-up-schedule';
import { formatDay } from '../../lib/dates';

/** A follow-up's controls as they stand: the Move form open or not, the day typed, a refusal, a change on its way. */
interface ControlsState {
  moving: Signal<boolean>;
  day: Signal<string>;
  error: Signal<string | null>;
  busy: Signal<boolean>;
  /** How many of its controls are on screen: a refusal arriving when none is, is said as a notice. */
  shown: number;
}

/**
 * Each follow-up's controls, by where they are and the follow-up's id. The lists are drawn anew whenever
 * any follow-up changes (another one marked done, a change from the other computer), and a day being
 * typed, or a refusal beside it, must not go with the old drawing.
 */
const states = new Map<string, ControlsState>();

function stateFor(key: string, dueAt: string): ControlsState {
  let state = states.get(key);
  if (!state) {
    state = { moving: createSignal(false), day: createSignal(dueAt), error: createSignal<string | null>(null), busy: createSignal(false), shown: 0 };
    states.set(key, state);
  }
  return state;
}

/**
 * One follow-up with its actions: take a check, mark it done, set it aside, or move its day. A day
 * before the conversation is refused beside the date, and the date typed stays in the box. One change
 * at a time: while one is on its way the buttons wait, so a second press never sends it twice.
 * `place` names where the controls are drawn ("person", "home"), so each place keeps its own form.
 */
export function FollowUpControls(props: { place: string; relationshipId: string; id: string; week: number; dueAt: string; who?: string; primary?: boolean; onChange: () => void }) {
  const key = `${props.place}:${props.id}`;
  const state = stateFor(key, props.dueAt);
  const [moving, setMoving] = state.moving;
  const [day, setDay] = state.day;
  const [error, setError] = state.error;
  const [busy, setBusy] = state.busy;
  state.shown += 1;
  onCleanup(() => {
    state.shown -= 1;
    // Nothing in it to keep: drawn again, it starts from the follow-up as it is then (moved elsewhere, say).
    if (state.shown === 0 && !moving() && !error() && !busy() && states.get(key) === state) states.delete(key);
  });
  const errId = `fu-${props.place}-${props.id}-error`;
  const act = async (fn: () => Promise<unknown>, done: string) => {
    if (busy()) return;
    setBusy(true);
    setError(null);
    try {
      await fn();
      states.delete(key); // done with: drawn again, it starts afresh from the follow-up as it is now
      showNotice(done);
      props.onChange();
    } catch (e) {
      // Left meanwhile (the sidebar): the box it would be said beside is gone, so it is said here.
      if (state.shown === 0) showNotice(`${followUpTitle(props.week)}${props.who ? ` with ${props.who}` : ''}: ${errorMessage(e)}`, 'error');
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const target = { relationshipId: props.relationshipId, id: props.id };
  return (
    <>
      <span>
        <strong>{props.who ? `${props.who} · ` : ''}{followUpTitle(props.week)}</strong>
        <span class="muted"> · {formatDay(props.dueAt)}</span>
      </span>
      <span class="ls-actions">
        <a class={props.primary ? 'button primary small' : 'button small'} href={href('/r/:id/check/new', { id: props.relationshipId })}>Take a trust check</a>
        <button type="button" class="button small" disabled={busy()} onClick={() => void act(() => call('follow-ups:resolve', { ...target, status: 'done' }), 'Marked done.')}>Done</button>
        <button type="button" class="button small quiet-link" disabled={busy()} onClick={() => void act(() => call('follow-ups:resolve', { ...target, status: 'dismissed' }), 'Set aside.')}>Set aside</button>
        <button type="button" class="link-button" aria-expanded={moving()} onClick={() => setMoving(!moving())}>Move</button>
      </span>
      <Show when={moving()}>
        <form class="ls-actions" onSubmit={(e) => { e.preventDefault(); void act(() => call('follow-ups:move', { ...target, dueAt: day() }), 'Moved.'); }}>
          <label for={`fu-${props.place}-${props.id}-day`}>New day</label>
          <input id={`fu-${props.place}-${props.id}-day`} type="date" value={day()} onInput={(e) => { setDay(e.currentTarget.value); setError(null); }}
            aria-invalid={!!error()} aria-describedby={error() ? errId : undefined} />
          <button type="submit" class="button small" disabled={busy()}>{busy() ? 'Saving…' : 'Save the day'}</button>
        </form>
      </Show>
      <Show when={error()}><p class="field-error" id={errId} role="alert">{error()}</p></Show>
    </>
  );
}
