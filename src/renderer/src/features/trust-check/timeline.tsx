import { href } from '../../lib/router';
import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { call, errorMessage } from '../../lib/api';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { confirmAction, focusTimeline } from '../../lib/confirm';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';
import { TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import { ACTIVATION_LABELS } from '../../../../core/model/preparation-labels';
import { HOT_CHECK_EXPLANATION } from '../../../../core/model/follow-up-labels';
import { isHotCheck } from '../../../../core/logic/verdict-scores';
import { TRUST_ITEMS } from '../../../../core/model/trust-items';
import type { TrustCheck } from '../../../../core/model/trust-check';
import type { Journal } from '../../../../core/model/journal';
import type { TimelineEntry } from '../relationship/extensions';

/** "Reliability 4 · Reliance 3", or that there was nothing new to rate. */
function ratingsLine(check: TrustCheck): string {
  const rated = TRUST_ITEMS.filter((i) => check.ratings[i] !== null).map((i) => `${TRUST_ITEM_LABELS[i]} ${check.ratings[i]}`);
  return rated.length ? rated.join(' · ') : 'No new evidence';
}

export function checkEntries(journal: Journal, refresh: () => void): TimelineEntry[] {
  return journal.checks.map((c) => ({
    key: `check:${c.id}`,
    at: c.at,
    kind: 'Trust check',
    title: ratingsLine(c),
    badges: isHotCheck(c) ? ['Hot'] : [],
    render: () => <CheckEntry relationshipId={journal.relationship.id} check={c} refresh={refresh} />,
  }));
}

/** One mis-click changes the verdict, so a check can be corrected or removed (asking first, with Undo). */
async function removeCheck(relationshipId: string, check: TrustCheck, refresh: () => void): Promise<void> {
  const ok = await confirmAction({
    title: 'Remove this trust check?',
    body: 'The chart and the verdict will no longer count it. You can undo this for a few seconds.',
    confirmLabel: 'Remove',
    tone: 'danger',
  });
  if (!ok) return;
  try {
    const removed = await call('checks:delete', { relationshipId, id: check.id });
    refresh();
    focusTimeline();
    offerUndo('Trust check removed.', async () => {
      await draftFollowsEntry(`trust-check:${relationshipId}`, removed.id, await call('checks:restore', { relationshipId, check: removed }));
      refresh();
    }, 'The trust check is back.');
  } catch (e) {
    showNotice(errorMessage(e), 'error');
  }
}

function CheckEntry(props: { relationshipId: string; check: TrustCheck; refresh: () => void }) {
  const c = props.check;
  const feeling = [`${ACTIVATION_LABELS[c.activation]} (${c.activation} of 3)`, c.emotion.trim()].filter(Boolean).join(' · ');
  return (
    <div class="entry-body">
      <Show when={isHotCheck(c)}>
        <p class="banner"><strong>Hot check.</strong> {HOT_CHECK_EXPLANATION}</p>
      </Show>
      <dl class="entry-ratings">
        <For each={TRUST_ITEMS}>
          {(i) => (
            <>
              <dt>{TRUST_ITEM_LABELS[i]}</dt>
              <dd>{c.ratings[i] ?? 'No new evidence'}</dd>
            </>
          )}
        </For>
      </dl>
      <h3>Evidence</h3>
      <Markdown text={c.evidence} empty="None noted." />
      <Show when={c.interpretation.trim()}>
        <h3>What I made of it</h3>
        <Markdown text={c.interpretation} />
      </Show>
      <h3>How I felt</h3>
      <p>{feeling}</p>
      <Markdown text={c.source} empty="No source named." />
      <p class="entry-links">
        <a href={href('/r/:id/check/:checkId', { id: props.relationshipId, checkId: c.id })}>Edit this check</a>
        <button type="button" class="link-button" onClick={() => void removeCheck(props.relationshipId, c, props.refresh)}>
          Remove this check
        </button>
      </p>
    </div>
  );
}
