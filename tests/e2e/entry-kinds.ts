import { expect } from './fixtures';
import type { Page } from '@playwright/test';
import type { MendApp } from './harness/launch';
import { ok, SAMPLE_INCIDENT } from './incident-sample';

/**
 * The kinds of entry an edit screen edits, for the specs on a screen that shows its entry gone and goes
 * on to it once it is back (entry-back-while-gone, attack35-entry-back).
 */

/** The app's address for a route. */
export const appUrl = (path: string) => `http://mend.localhost/index.html#${path}`;
/** The person the entries are about. */
export const person = { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' };

/** A kind of entry with an edit screen, and what a test needs to make, edit, remove and find it. */
export interface Kind {
  /** The list in the journal. */
  list: string;
  make: (app: MendApp, rel: string) => Promise<string>;
  route: string;
  draft: string;
  field: string;
  stored: (e: Record<string, unknown>) => unknown;
  summary: string | RegExp;
  remove: string;
  goneKind: string;
  saveLabel: string;
  /** The core's channel that removes one. */
  del: string;
}

/** Every kind whose edit screen shows its entry gone, and follows it back (lib/follow-back.ts). */
export const KINDS: Record<string, Kind> = {
  'own check-in': {
    list: 'monitoringNotes',
    make: async (app, rel) => (await ok(app, 'monitoring-notes:create', { relationshipId: rel, at: '2026-11-24T09:00:00.000Z', kind: 'extra-check-in', note: 'Asked for the numbers twice.' })).id,
    route: 'monitoring',
    draft: 'own-check-in',
    field: '#mn-note',
    stored: (e) => e['note'],
    summary: 'An extra check-in',
    remove: 'Remove this check-in',
    goneKind: 'check-in',
    saveLabel: 'Save changes',
    del: 'monitoring-notes:delete',
  },
  '1:1 note': {
    list: 'meetingNotes',
    make: async (app, rel) => (await ok(app, 'capture:note', { relationshipId: rel, at: '2026-11-24T09:00:00.000Z', text: 'Talked through the zebra roadmap.' })).id,
    route: 'meeting-note',
    draft: 'meeting-note',
    field: '#mt-text',
    stored: (e) => e['text'],
    summary: /zebra roadmap/,
    remove: 'Remove this note',
    goneKind: '1:1 note',
    saveLabel: 'Save changes',
    del: 'capture:remove-note',
  },
  'their-trust estimate': {
    list: 'theirTrust',
    make: async (app, rel) => (await ok(app, 'their-trust:create', {
      relationshipId: rel, at: '2026-11-24T09:00:00.000Z', ratings: { reliability: 4, competence: 4, sincerity: 4, care: 4, reliance: 4 },
      evidence: 'They brought me the risk early.', interpretation: '',
    })).id,
    route: 'their-trust',
    draft: 'their-trust',
    field: '#tt-evidence',
    stored: (e) => e['evidence'],
    summary: /In me: about 4\.0 of 7/,
    remove: 'Remove this estimate',
    goneKind: 'estimate',
    saveLabel: 'Save changes',
    del: 'their-trust:delete',
  },
  'repair attempt': {
    list: 'repairBids',
    make: async (app, rel) => (await ok(app, 'repair-bids:create', { relationshipId: rel, at: '2026-11-24T09:00:00.000Z', by: 'them', what: 'Flagged the Acme risk early', received: 'well', note: '' })).id,
    route: 'repair-bid',
    draft: 'repair-bid',
    field: '#rb-note',
    stored: (e) => e['note'],
    summary: 'Flagged the Acme risk early',
    remove: 'Remove',
    goneKind: 'repair attempt',
    saveLabel: 'Save',
    del: 'repair-bids:delete',
  },
  'trust check': {
    list: 'checks',
    make: async (app, rel) => (await ok(app, 'checks:create', {
      relationshipId: rel, at: '2026-11-24T09:00:00.000Z', ratings: { reliability: 4, competence: 5, sincerity: 5, care: 5, reliance: 4 },
      evidence: 'The weekly update arrived on Friday.', interpretation: '', activation: 0, emotion: '', source: '', debriefId: null,
    })).id,
    route: 'check',
    draft: 'trust-check',
    field: '#tc-evidence',
    stored: (e) => e['evidence'],
    summary: /Reliability 4/,
    remove: 'Remove this check',
    goneKind: 'trust check',
    saveLabel: 'Save changes',
    del: 'checks:delete',
  },
  incident: {
    list: 'incidents',
    make: async (app, rel) => (await ok(app, 'incidents:create', { relationshipId: rel, ...SAMPLE_INCIDENT })).id,
    route: 'incident',
    draft: 'incident',
    field: '#inc-facts',
    stored: (e) => e['facts'],
    summary: SAMPLE_INCIDENT.title,
    remove: 'Remove this incident',
    goneKind: 'incident',
    saveLabel: 'Save changes',
    del: 'incidents:delete',
  },
};

/** The edit screen's address, and its draft key. */
export const pathOf = (k: Kind, rel: string, id: string) => `/r/${rel}/${k.route}/${id}`;
export const keyOf = (k: Kind, rel: string, id: string) => `${k.draft}:${rel}:${id}`;
export const gone = (page: Page) => page.locator('#entry-gone');
export const undo = (page: Page) => page.locator('.undo-bar').getByRole('button', { name: 'Undo' });
export const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** The draft kept under `key`, as JSON, or null. */
export async function draftText(app: MendApp, key: string): Promise<string | null> {
  const d = await ok<{ fields: unknown } | null>(app, 'drafts:get', { key });
  return d ? JSON.stringify(d.fields) : null;
}
/** Removes the entry from the person's timeline, as a person would, confirming in the dialog. */
export async function removeOnTimeline(page: Page, k: Kind): Promise<void> {
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ has: page.locator('summary', { hasText: k.summary }) });
  await item.locator('summary').first().click();
  await item.getByRole('button', { name: k.remove, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(item).toHaveCount(0);
}

