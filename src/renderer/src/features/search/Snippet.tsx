import { For } from 'solid-js';
import type { Segment } from '../../../../core/logic/search-text';

/** A result's line of text with the matching words marked; every piece is a text node, never markup. */
export function Snippet(props: { segments: Segment[] }) {
  return (
    <p class="search-snippet">
      <For each={props.segments}>{(s) => (s.mark ? <mark>{s.text}</mark> : s.text)}</For>
    </p>
  );
}
