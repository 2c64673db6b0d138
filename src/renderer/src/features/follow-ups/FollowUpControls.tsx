import { href } from '../../lib/router';
import { createSignal, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { showNotice } from '../../lib/notice';
import { followUpTitle } from '../../../../core/logic/follow-up-schedule';
import { formatDay } from '../../lib/dates';

/**
 * One follow-up with its actions: take a check, mark it done, set it aside, or move its day. A day
 * before the conversation is refused beside the date, and the date typed stays in the box.
 */
export function FollowUpControls(props: { relationshipId: string; id: string; week: number; dueAt: string; who?: string; primary?: boolean; onChange: () => void }) {
  const [moving, setMoving] = createSignal(false);
  const [day, setDay] = createSignal(props.dueAt);
  const [error, setError] = createSignal<string | null>(null);
  const errId = `fu-${props.id}-error`;
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      showNotice(done);
      props.onChange();
    } catch (e) {
      setError(errorMessage(e));
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
        <button type="button" class="button small" onClick={() => void act(() => call('follow-ups:resolve', { ...target, status: 'done' }), 'Marked done.')}>Done</button>
        <button type="button" class="button small quiet-link" onClick={() => void act(() => call('follow-ups:resolve', { ...target, status: 'dismissed' }), 'Set aside.')}>Set aside</button>
        <button type="button" class="link-button" aria-expanded={moving()} onClick={() => setMoving(!moving())}>Move</button>
      </span>
      <Show when={moving()}>
        <form class="ls-actions" onSubmit={(e) => { e.preventDefault(); void act(() => call('follow-ups:move', { ...target, dueAt: day() }), 'Moved.'); }}>
          <label for={`fu-${props.id}-day`}>New day</label>
          <input id={`fu-${props.id}-day`} type="date" value={day()} onInput={(e) => { setDay(e.currentTarget.value); setError(null); }}
            aria-invalid={!!error()} aria-describedby={error() ? errId : undefined} />
          <button type="submit" class="button small">Save the day</button>
        </form>
      </Show>
      <Show when={error()}><p class="field-error" id={errId} role="alert">{error()}</p></Show>
    </>
  );
}
