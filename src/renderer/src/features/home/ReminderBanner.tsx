import { For, Show } from 'solid-js';
import type { Reminder } from '../../../../core/logic/reminders';
import { reminderAction } from './home-text';

/** What is due now: the same items the desktop notifications announce. The first is the next action. */
export function ReminderBanner(props: { reminders: Reminder[] }) {
  return (
    <Show when={props.reminders.length > 0}>
      <section class="banner home-reminders" aria-labelledby="due-now-title">
        <h2 id="due-now-title">Due now</h2>
        <ul class="home-list">
          <For each={props.reminders}>
            {(r, i) => {
              const action = reminderAction(r);
              return (
                <li class="home-row">
                  <span id={`due-${i()}`}>
                    <strong>{r.title}</strong>
                    <span class="muted"> · {r.body}</span>
                  </span>
                  <a class={i() === 0 ? 'button primary small' : 'button small'} href={action.href} aria-describedby={`due-${i()}`}>
                    {action.label}
                  </a>
                </li>
              );
            }}
          </For>
        </ul>
      </section>
    </Show>
  );
}
