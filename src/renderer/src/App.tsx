import { ErrorBoundary, Match, Switch } from 'solid-js';
import { Layout } from './components/Layout';
import { ConfirmHost } from './components/ConfirmHost';
import { NoticeHost } from './components/NoticeHost';
import { RelationshipsProvider } from './stores/relationships';
import { match, path } from './lib/router';
import { HomePage } from './features/home/HomePage';
import { RelationshipPage } from './features/relationship/RelationshipPage';
import { RelationshipForm } from './features/relationship/RelationshipForm';
import { SettingsPage } from './features/settings/SettingsPage';

/** The screens, keyed by the hash path. */
export function App() {
  const params = (pattern: string) => match<'id'>(pattern, path());
  return (
    <RelationshipsProvider>
      <Layout>
        <ErrorBoundary fallback={(_err, reset) => <ScreenError reset={reset} />}>
        <Switch fallback={<HomePage />}>
          <Match when={path() === '/new'}>
            <RelationshipForm />
          </Match>
          <Match when={params('/r/:id/edit')}>{(p) => <RelationshipForm id={p().id} />}</Match>
          <Match when={params('/r/:id')}>{(p) => <RelationshipPage id={p().id} />}</Match>
          <Match when={path() === '/settings'}>
            <SettingsPage />
          </Match>
        </Switch>
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
