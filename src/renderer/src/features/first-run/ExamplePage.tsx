import { href } from '../../lib/router';
import { createMemo } from 'solid-js';
import { exampleJournal } from '../../../../core/logic/example-journal';
import { TrustSection } from '../trust-chart/TrustSection';
import { Timeline } from '../relationship/timeline/Timeline';
import '../relationship/register-features';
import '../../styles/first-run.css';

/**
 * A made-up person with six weeks of history, drawn from pure core logic in the window itself: never
 * sent to the core, never written to the data folder, so it cannot sync or mix with real entries.
 * The page is read-only: the chart, the verdict and the timeline's headings, with no actions.
 */
export function ExamplePage() {
  const journal = createMemo(() => exampleJournal(new Date()));
  return (
    <section class="page" aria-labelledby="example-title">
      <header class="page-head">
        <div>
          <p class="eyebrow">An example · Project lead</p>
          <h1 id="example-title">{journal().relationship.name}</h1>
          <p class="lede">Six weeks after a missed deadline: what the chart, the verdict and the timeline look like.</p>
        </div>
        <div class="head-actions">
          <a class="button primary" href={href('/new')}>Add your first person</a>
          <a class="button" href={href('/')}>Back to Home</a>
        </div>
      </header>
      <p class="banner example-banner" role="note">
        Made up, so you can look around. Nothing here is saved, and it never mixes with your journal.
      </p>
      <TrustSection journal={journal()} />
      <section class="section" aria-labelledby="example-timeline-title">
        <h2 id="example-timeline-title">Timeline</h2>
        <Timeline journal={journal()} refresh={() => undefined} readOnly />
      </section>
    </section>
  );
}
