import { createMemo, ErrorBoundary, onMount, Show, type JSX } from 'solid-js';
import { Layout } from './components/Layout';
import { ConfirmHost } from './components/ConfirmHost';
import { NoticeHost } from './components/NoticeHost';
import { RelationshipsProvider } from './stores/relationships';
import { href, match, path } from './lib/router';
import { preloadScreens, ROUTES } from './routes';
import { HomePage } from './features/home/HomePage';
import { Palette } from './features/palette/Palette';
import { ShortcutHost } from './features/shortcuts/ShortcutHost';
import { ShortcutSheet } from './features/shortcuts/ShortcutSheet';
import { warmSearch } from './features/search/search-client';
import { watchReadProblems } from './features/devices/read-problems-notice';

/** The screens, keyed by the hash path. */
export function App() {
  // Keyed on the route and its params, so moving between two people redraws the screen from scratch.
  const current = createMemo(
    () => {
      for (const route of ROUTES) {
        const params = match(route.pattern, path());
        // The pattern and its params come from the same entry, so the render gets exactly its params.
        if (params) return { render: route.render as (p: Record<string, string>) => JSX.Element, params, key: path() };
      }
      return null;
    },
    undefined,
    { equals: (a, b) => a?.key === b?.key },
  );
  // The search index is read in the background once the first screen is up, so the first search is quick.
  onMount(() => setTimeout(warmSearch, 1500));
  // The other screens' code is read once the first one is up, while the page is idle (see routes.tsx).
  onMount(preloadScreens);
  // Something in the folder Mend could not read and left out is said, not left to vanish unseen.
  onMount(watchReadProblems);
  return (
    <RelationshipsProvider>
      <Layout>
        <ErrorBoundary fallback={(_err, reset) => <ScreenError reset={reset} />}>
          <Show when={current()} keyed fallback={<HomePage />}>
            {(c) => c.render(c.params)}
          </Show>
        </ErrorBoundary>
      </Layout>
      <ConfirmHost />
      <NoticeHost />
      <Palette />
      <ShortcutSheet />
      <ShortcutHost />
    </RelationshipsProvider>
  );
}

/** Last line of defence: a screen that failed to draw says so kindly; nothing was saved or lost by it. */
function ScreenError(props: { reset: () => void }) {
  return (
    <section class="page">
      <h1>This screen could not be shown</h1>
      <p class="error-box" role="alert">Something went wrong while drawing it. Your journal was not changed.</p>
      <div class="actions start">
        <a class="button" href={href('/')} onClick={() => props.reset()}>Back to Home</a>
        <button type="button" class="button" onClick={() => props.reset()}>Try again</button>
      </div>
    </section>
  );
}
