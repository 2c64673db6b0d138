import { expect, type Locator, type Page } from '@playwright/test';

/** Home, as a user sees it. */
export class HomePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Your people' })).toBeVisible();
  }

  people(): Locator {
    return this.page.getByRole('list', { name: 'People' }).getByRole('listitem');
  }

  archivedPeople(): Locator {
    return this.page.getByRole('list', { name: 'Archived people' }).getByRole('listitem');
  }

  async showArchived(): Promise<void> {
    await this.page.getByRole('button', { name: /Show archived/ }).click();
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('link', { name: new RegExp(name) }).first().click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
