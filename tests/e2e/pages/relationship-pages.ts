import { expect, type Page } from '@playwright/test';

export interface PersonDetails {
  name: string;
  role?: string;
  kind?: 'Direct report' | 'Peer' | 'Manager' | 'Client' | 'Other';
  started?: string;
  notes?: string;
}

/** The add / edit form for a person. */
export class RelationshipForm {
  constructor(readonly page: Page) {}

  async fill(details: Partial<PersonDetails>): Promise<void> {
    const p = this.page;
    if (details.name !== undefined) await p.getByLabel('Name', { exact: true }).fill(details.name);
    if (details.role !== undefined) await p.getByLabel('Role').fill(details.role);
    if (details.kind !== undefined) await p.getByLabel('They are my').selectOption({ label: details.kind });
    if (details.started !== undefined) await p.getByLabel('Working together since').fill(details.started);
    // By role: the person's page has a "Notes" section too, and a click on "Edit details" can return
    // before the form replaces it (seen once in CI on a busy machine).
    if (details.notes !== undefined) await p.getByRole('textbox', { name: 'Notes' }).fill(details.notes);
  }

  async add(details: PersonDetails): Promise<void> {
    await this.page.getByRole('link', { name: 'Add a person' }).first().click();
    await this.fill(details);
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: details.name })).toBeVisible();
  }
}

/** One person's journal page. */
export class RelationshipPage {
  constructor(readonly page: Page) {}

  async edit(details: Partial<PersonDetails>): Promise<void> {
    await this.page.getByRole('link', { name: 'Edit details' }).click();
    await expect(this.page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    await new RelationshipForm(this.page).fill(details);
    await this.page.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.page.getByRole('link', { name: 'Edit details' })).toBeVisible();
  }

  async archive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Archive' }).click();
    await expect(this.page.getByText('This person is archived.')).toBeVisible();
  }

  async unarchive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Bring back from archive' }).click();
    await expect(this.page.getByText('This person is archived.')).toBeHidden();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete…' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  }
}
