import { For } from 'solid-js';
import type { Segment } from '../../../../core/logic/search-text';

/** Text with the matching words marked; every piece is a text node, never markup. */
export function Marked(props: { segments: Segment[] }) {
  return <For each={props.segments}>{(s) => (s.mark ? <mark>{s.text}</mark> : s.text)}</For>;
}

/** A result's line of text under its title. */
export function Snippet(props: { segments: Segment[] }) {
  return (
    <p class="search-snippet">
      <Marked segments={props.segments} />
    </p>
  );
}
