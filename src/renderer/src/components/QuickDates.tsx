import { For } from 'solid-js';
import { quickDates } from '../lib/quick-dates';
import '../styles/search.css';

/**
 * One-press choices beside a date-and-time picker ("Tomorrow 10 am"); the picker stays for any
 * other moment. Placed before the picker so the keyboard reaches them first.
 */
export function QuickDates(props: { label: string; direction: 'ahead' | 'behind'; onPick: (value: string) => void; now?: () => Date }) {
  const choices = () => quickDates(props.direction, props.now?.() ?? new Date());
  return (
    <div class="quick-dates" role="group" aria-label={`Quick choices: ${props.label}`}>
      <For each={choices()}>
        {(c) => (
          <button type="button" class="button" onClick={() => props.onPick(c.value)}>
            {c.label}
          </button>
        )}
      </For>
    </div>
  );
}
