import { For, Show } from 'solid-js';
import { Markdown } from '../../components/Markdown';
import { TRUST_ITEMS } from '../../../../core/model/trust-items';
import { CAUSE_LABELS, CONFIDENCE_LABELS, DOMAIN_LABELS, TRUST_ITEM_LABELS } from '../../../../core/model/incident-labels';
import type { Incident } from '../../../../core/model/incident';
import { href } from '../../lib/router';

/** An incident opened in place on the timeline. */
export function IncidentDetails(props: { relationshipId: string; incident: Incident }) {
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
    </div>
  );
}
