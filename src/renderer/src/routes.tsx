import { lazy, type JSX } from 'solid-js';
import type { RoutePattern, RouteParams } from './lib/router';
import { HomePage } from './features/home/HomePage';
// A person's page is where Home leads: it comes with the start, so its first visit never waits for a chunk.
import { RelationshipPage } from './features/relationship/RelationshipPage';
import { TrustChart } from './features/trust-chart/TrustSection';

/**
 * Every other screen is its own chunk, read when first shown (and all of them soon after Home is up: see
 * preloadScreens), so the start reads and compiles only what Home and a person's page need.
 */
const SearchPage = lazy(() => import('./features/search/SearchPage').then((m) => ({ default: m.SearchPage })));
const RelationshipForm = lazy(() => import('./features/relationship/RelationshipForm').then((m) => ({ default: m.RelationshipForm })));
const SettingsPage = lazy(() => import('./features/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })));
const IncidentForm = lazy(() => import('./features/prepare/IncidentForm').then((m) => ({ default: m.IncidentForm })));
const PrepareStart = lazy(() => import('./features/prepare/PrepareStart').then((m) => ({ default: m.PrepareStart })));
const PreparationFlow = lazy(() => import('./features/prepare/PreparationFlow').then((m) => ({ default: m.PreparationFlow })));
const CueCard = lazy(() => import('./features/prepare/CueCard').then((m) => ({ default: m.CueCard })));
const CommitmentsPage = lazy(() => import('./features/commitments/CommitmentsPage').then((m) => ({ default: m.CommitmentsPage })));
const DebriefFromPlan = lazy(() => import('./features/debrief/DebriefStart').then((m) => ({ default: m.DebriefFromPlan })));
const DebriefStart = lazy(() => import('./features/debrief/DebriefStart').then((m) => ({ default: m.DebriefStart })));
const DebriefPage = lazy(() => import('./features/debrief/DebriefPage').then((m) => ({ default: m.DebriefPage })));
const TrustCheckPage = lazy(() => import('./features/trust-check/TrustCheckPage').then((m) => ({ default: m.TrustCheckPage })));
const MonitoringNotePage = lazy(() => import('./features/monitoring/MonitoringNotePage').then((m) => ({ default: m.MonitoringNotePage })));
const MeetingNotePage = lazy(() => import('./features/quick-capture/MeetingNotePage').then((m) => ({ default: m.MeetingNotePage })));
const InsightsPage = lazy(() => import('./features/insights/InsightsPage').then((m) => ({ default: m.InsightsPage })));
const ExamplePage = lazy(() => import('./features/first-run/ExamplePage').then((m) => ({ default: m.ExamplePage })));
const RepairBidPage = lazy(() => import('./features/repair-bids/RepairBidPage').then((m) => ({ default: m.RepairBidPage })));
const TheirTrustPage = lazy(() => import('./features/their-trust/TheirTrustPage').then((m) => ({ default: m.TheirTrustPage })));
const TrashPage = lazy(() => import('./features/trash/TrashPage').then((m) => ({ default: m.TrashPage })));

// The trust chart first: it is on every person's page, the screen most often opened next.
const LATER_SCREENS = [TrustChart, SearchPage, RelationshipForm, SettingsPage, IncidentForm, PrepareStart, PreparationFlow, CueCard, CommitmentsPage, DebriefFromPlan, DebriefStart, DebriefPage, TrustCheckPage, MonitoringNotePage, MeetingNotePage, InsightsPage, ExamplePage, RepairBidPage, TheirTrustPage, TrashPage];

/**
 * Reads every screen's chunk ahead of need, so moving between screens never waits for one: one chunk at a
 * time, each when the page is idle, so reading them never slows a screen being drawn (Home's long list).
 */
export function preloadScreens(): void {
  const next = (i: number): void => {
    const screen = LATER_SCREENS[i];
    if (screen) requestIdleCallback(() => void screen.preload().finally(() => next(i + 1)), { timeout: 2000 });
  };
  next(0);
}

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
  route('/r/:id/monitoring/:noteId', (p) => <MonitoringNotePage relationshipId={p.id} noteId={p.noteId} />),
  route('/r/:id/meeting-note/:noteId', (p) => <MeetingNotePage relationshipId={p.id} noteId={p.noteId} />),
  route('/insights', () => <InsightsPage />),
  route('/search', () => <SearchPage />),
  route('/example', () => <ExamplePage />),
  route('/r/:id/repair-bid/new', (p) => <RepairBidPage relationshipId={p.id} />),
  route('/r/:id/repair-bid/:bidId', (p) => <RepairBidPage relationshipId={p.id} bidId={p.bidId} />),
  route('/r/:id/their-trust/new', (p) => <TheirTrustPage relationshipId={p.id} />),
  route('/r/:id/their-trust/:estimateId', (p) => <TheirTrustPage relationshipId={p.id} estimateId={p.estimateId} />),
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
