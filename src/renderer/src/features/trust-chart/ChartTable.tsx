import { For, Show } from 'solid-js';
import { TRUST_ITEMS } from '../../../../core/model/trust-items';
import { TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import { formatDay } from '../../lib/dates';
import type { ChartModel } from './chart-data';
import { commitmentOutcomeWords } from './chart-text';

const day = (ms: number) => formatDay(new Date(ms).toISOString());

/** The chart as tables: every check with its ratings, then the incidents and commitment outcomes. */
export function ChartTable(props: { model: ChartModel; id: string }) {
  const scoreLabel = () => (props.model.focusItems.length > 0 ? 'Focus score' : 'Average');
  const events = () =>
    [
      ...props.model.incidents.map((i, n) => ({ at: i.at, what: `${props.model.incidents.length === 1 ? 'Incident' : `Incident ${n + 1}`}: ${i.title}` })),
      ...props.model.marks.map((m) => ({ at: m.at, what: commitmentOutcomeWords(m.owner, m.status) })),
    ].sort((a, b) => a.at - b.at);
  return (
    <div class="tc-tables" id={props.id}>
      <table class="tc-table">
        <caption>Trust checks, oldest first (1–7; a dash means no new evidence)</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <For each={TRUST_ITEMS}>{(item) => <th scope="col">{TRUST_ITEM_LABELS[item]}</th>}</For>
            <th scope="col">{scoreLabel()}</th>
            <th scope="col">Calm or hot</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.model.rows}>
            {(r) => (
              <tr>
                <th scope="row">{day(r.at)}</th>
                <For each={TRUST_ITEMS}>{(item) => <td>{r.ratings[item] ?? '—'}</td>}</For>
                <td>{r.score === null ? '—' : r.score.toFixed(1)}</td>
                <td>{r.hot ? 'Hot (left out)' : 'Calm'}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={events().length > 0}>
        <table class="tc-table">
          <caption>Incidents and commitment outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            <For each={events()}>
              {(e) => (
                <tr>
                  <th scope="row">{day(e.at)}</th>
                  <td>{e.what}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </div>
  );
}
