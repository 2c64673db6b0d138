import { For, Show } from 'solid-js';
import { describedBy } from '../../components/Field';
import { CAUSES, CONFIDENCE_LEVELS, RATING_MAX, RATING_MIN, TRUST_DOMAINS, type Cause, type Confidence, type TrustDomain } from '../../../../core/model/trust-items';
import { CAUSE_LABELS, CONFIDENCE_LABELS, DOMAIN_HINTS, DOMAIN_LABELS } from '../../../../core/model/incident-labels';

const NUMBERS = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** A 1–7 select with a "none" choice; anchors label the ends and the middle. */
export function RatingSelect(props: {
  id: string;
  value: string;
  none: string;
  anchors: Record<number, string>;
  error?: string;
  /** True when the surrounding Field shows a hint, so the select is described by it too. */
  hint?: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}
      aria-invalid={!!props.error} aria-describedby={describedBy(props.id, props.hint ? 'hint' : undefined, props.error)}>
      <option value="">{props.none}</option>
      <For each={NUMBERS}>{(n) => <option value={String(n)}>{props.anchors[n] ? `${n} · ${props.anchors[n]}` : String(n)}</option>}</For>
    </select>
  );
}

/** The four domains as checkboxes, each with its one-line meaning. */
export function DomainPicker(props: { value: TrustDomain[]; onChange: (next: TrustDomain[]) => void }) {
  const toggle = (d: TrustDomain, on: boolean) => props.onChange(TRUST_DOMAINS.filter((x) => (x === d ? on : props.value.includes(x))));
  return (
    <div class="domain-choices">
      <For each={TRUST_DOMAINS}>
        {(d) => (
          <label class="scale-choice">
            <input type="checkbox" checked={props.value.includes(d)} onChange={(e) => toggle(d, e.currentTarget.checked)} />
            <span class="scale-text">
              <strong>{DOMAIN_LABELS[d]}</strong>
              <span class="muted">{DOMAIN_HINTS[d]}</span>
            </span>
          </label>
        )}
      </For>
    </div>
  );
}

type CauseChoice = { cause: Cause; confidence: Confidence };

/** Each cause as a checkbox, with how sure the leader is once it is ticked. */
export function CausePicker(props: { value: CauseChoice[]; onChange: (next: CauseChoice[]) => void }) {
  const find = (c: Cause) => props.value.find((x) => x.cause === c);
  const set = (c: Cause, choice: CauseChoice | null) =>
    props.onChange(CAUSES.flatMap((x) => (x === c ? (choice ? [choice] : []) : props.value.filter((v) => v.cause === x))));
  return (
    <ul class="cause-choices">
      <For each={CAUSES}>
        {(c) => (
          <li>
            <label class="choice">
              <input type="checkbox" checked={!!find(c)} onChange={(e) => set(c, e.currentTarget.checked ? { cause: c, confidence: 'low' } : null)} />
              {CAUSE_LABELS[c]}
            </label>
            <Show when={find(c)}>
              {(chosen) => (
                <select aria-label={`How sure: ${CAUSE_LABELS[c]}`} value={chosen().confidence}
                  onChange={(e) => set(c, { cause: c, confidence: e.currentTarget.value as Confidence })}>
                  <For each={CONFIDENCE_LEVELS}>{(l) => <option value={l}>{CONFIDENCE_LABELS[l]}</option>}</For>
                </select>
              )}
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
