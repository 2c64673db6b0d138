import { createResource, For, Show } from 'solid-js';
import { call, errorMessage } from '../../lib/api';
import { onJournalChanged } from '../../lib/live-changes';
import { onLocalChange } from '../../lib/local-changes';
import type { Insights, KeptRate } from '../../../../core/logic/insights';
import { FEAR_LABELS } from '../../../../core/model/preparation-labels';
import { guessSentence, hotSentence, keptWords } from './insight-text';
import '../../styles/trust.css';
import { href } from '../../lib/router';
import { LeaderInsights } from './LeaderInsights';

/** Insights: the leader's own patterns across every journal, for reflection rather than scoring. */
export function InsightsPage() {
  const [insights, { refetch }] = createResource(() => call('insights:get', {}));
  // A change from the other computer (or one made here from the bar, say a quick note) is read again in
  // place: what was shown stays until the new figures are in, with no "Reading…" in between.
  onJournalChanged(() => void refetch());
  onLocalChange(() => void refetch());
  const data = (): Insights | undefined => (insights.error ? undefined : insights.latest);
  return (
    <section class="page" aria-labelledby="insights-title">
      <header class="page-head">
        <div>
          <h1 id="insights-title">Insights</h1>
          <p class="lede">Patterns across your journals, to reflect on. They show how you have seen things, not a score of anyone.</p>
        </div>
        <a class="button" href={href('/')}>
          Back to your people
        </a>
      </header>
      <Show when={insights.loading && !insights.latest}>
        <p class="muted" role="status">Reading your journals…</p>
      </Show>
      <Show when={insights.error}>
        <p class="error-box" role="alert">{errorMessage(insights.error)}</p>
      </Show>
      <Show when={data()}>{(d) => <InsightSections data={d()} />}</Show>
    </section>
  );
}

function InsightSections(props: { data: Insights }) {
  const d = () => props.data;
  return (
    <>
      <Show when={d().skipped > 0}>
        <p class="banner">
          {d().skipped === 1
            ? 'One journal could not be read and is left out. Open it from Home to restore an earlier version.'
            : `${d().skipped} journals could not be read and are left out. Open each from Home to restore an earlier version.`}
        </p>
      </Show>
      <section class="section" aria-labelledby="ins-guess">
        <h2 id="ins-guess">Your first guesses</h2>
        <p class="hint">What you suspected before a conversation, and what it turned out to be after it.</p>
        <Show when={d().diagnosis.length > 0} fallback={<p class="muted">After you debrief a conversation and say whether your guess held, it shows up here.</p>}>
          <ul class="ins-list">
            <For each={d().diagnosis}>{(g) => <li>{guessSentence(g)}</li>}</For>
          </ul>
        </Show>
      </section>
      <section class="section" aria-labelledby="ins-fears">
        <h2 id="ins-fears">What stirs you most</h2>
        <p class="hint">The fears you named while cooling down before a conversation.</p>
        <Show when={d().fears.length > 0} fallback={<p class="muted">When you name a fear while preparing, it is counted here.</p>}>
          <ul class="ins-list">
            <For each={d().fears}>
              {(f) => (
                <li>
                  {FEAR_LABELS[f.fear]} <span class="muted">· in {f.count} of {d().preparations} {d().preparations === 1 ? 'preparation' : 'preparations'}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
      <section class="section" aria-labelledby="ins-hot">
        <h2 id="ins-hot">Hot ratings</h2>
        <p>{hotSentence(d().checks.total, d().checks.hot)}</p>
      </section>
      <section class="section" aria-labelledby="ins-kept">
        <h2 id="ins-kept">Keeping your word, both ways</h2>
        <p class="hint">As you recorded them: trust is rebuilt from both sides. Renegotiating early counts as keeping a commitment.</p>
        <dl class="ins-kept">
          <KeptRow label="You" rate={d().commitments.me} />
          <KeptRow label="Them" rate={d().commitments.them} />
        </dl>
      </section>
      <LeaderInsights data={d().leader} />
    </>
  );
}

function KeptRow(props: { label: string; rate: KeptRate }) {
  return (
    <div class="ins-kept-row">
      <dt>{props.label}</dt>
      <dd>
        <meter min={0} max={1} value={props.rate.rate ?? 0} aria-label={`${props.label}: ${keptWords(props.rate)}`} />
        <span>{keptWords(props.rate)}</span>
      </dd>
    </div>
  );
}
