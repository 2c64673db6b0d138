import { createResource, onMount, Show, type JSX } from 'solid-js';
import { ApiError, call } from '../../lib/api';
import type { Output } from '../../../../core/api/contract';
import { goInstead, href, screenNow } from '../../lib/router';

/** The page is on its way to where the person is now: nothing is shown meanwhile. */
const MOVING = 'moving';
type TrashItem = Output<'trash:list'>[number];

/**
 * A person's page whose journal is gone because they were moved to the Trash (here, or on the other
 * computer while this page was open): says so plainly and where to bring them back, instead of a
 * bare "not available". One brought back since (under a new id) is gone on to. Anything else that went
 * wrong is shown by `fallback`.
 */
export function InTrash(props: { id: string; error: unknown; fallback: JSX.Element }) {
  const [item] = createResource(
    () => (props.error instanceof ApiError && props.error.code === 'not-found' ? props.id : null),
    async (id) => {
      const from = screenNow();
      const trashed = (await call('trash:list', {})).find((t) => t.id === id && !t.lateWords);
      if (trashed) return trashed;
      // Brought back from the Trash, they live under a new id: an old link or Back after Undo goes on to
      // them, unless the person went elsewhere while this was asked.
      const back = await call('trash:brought-back', { id }).catch(() => null);
      if (!back || screenNow() !== from) return null;
      goInstead('/r/:id', { id: back.id });
      return MOVING;
    },
  );
  return (
    <Show when={!item.loading && item() !== MOVING}>
      <Show when={item() as TrashItem | null} fallback={props.fallback}>
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
