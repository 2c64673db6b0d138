import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { TRUST_ITEMS } from '../../../../core/model/trust-items';
import { CAUSE_LABELS, CONFIDENCE_LABELS, DOMAIN_LABELS, TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import type { Incident } from '../../../../core/model/incident';
import { href } from '../../lib/router';
import { call, errorMessage } from '../../lib/api';
import { confirmAction, focusTimeline } from '../../lib/confirm';
import { draftFollowsEntry } from '../../lib/draft-follow';
import { showNotice } from '../../lib/notice';
import { offerUndo } from '../../lib/undo';

/**
 * An incident opened in place on the timeline. `about`: the plans and conversations about it (they stay
 * when it is removed). Logged on the wrong person or by mistake happens: removing asks first, since it
 * changes how trust reads, and offers Undo.
 */
export function IncidentDetails(props: { relationshipId: string; incident: Incident; about: { plans: number; conversations: number }; refresh: () => void }) {
  const remove = async () => {
    const ok = await confirmAction({
      title: 'Remove this incident?',
      body: `It will no longer count in how trust is going.${whatStays(props.about)} You can undo this for a few seconds.`,
      confirmLabel: 'Remove',
      tone: 'danger',
    });
    if (!ok) return;
    try {
      const { relationshipId, incident, refresh } = props;
      await call('incidents:delete', { relationshipId, id: incident.id });
      refresh();
      focusTimeline();
      offerUndo('Incident removed.', async () => {
        await draftFollowsEntry(`incident:${relationshipId}`, incident.id, await call('entries:restore', { relationshipId, list: 'incidents', entry: incident }));
        refresh();
      }, 'The incident is back.');
    } catch (e) {
      showNotice(errorMessage(e), 'error');
    }
  };
  const i = () => props.incident;
  const baseline = () =>
    TRUST_ITEMS.map((item) => `${TRUST_ITEM_LABELS[item]} ${i().baseline[item] ?? '–'}`).join(' · ');
  return (
    <div class="entry-details">
      <h3>Facts</h3>
      <Markdown text={i().facts} empty="No facts written down." />
      <h3>Impact</h3>
      <Markdown text={i().impact} empty="No impact written down." />
      <dl class="entry-facts">
        <dt>Trust it touches</dt>
        <dd>{i().domains.map((d) => DOMAIN_LABELS[d]).join(', ') || 'Not chosen'}</dd>
        <dt>Possible causes</dt>
        <dd>
          <Show when={i().causes.length > 0} fallback="None chosen yet">
            <For each={i().causes}>
              {(c, n) => (
                <>
                  {n() > 0 ? ', ' : ''}
                  {CAUSE_LABELS[c.cause]} <span class="muted">({CONFIDENCE_LABELS[c.confidence].toLowerCase()})</span>
                </>
              )}
            </For>
          </Show>
        </dd>
        <dt>Trust before it</dt>
        <dd>{baseline()}</dd>
        <dt>Likely to happen again</dt>
        <dd>{i().stability === null ? 'Not sure yet' : `${i().stability} of 7`}</dd>
      </dl>
      <div class="actions start">
        <a class="button" href={href('/r/:id/incident/:incidentId', { id: props.relationshipId, incidentId: i().id })}>Edit the incident</a>
        <a class="button" href={href('/r/:id/prepare/new', { id: props.relationshipId })}>Prepare a conversation</a>
      </div>
      <p class="entry-links">
        <button type="button" class="link-button" onClick={() => void remove()}>
          Remove this incident
        </button>
      </p>
    </div>
  );
}

/** What the confirmation says stays: the plans and conversations about the incident, named as what they are. */
function whatStays(about: { plans: number; conversations: number }): string {
  const { plans, conversations } = about;
  if (plans + conversations === 0) return '';
  if (plans === 1 && conversations === 0) return ' The plan about it stays, with everything you wrote in it.';
  if (plans === 0 && conversations === 1) return ' The conversation about it stays, with everything you wrote about it.';
  const what = conversations === 0 ? 'plans' : plans === 0 ? 'conversations' : 'plans and conversations';
  return ` The ${what} about it stay, with everything you wrote in them.`;
}
