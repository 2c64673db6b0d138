import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** The whole reasoning is hidden until "Why?" is opened, then reads in full. */
async function expectWhy(scope: Locator, why: RegExp): Promise<void> {
  const more = scope.locator('details.verdict-why');
  await expect(more.locator('p')).toBeHidden();
  await more.getByText('Why?', { exact: true }).click();
  await expect(more.locator('p')).toBeVisible();
  await expect(more.locator('p')).toHaveText(why);
}

/** Home's "where to look" parts, as a user sees them. */
export class WhereToLook {
  constructor(readonly page: Page) {}

  /** One person's card in the "Where trust stands" list. */
  card(name: string): Locator {
    return this.page.getByRole('list', { name: 'People' }).getByRole('listitem').filter({ hasText: name });
  }

  dueNow(): Locator {
    return this.page.getByRole('region', { name: 'Due now' });
  }

  /** The badge, the short reason, and (after opening "Why?") the whole reasoning. */
  async expectVerdict(name: string, label: string, reason: RegExp, why: RegExp): Promise<void> {
    const card = this.card(name);
    await expect(card.locator('.verdict-badge')).toHaveText(new RegExp(`${label}$`));
    await expect(card.locator('.home-reason')).toHaveText(reason);
    await expectWhy(card, why);
  }
}

/** The trust section of a person's page: verdict, chart, text summary and table. */
export class TrustSection {
  constructor(readonly page: Page) {}

  section(): Locator {
    return this.page.getByRole('region', { name: 'Is trust coming back?' });
  }

  chart(): Locator {
    return this.section().getByRole('img', { name: /^Trust over time\./ });
  }

  async expectVerdict(label: string, reason: RegExp, why: RegExp): Promise<void> {
    await expect(this.section().locator('.verdict-badge')).toHaveText(new RegExp(`${label}$`));
    await expect(this.section().locator('.verdict-reason')).toHaveText(reason);
    await expectWhy(this.section(), why);
    await expect(this.section()).toContainText('a picture of your trust, not a measurement of them');
  }

  /** Opens the data table and returns its check rows. */
  async showTable(): Promise<Locator> {
    await this.section().getByRole('button', { name: 'Show as a table' }).click();
    const table = this.section().getByRole('table', { name: /^Trust checks/ });
    await expect(table).toBeVisible();
    return table.locator('tbody tr');
  }

  /** Keeps a picture of the chart with the test's results. */
  async keepScreenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.section().locator('figure').screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}
