import { expect, type Locator, type Page } from '@playwright/test';
import type { MendApp } from '../harness/launch';

/** Calls the real core behind the page and returns the value; a refusal fails the test. */
export async function value<T = { id: string }>(app: MendApp, channel: string, input: unknown): Promise<T> {
  const r = await app.core.call(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.message}`);
  return r.value as T;
}

/** A datetime-local value for a moment, in the browser's (and this machine's) local time. */
export function localInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The apology offer and plan, wherever they appear (preparation or debrief). */
export class ApologyPanel {
  constructor(readonly page: Page) {}
  offer(): Locator {
    return this.page.getByRole('group', { name: 'An apology, if it fits' });
  }
  part(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }
}

/** The repair-attempt form. */
export async function logRepairBid(page: Page, d: { by: 'I did' | 'They did'; what: string; received: string; when: string }): Promise<void> {
  await page.getByRole('link', { name: 'Log a repair attempt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log a repair attempt' })).toBeVisible();
  await page.getByRole('radio', { name: d.by }).check();
  await page.getByLabel('What happened, in a line').fill(d.what);
  await page.getByRole('radio', { name: d.received }).check();
  await page.getByLabel('When').fill(d.when);
  await page.getByRole('button', { name: 'Save' }).click();
}
