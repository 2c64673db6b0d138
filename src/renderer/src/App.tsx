import { createMemo, ErrorBoundary, Show } from 'solid-js';
import { Layout } from './components/Layout';
import { ConfirmHost } from './components/ConfirmHost';
import { NoticeHost } from './components/NoticeHost';
import { RelationshipsProvider } from './stores/relationships';
import { match, path } from './lib/router';
import { ROUTES } from './routes';
import { HomePage } from './features/home/HomePage';

/** The screens, keyed by the hash path. */
export function App() {
  // Keyed on the route and its params, so moving between two people redraws the screen from scratch.
  const current = createMemo(
    () => {
      for (const route of ROUTES) {
        const params = match(route.pattern, path());
        if (params) return { route, params, key: path() };
      }
      return null;
    },
    undefined,
    { equals: (a, b) => a?.key === b?.key },
  );
  return (
    <RelationshipsProvider>
      <Layout>
        <ErrorBoundary fallback={(_err, reset) => <ScreenError reset={reset} />}>
          <Show when={current()} keyed fallback={<HomePage />}>
            {(c) => c.route.render(c.params)}
          </Show>
        </ErrorBoundary>
      </Layout>
      <ConfirmHost />
      <NoticeHost />
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
        <a class="button" href="#/" onClick={() => props.reset()}>Back to Home</a>
        <button type="button" class="button" onClick={() => props.reset()}>Try again</button>
      </div>
    </section>
  );
}
