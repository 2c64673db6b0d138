import { Match, Switch } from 'solid-js';
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
      </Layout>
      <ConfirmHost />
      <NoticeHost />
    </RelationshipsProvider>
  );
}
