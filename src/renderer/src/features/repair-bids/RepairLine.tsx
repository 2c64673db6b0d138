import { Show } from 'solid-js';
import { bidsLine } from '../../../../core/logic/repair-bid-summary';
import type { Journal } from '../../../../core/model/journal';

/** One line under the verdict: repair attempts since the incident and how they landed. */
export function RepairLine(props: { journal: Journal }) {
  return (
    <Show when={bidsLine(props.journal.repairBids, props.journal.incidents)}>
      {(line) => <p class="repair-line" aria-label="Repair attempts">{line()}</p>}
    </Show>
  );
}
