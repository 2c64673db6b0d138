import { expect } from '@playwright/test';
import type { Core } from '../../src/core/open-core';
import type { MendApp } from './harness/launch';
import type { Channel, Input } from '../../src/core/api/contract';
import { callOk, type Value } from '../support/typed-call';
import { composeCore } from '../../src/main/compose';
import { testPlatform } from '../support/memory-file-store';

/**
 * A second computer on the same data folder, as a synced folder makes it: its own device id and name,
 * so it appends to change logs of its own. No folder lock (the lock is per computer), no watch: it sees
 * what this computer wrote only when it reads a journal afresh (opened again).
 */
export const WORK_LAPTOP = { id: 'aaaaaaaaaaaaaaa1', name: 'Work laptop' };
export const HOME_LAPTOP = { id: 'bbbbbbbbbbbbbbb2', name: 'Home laptop' };

export function openOtherComputer(dataFolder: string, device = HOME_LAPTOP): Promise<Core> {
  return composeCore({
    dataFolder,
    device,
    platform: { ...testPlatform().platform, dataFolder },
  });
}

/** An incident to edit on both computers: the Acme report, late, with its facts in a few words. */
export const acmeIncident = (relationshipId: string) => ({
  relationshipId, title: 'Missed the Acme deadline', occurredAt: '2026-11-20T16:00:00.000Z', facts: 'The report came in late.', impact: '',
  domains: ['reliability' as const], causes: [], baseline: { reliability: 6, competence: 6, sincerity: 6, care: 6, reliance: 5 }, stability: 3, status: 'open' as const,
});

/** Waits until this computer's core has merged what the other computer wrote (the watch ran). */
export async function arrived(app: MendApp, id: string, check: (j: Value<'journals:get'>) => boolean): Promise<void> {
  await expect.poll(async () => check(await callOk(app.core)('journals:get', { relationshipId: id })), { timeout: 3000 }).toBe(true);
}

/** Leaves the screen by the sidebar, as a person would, and waits for Home. */
export async function leaveForHome(app: MendApp): Promise<void> {
  await app.page.getByRole('navigation').getByRole('link', { name: 'Home' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
}

/** Sam, the person the edit-on-both-computers specs edit. */
export const SAM = { name: 'Sam Rivera', role: '', kind: 'direct-report' as const, started: null, notes: '' };

/** The app's address for a route ("/r/<id>/check/<check id>"). */
export const appUrl = (path: string): string => `http://mend.localhost/index.html#${path}`;

/** One call to this computer's core; a refusal is thrown. */
export function ok<C extends Channel>(app: MendApp, channel: C, input: Input<C>): Promise<Value<C>> {
  return callOk(app.core)(channel, input);
}

/**
 * Leaves an edit screen by Cancel once the change just made is kept as its draft (`key`), as on an
 * earlier visit: the change waits there, and the person's page opens.
 */
export async function keepAsDraft(app: MendApp, key: string, person = 'Sam Rivera'): Promise<void> {
  await expect.poll(async () => (await ok(app, 'drafts:get', { key })) !== null).toBe(true);
  await app.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: person })).toBeVisible();
}

/**
 * Waits for the clock's next millisecond. Two computers' writes in one millisecond are ordered by device
 * id (the hybrid clock's last resort), not by which call came first, so a test whose second write must
 * be the later one waits between them. On a fast disk both can land in one millisecond.
 */
export async function nextMillisecond(): Promise<void> {
  const now = Date.now();
  while (Date.now() <= now) await new Promise((resolve) => setTimeout(resolve, 1));
}

/**
 * Every `journals:get` this computer's core answers `ms` later (the page's and the test's own calls):
 * Save reads the entry as it is now before it writes, so keys typed meanwhile surely land while it waits.
 */
export function slowReads(app: MendApp, ms: number): void {
  const call = app.core.call.bind(app.core);
  app.core.call = async (channel, input) => {
    if (channel === 'journals:get') await new Promise((resolve) => setTimeout(resolve, ms));
    return call(channel, input);
  };
}

/** A repair attempt to edit, its note the field the "typed while Save waits" specs type in. */
export const REPAIR_ATTEMPT = { at: '2026-11-30T10:00:00.000Z', by: 'them' as const, what: 'Flagged', received: 'well' as const, note: 'First note.' };

/** Logs REPAIR_ATTEMPT for `relationshipId` (by default a new Sam) and opens it to edit, its note on screen. */
export async function openRepairAttempt(app: MendApp, relationshipId?: string) {
  const id = relationshipId ?? (await ok(app, 'relationships:create', SAM)).id;
  const made = await ok(app, 'repair-bids:create', { relationshipId: id, ...REPAIR_ATTEMPT });
  await app.page.goto(appUrl(`/r/${id}/repair-bid/${made.id}`));
  const note = app.page.getByLabel('Anything to add? (optional)');
  await expect(note).toHaveValue(REPAIR_ATTEMPT.note);
  return { id, bidId: made.id, note };
}

/**
 * A repair attempt whose note was rewritten here ("My note.") and on the other computer ("Their note."),
 * then Save pressed with the core slow (`readMs`) to answer Save's read: Save is on its way, about to stop
 * to show both versions, and the note has the focus for keys typed meanwhile.
 */
export async function stoppingSave(app: MendApp, readMs: number) {
  const { page } = app;
  const { id, bidId, note } = await openRepairAttempt(app);
  await note.fill('My note.');
  const home = await openOtherComputer(app.dataDir);
  await callOk(home)('journals:get', { relationshipId: id });
  await callOk(home)('repair-bids:update', { relationshipId: id, id: bidId, ...REPAIR_ATTEMPT, note: 'Their note.' });
  await arrived(app, id, (j) => j.repairBids[0]!.note === 'Their note.');
  slowReads(app, readMs);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
  await note.focus();
  return { id, bidId, note };
}
