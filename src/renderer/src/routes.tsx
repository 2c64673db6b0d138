import type { JSX } from 'solid-js';
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
import { TrashPage } from './features/trash/TrashPage';

/** One entry per screen: its hash pattern and how to draw it. First match wins. */
export interface Route {
  pattern: string;
  render: (params: Record<string, string>) => JSX.Element;
}

export const ROUTES: Route[] = [
  { pattern: '/', render: () => <HomePage /> },
  { pattern: '/new', render: () => <RelationshipForm /> },
  { pattern: '/r/:id/edit', render: (p) => <RelationshipForm id={p.id} /> },
  { pattern: '/r/:id', render: (p) => <RelationshipPage id={p.id!} /> },
  { pattern: '/settings', render: () => <SettingsPage /> },
  { pattern: '/r/:id/incident/new', render: (p) => <IncidentForm id={p.id!} /> },
  { pattern: '/r/:id/incident/:incidentId', render: (p) => <IncidentForm id={p.id!} incidentId={p.incidentId} /> },
  { pattern: '/r/:id/prepare/new', render: (p) => <PrepareStart id={p.id!} /> },
  { pattern: '/r/:id/prepare/:prepId', render: (p) => <PreparationFlow id={p.id!} prepId={p.prepId!} /> },
  { pattern: '/r/:id/prepare/:prepId/cue-card', render: (p) => <CueCard id={p.id!} prepId={p.prepId!} /> },
  { pattern: '/commitments', render: () => <CommitmentsPage /> },
  { pattern: '/r/:id/debrief/new', render: (p) => <DebriefStart relationshipId={p.id!} /> },
  { pattern: '/r/:id/debrief/from/:prepId', render: (p) => <DebriefFromPlan relationshipId={p.id!} preparationId={p.prepId!} /> },
  { pattern: '/r/:id/debrief/:debriefId', render: (p) => <DebriefPage relationshipId={p.id!} debriefId={p.debriefId!} /> },
  { pattern: '/r/:id/debrief/:debriefId/check', render: (p) => <TrustCheckPage relationshipId={p.id!} debriefId={p.debriefId!} /> },
  { pattern: '/r/:id/check/new', render: (p) => <TrustCheckPage relationshipId={p.id!} /> },
  { pattern: '/r/:id/check/:checkId', render: (p) => <TrustCheckPage relationshipId={p.id!} checkId={p.checkId!} /> },
  { pattern: '/trash', render: () => <TrashPage /> },
  { pattern: '/r/:id/monitoring/new', render: (p) => <MonitoringNotePage relationshipId={p.id!} /> },
  { pattern: '/insights', render: () => <InsightsPage /> },
];

/** The sidebar. `section` is the first path segment that marks an item as current. */
export const NAV_ITEMS: { href: string; label: string; sections: string[] }[] = [
  { href: '/', label: 'Home', sections: ['', 'r', 'new'] },
  { href: '/commitments', label: 'Commitments', sections: ['commitments'] },
  { href: '/insights', label: 'Insights', sections: ['insights'] },
  { href: '/settings', label: 'Settings', sections: ['settings'] },
];
