import { For, Show } from 'solid-js';
import { Field, describedBy } from '../../components/Field';
import { APOLOGY_OFFER_LINES, isApologyPlanned, type ApologyReason } from '../../../../core/logic/apology-offer';
import { APOLOGY_PART_COPY, APOLOGY_PARTS, type ApologyPart, type ApologyPlan } from '../../../../core/model/leader-side-labels';
import '../../styles/leader-side.css';

interface Props {
  /** Unique per page, for ids: "prep-apology", "db-apology". */
  id: string;
  plan: ApologyPlan;
  /** Why an apology might help, strongest first (logic/apology-offer.ts). */
  reasons: ApologyReason[];
  onChange: (next: ApologyPlan) => void;
  /** The message for a part when the core refused it, e.g. an empty plan. */
  errorFor: (part: ApologyPart) => string | undefined;
}

/**
 * One gentle offer to plan an apology, easy to set aside; once taken up, six short parts in the
 * leader's own words. Without any reason to offer, only a quiet link remains ("the leader says so").
 */
export function ApologyPlanFields(props: Props) {
  const offered = () => !props.plan.wanted && !props.plan.skipped && props.reasons.length > 0;
  const set = (patch: Partial<ApologyPlan>) => props.onChange({ ...props.plan, ...patch });
  return (
    <section class="apology" aria-labelledby={`${props.id}-title`}>
      <Show when={isApologyPlanned(props.plan)} fallback={
        <Show when={offered()} fallback={
          <p class="apology-quiet">
            <button type="button" class="link-button" onClick={() => set({ wanted: true, skipped: false })}>
              I’d like to plan an apology
            </button>
          </p>
        }>
          <div class="apology-offer" role="group" aria-labelledby={`${props.id}-title`}>
            <h3 id={`${props.id}-title`}>An apology, if it fits</h3>
            <p>{APOLOGY_OFFER_LINES[props.reasons[0] ?? 'hot-before']}</p>
            <div class="actions">
              <button type="button" class="button" onClick={() => set({ wanted: true, skipped: false })}>Plan an apology</button>
              <button type="button" class="button quiet-link" onClick={() => set({ skipped: true })}>Not this time</button>
            </div>
          </div>
        </Show>
      }>
        <h3 id={`${props.id}-title`}>My apology, in my own words</h3>
        <p class="hint">A line for each is plenty. Say it plainly, and leave out “but”.</p>
        <For each={APOLOGY_PARTS}>
          {(part) => {
            const fieldId = `${props.id}-${part}`;
            const copy = APOLOGY_PART_COPY[part];
            return (
              <Field id={fieldId} label={copy.label} hint={copy.hint} error={props.errorFor(part)}>
                <textarea id={fieldId} rows={2} value={props.plan[part]} onInput={(e) => set({ [part]: e.currentTarget.value })}
                  aria-invalid={!!props.errorFor(part)} aria-describedby={describedBy(fieldId, copy.hint, props.errorFor(part))} />
              </Field>
            );
          }}
        </For>
        <p class="apology-quiet">
          <button type="button" class="link-button" onClick={() => set({ wanted: false, skipped: true })}>
            Set the apology aside
          </button>
          <span class="muted"> (what you wrote is kept)</span>
        </p>
      </Show>
    </section>
  );
}
