import { createMemo, createSignal, lazy, onCleanup, Show, Suspense } from 'solid-js';
import type { Journal } from '../../../../core/model/journal';
import { verdictForJournal } from '../../../../core/logic/trust-inputs';
import { VerdictNote } from '../verdict/VerdictBadge';
import { buildChart } from './chart-data';
import { chartSummary } from './chart-text';

/**
 * The chart itself (with d3's scales and shapes) is not read at start: Home does not need it. It is read
 * ahead with the later screens (routes.tsx preloadScreens), so a person's page opened after the first
 * moment draws it at once; before that, a space of the chart's own shape holds its place, so nothing
 * below it moves when it arrives.
 */
export const TrustChart = lazy(() => import('./TrustChart').then((m) => ({ default: m.TrustChart })));
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import '../../styles/trust.css';
import { href } from '../../lib/router';

const READ_AGAIN_MS = 5 * 60_000;

/** The person page's answer to "is trust coming back?": the verdict with its reasons, then the chart. */
export function TrustSection(props: { journal: Journal }) {
  // The moment the verdict is read at: now, read again whenever the journal changes and every few
  // minutes. Fixed when the page opened, a check saved later was in that moment's future, and a page
  // left open kept a verdict whose window had moved on (Home reads its own afresh).
  const [tick, setTick] = createSignal(0);
  const timer = setInterval(() => setTick((n) => n + 1), READ_AGAIN_MS);
  onCleanup(() => clearInterval(timer));
  const now = createMemo(() => {
    tick();
    void props.journal;
    return new Date();
  });
  const verdict = createMemo(() => verdictForJournal(props.journal, now()));
  const model = createMemo(() => buildChart(props.journal, verdict(), now()));
  const summary = createMemo(() => chartSummary(model()));
  const [table, setTable] = createSignal(false);
  const id = () => props.journal.relationship.id;
  return (
    <section class="section tc-section" aria-labelledby="trust-title">
      <h2 id="trust-title">Is trust coming back?</h2>
      <VerdictNote verdict={verdict()} />
      <Show
        when={model().rows.length > 0}
        fallback={
          <p class="muted">
            No trust checks yet. A first one, taken when you feel calm, gives you a starting point.{' '}
            <a href={href('/r/:id/check/new', { id: id() })}>Take a trust check</a>
          </p>
        }
      >
        <figure class="tc-figure">
          <Suspense fallback={<div class="tc-svg tc-svg-waiting" aria-hidden="true" />}>
            <TrustChart model={model()} label={`Trust over time. ${summary()}`} />
          </Suspense>
          <ChartLegend model={model()} />
          <figcaption class="tc-summary">{summary()}</figcaption>
        </figure>
        <button type="button" class="link-button" aria-expanded={table()} aria-controls="trust-table" onClick={() => setTable(!table())}>
          {table() ? 'Hide the table' : 'Show as a table'}
        </button>
        <Show when={table()}>
          <ChartTable model={model()} id="trust-table" />
        </Show>
      </Show>
    </section>
  );
}
