import { expect, type Locator, type Page } from '@playwright/test';

export interface IncidentDetails {
  title: string;
  /** datetime-local value, e.g. 2026-02-27T16:30 */
  when?: string;
  facts?: string;
  impact?: string;
  domains?: string[];
  causes?: { label: string; confidence?: 'A hunch' | 'Fairly likely' | 'Quite sure' }[];
  /** Baseline ratings by item label, e.g. { Reliability: '6' }. */
  baseline?: Record<string, string>;
}

/** The "Log an incident" form. */
export class IncidentFormPage {
  constructor(readonly page: Page) {}

  async fill(d: Partial<IncidentDetails>): Promise<void> {
    const p = this.page;
    if (d.title !== undefined) await p.getByLabel('What happened, in a line').fill(d.title);
    if (d.when !== undefined) await p.getByLabel('When did it happen?').fill(d.when);
    if (d.facts !== undefined) await p.getByLabel('The facts').fill(d.facts);
    if (d.impact !== undefined) await p.getByLabel('The impact').fill(d.impact);
    for (const domain of d.domains ?? []) await p.getByRole('checkbox', { name: new RegExp(`^${domain}`) }).check();
    for (const c of d.causes ?? []) {
      await p.getByRole('checkbox', { name: c.label, exact: true }).check();
      if (c.confidence) await p.getByRole('combobox', { name: `How sure: ${c.label}` }).selectOption({ label: c.confidence });
    }
    for (const [item, value] of Object.entries(d.baseline ?? {})) {
      await p.getByRole('combobox', { name: item, exact: true }).selectOption(value);
    }
  }

  async log(d: IncidentDetails): Promise<void> {
    await this.page.getByRole('link', { name: 'Log an incident' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Log an incident' })).toBeVisible();
    await this.fill(d);
    await this.page.getByRole('button', { name: 'Save incident' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  }
}

/** The guided preparation, one screen at a time. */
export class PreparationPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  saved(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^Saved$/ });
  }

  async start(): Promise<void> {
    await this.page.getByRole('link', { name: 'Prepare a conversation' }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Prepare a conversation' })).toBeVisible();
    await this.page.getByRole('button', { name: 'Start preparing' }).click();
    await expect(this.heading()).toHaveText('Cool down');
  }

  /** Fills text fields on the current screen by their labels. */
  async fill(fields: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(fields)) await this.page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }

  async next(expectTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Next:/ }).click();
    await expect(this.heading()).toHaveText(expectTitle);
  }

  async back(expectTitle: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(this.heading()).toHaveText(expectTitle);
  }

  coachFindings(): Locator {
    return this.page.getByRole('list', { name: 'Words that may land as blame' }).getByRole('listitem');
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish and see the cue card' }).click();
    await expect(this.page.getByRole('button', { name: 'Print' })).toBeVisible();
  }
}

/** A preparation or incident on the person's timeline, opened in place. */
export async function openTimelineEntry(page: Page, title: string | RegExp): Promise<Locator> {
  const item = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: title });
  await item.locator('summary').first().click();
  return item;
}
