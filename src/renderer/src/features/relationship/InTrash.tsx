import { createResource, onMount, Show, type JSX } from 'solid-js';
import { ApiError, call } from '../../lib/api';
import { href } from '../../lib/router';

/**
 * A person's page whose journal is gone because they were moved to the Trash (here, or on the other
 * computer while this page was open): says so plainly and where to bring them back, instead of a
 * bare "not available". Anything else that went wrong is shown by `fallback`.
 */
export function InTrash(props: { id: string; error: unknown; fallback: JSX.Element }) {
  const [item] = createResource(
    () => (props.error instanceof ApiError && props.error.code === 'not-found' ? props.id : null),
    async (id) => (await call('trash:list', {})).find((t) => t.id === id && !t.lateWords) ?? null,
  );
  return (
    <Show when={!item.loading}>
      <Show when={item()} fallback={props.fallback}>
        {(found) => <InTrashPanel name={found().name} />}
      </Show>
    </Show>
  );
}

function InTrashPanel(props: { name: string }) {
  let heading: HTMLHeadingElement | undefined;
  // The page they were on went away under them: the focus goes to what replaced it, not to the window.
  onMount(() => heading?.focus());
  return (
    <section class="page narrow" aria-labelledby="in-trash-title">
      <h1 id="in-trash-title" tabindex="-1" ref={heading}>{props.name} is in the Trash</h1>
      <p class="lede">
        They were moved to the Trash, here or on your other computer. Bring them back from the Trash, and what you were
        writing about them comes back with them.
      </p>
      <div class="actions">
        <a class="button primary" href={href('/trash')}>Open the Trash</a>
        <a class="button" href={href('/')}>Back to Home</a>
      </div>
    </section>
  );
}
