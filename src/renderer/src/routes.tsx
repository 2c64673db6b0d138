import type { JSX } from 'solid-js';
import type { RoutePattern, RouteParams } from './lib/router';
import { SearchPage } from './features/search/SearchPage';
import { HomePage } from './features/home/HomePage';
import { RelationshipPage } from './features/relationship/RelationshipPage';
import { RelationshipForm } from './features/relationship/RelationshipForm';
import { SettingsPage } from './features/settings/SettingsPage';
import { IncidentForm } from './features/prepare/IncidentForm';
import { PrepareStart } from './features/prepare/PrepareStart';
import { PreparationFlow } from './features/prepare/PreparationFlow';
import { CueCard } from './features/prepare/CueCard';
import { CommitmentsPage } from './features/commitments/CommitmentsPage';
import { DebriefFromPlan, DebriefStart } from './features/debrief/DebriefStart';
import { DebriefPage } from './features/debrief/DebriefPage';
import { TrustCheckPage } from './features/trust-check/TrustCheckPage';
import { MonitoringNotePage } from './features/monitoring/MonitoringNotePage';
import { InsightsPage } from './features/insights/InsightsPage';
import { ExamplePage } from './features/first-run/ExamplePage';
import { RepairBidPage } from './features/repair-bids/RepairBidPage';
import { TheirTrustPage } from './features/their-trust/TheirTrustPage';
import { TrashPage } from './features/trash/TrashPage';

/** One screen: its pattern (from lib/router's list) and how to draw it, with its params typed. */
export interface Route<P extends RoutePattern = RoutePattern> {
  pattern: P;
  render: (params: RouteParams<P>) => JSX.Element;
}
const route = <P extends RoutePattern>(pattern: P, render: (params: RouteParams<P>) => JSX.Element): Route<P> => ({ pattern, render });

/** One entry per screen. First match wins, so a fixed segment ("new") comes before a parameter. */
export const ROUTES = [
  route('/', () => <HomePage />),
  route('/new', () => <RelationshipForm />),
  route('/r/:id/edit', (p) => <RelationshipForm id={p.id} />),
  route('/r/:id', (p) => <RelationshipPage id={p.id} />),
  route('/r/:id/entry/:entry', (p) => <RelationshipPage id={p.id} />),
  route('/settings', () => <SettingsPage />),
  route('/r/:id/incident/new', (p) => <IncidentForm id={p.id} />),
  route('/r/:id/incident/:incidentId', (p) => <IncidentForm id={p.id} incidentId={p.incidentId} />),
  route('/r/:id/prepare/new', (p) => <PrepareStart id={p.id} />),
  route('/r/:id/prepare/:prepId', (p) => <PreparationFlow id={p.id} prepId={p.prepId} />),
  route('/r/:id/prepare/:prepId/cue-card', (p) => <CueCard id={p.id} prepId={p.prepId} />),
  route('/commitments', () => <CommitmentsPage />),
  route('/r/:id/debrief/new', (p) => <DebriefStart relationshipId={p.id} />),
  route('/r/:id/debrief/from/:prepId', (p) => <DebriefFromPlan relationshipId={p.id} preparationId={p.prepId} />),
  route('/r/:id/debrief/:debriefId', (p) => <DebriefPage relationshipId={p.id} debriefId={p.debriefId} />),
  route('/r/:id/debrief/:debriefId/check', (p) => <TrustCheckPage relationshipId={p.id} debriefId={p.debriefId} />),
  route('/r/:id/check/new', (p) => <TrustCheckPage relationshipId={p.id} />),
  route('/r/:id/check/:checkId', (p) => <TrustCheckPage relationshipId={p.id} checkId={p.checkId} />),
  route('/trash', () => <TrashPage />),
  route('/r/:id/monitoring/new', (p) => <MonitoringNotePage relationshipId={p.id} />),
  route('/insights', () => <InsightsPage />),
  route('/search', () => <SearchPage />),
  route('/example', () => <ExamplePage />),
  route('/r/:id/repair-bid/new', (p) => <RepairBidPage relationshipId={p.id} />),
  route('/r/:id/repair-bid/:bidId', (p) => <RepairBidPage relationshipId={p.id} bidId={p.bidId} />),
  route('/r/:id/their-trust/new', (p) => <TheirTrustPage relationshipId={p.id} />),
] as const;

/** Every pattern in lib/router has a screen above: a pattern left out makes this line a build error. */
export const EVERY_PATTERN_DRAWN: Exclude<RoutePattern, (typeof ROUTES)[number]['pattern']> extends never ? true : never = true;

/** A main screen: a sidebar item, a palette entry and a Ctrl/Cmd+digit shortcut (its place + 1). */
export interface NavItem {
  to: '/' | '/commitments' | '/insights' | '/settings' | '/search';
  label: string;
  /** First path segments that mark the item as current. */
  sections: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Home', sections: ['', 'r', 'new'] },
  { to: '/commitments', label: 'Commitments', sections: ['commitments'] },
  { to: '/insights', label: 'Insights', sections: ['insights'] },
  { to: '/settings', label: 'Settings', sections: ['settings'] },
  { to: '/search', label: 'Search', sections: ['search'] },
];
