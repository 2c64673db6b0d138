import { For, Show } from 'solid-js';
import { TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import { COMMITMENT_OUTCOMES } from '../../../../core/model/trust-items';
import type { ChartModel } from './chart-data';
import { OutcomeShape } from './ChartMarks';
import { OUTCOME_LABELS } from './chart-text';

/** What each line and mark means. Shapes and line weights carry the meaning, colour only helps. */
export function ChartLegend(props: { model: ChartModel }) {
  const anyFocus = () => props.model.focusItems.length > 0;
  return (
    <div class="tc-legend">
      <ul class="tc-legend-row" aria-label="Lines">
        <For each={props.model.series}>
          {(s) => (
            <li>
              <svg class="tc-swatch" viewBox="0 0 24 10" aria-hidden="true">
                <g class={`tc-series item-${s.item} ${s.focus || !anyFocus() ? 'strong' : 'faint'}`}>
                  <line class="tc-line" x1="1" x2="23" y1="5" y2="5" />
                </g>
              </svg>
              {TRUST_ITEM_LABELS[s.item]}
              <Show when={s.focus}>
                <span class="muted"> (in focus)</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <ul class="tc-legend-row" aria-label="Marks">
        <li>
          <svg class="tc-swatch" viewBox="0 0 24 10" aria-hidden="true">
            <line class="tc-trend" x1="1" x2="23" y1="5" y2="5" />
          </svg>
          {anyFocus() ? 'Trend of the items in focus' : 'Trend of your ratings'}
        </li>
        <li>
          <svg class="tc-swatch" viewBox="0 0 24 10" aria-hidden="true">
            <g class="tc-series strong item-reliance">
              <circle class="tc-point hot" cx="12" cy="5" r="3.5" />
            </g>
          </svg>
          Hot check, left out of the trend
        </li>
        <For each={COMMITMENT_OUTCOMES}>
          {(status) => (
            <li>
              <svg class="tc-swatch" viewBox="0 0 24 14" aria-hidden="true">
                <OutcomeShape status={status} x={12} y={7} size={4} />
              </svg>
              {OUTCOME_LABELS[status]}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
