import { expect, type Page } from '@playwright/test';

/** The lock screen, the only thing shown while Mend is locked. */
export class LockScreen {
  constructor(readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Mend is locked' })).toBeVisible();
  }

  async tryUnlock(passphrase: string): Promise<void> {
    await this.page.getByLabel('Passphrase').fill(passphrase);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }

  async unlock(passphrase: string): Promise<void> {
    await this.tryUnlock(passphrase);
    await expect(this.page.getByRole('navigation', { name: 'Main' })).toBeVisible({ timeout: 20_000 });
  }

  error() {
    return this.page.locator('#unlock-passphrase-error');
  }
}

/** Settings → Passphrase and lock. */
export class SecuritySettings {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Passphrase and lock' })).toBeVisible();
  }

  /** Turns encryption on; returns the recovery key shown once. */
  async enable(passphrase: string): Promise<string> {
    const form = this.page.getByRole('form', { name: 'Turn on encryption' });
    await form.getByLabel('Passphrase').fill(passphrase);
    await form.getByLabel('Type it again').fill(passphrase);
    await form.getByRole('button', { name: 'Next: your recovery key' }).click();
    const key = this.page.getByLabel('Recovery key', { exact: true });
    await expect(key).toBeVisible({ timeout: 30_000 });
    const value = (await key.textContent()) ?? '';
    await this.page.getByRole('button', { name: 'I have saved it: turn on encryption' }).click();
    await expect(this.page.getByText('Your journal is encrypted on this computer.')).toBeVisible({ timeout: 30_000 });
    // The form went with the button pressed: focus goes to the section, never to the page itself.
    await expect(this.page.getByRole('heading', { level: 2, name: 'Passphrase and lock' })).toBeFocused();
    return value;
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Change your passphrase' });
    await form.getByLabel('Current passphrase').fill(current);
    await form.getByLabel('New passphrase').fill(next);
    await form.getByLabel('Type the new one again').fill(next);
    await form.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(this.page.getByText('Passphrase changed.')).toBeVisible({ timeout: 20_000 });
  }

  async lockFromSidebar(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Lock now' }).click();
  }
}
