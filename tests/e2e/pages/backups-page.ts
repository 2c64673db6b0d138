import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Backups and export, as a user sees it. */
export class BackupsSettings {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Backups and export' });
  }

  async goto(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Backups and export' })).toBeVisible();
  }

  async saveBackup(): Promise<void> {
    await this.section().getByRole('button', { name: 'Save a backup file…' }).click();
  }

  async exportMarkdown(): Promise<void> {
    await this.section().getByRole('button', { name: 'Export to Markdown…' }).click();
  }

  async checkImport(): Promise<void> {
    await this.section().getByRole('button', { name: 'Import a backup…' }).click();
  }

  /** The summary of a checked backup, shown before anything changes. */
  review(): Locator {
    return this.page.getByRole('region', { name: 'Check before importing' });
  }

  reviewItems(): Locator {
    return this.review().getByRole('list', { name: 'What importing would do' }).getByRole('listitem');
  }

  status(): Locator {
    return this.section().getByRole('status');
  }

  error(): Locator {
    return this.section().getByRole('alert');
  }
}

/** The screen a damaged journal opens to. */
export class RecoveryScreen {
  constructor(readonly page: Page) {}

  async expectFor(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: `${name}’s journal could not be opened` })).toBeVisible();
  }

  problem(): Locator {
    return this.page.locator('.error-box[role="alert"]');
  }

  versions(): Locator {
    return this.page.getByRole('list', { name: 'Versions Mend holds' }).getByRole('listitem');
  }

  async restoreNewest(): Promise<void> {
    await this.page.getByRole('button', { name: 'Restore the newest good version' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  }
}
