import { expect, type Locator, type Page } from '@playwright/test';

/** A local calendar day `days` from today, as a date input wants it. */
export function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The debrief screen: five steps (with the plan beside them), the diagnosis, reflections, commitments. */
export class DebriefPage {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'How did the conversation go?' })).toBeVisible();
  }

  planBeside(step: number): Locator {
    return this.page.getByRole('complementary', { name: `Your plan for step ${step}` });
  }

  async step(step: number, happened: 'Yes' | 'Partly' | 'No', notes: string): Promise<void> {
    await this.page.getByRole('radiogroup', { name: new RegExp(`^${step}\\. .*Did it happen\\?$`) }).getByRole('radio', { name: happened }).check();
    await this.page.getByLabel(`Step ${step}: How it went`).fill(notes);
  }

  notes(step: number): Locator {
    return this.page.getByLabel(`Step ${step}: How it went`);
  }

  async theirView(text: string): Promise<void> {
    await this.page.getByLabel('What they said about how it was for them').fill(text);
  }

  async reviseDiagnosis(to: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'It was something else' }).check();
    await this.page.getByLabel('What was it, then?').selectOption({ label: to });
  }

  commitment(whose: 'Their' | 'Your'): Locator {
    return this.page.getByLabel(`${whose} commitment`, { exact: true });
  }

  async dueBy(whose: 'Their' | 'Your', day: string): Promise<void> {
    await this.page.getByLabel(`${whose} commitment: due by`).fill(day);
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  }

  async finish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finish debrief' }).click();
  }
}

/** The trust check form. */
export class TrustCheckForm {
  constructor(readonly page: Page) {}

  async expectOpen(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Trust check' })).toBeVisible();
  }

  async activation(level: 0 | 1 | 2 | 3): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${level} · `) }).check();
  }

  async feeling(emotion: string, source: string): Promise<void> {
    await this.page.getByLabel('What are you feeling?').fill(emotion);
    await this.page.getByLabel('Where is that feeling coming from?').fill(source);
  }

  rating(item: string): Locator {
    return this.page.getByRole('group', { name: item, exact: true });
  }

  async rate(item: string, value: number): Promise<void> {
    await this.rating(item).getByRole('radio', { name: new RegExp(`^${value}( |$)`) }).check();
  }

  async evidence(facts: string, interpretation = ''): Promise<void> {
    await this.page.getByLabel('Evidence: what did you see or hear?').fill(facts);
    if (interpretation) await this.page.getByLabel('What do you make of it?').fill(interpretation);
  }

  hotNote(): Locator {
    return this.page.getByText('This check would be marked hot');
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save check' }).click();
  }
}

/** The Commitments screen: open ones with one-click outcomes, and those settled lately. */
export class CommitmentsScreen {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Commitments' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Commitments' })).toBeVisible();
  }

  open(text: string): Locator {
    return this.page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem').filter({ hasText: text });
  }

  settled(text: string): Locator {
    return this.page.getByRole('list', { name: 'Settled lately' }).getByRole('listitem').filter({ hasText: text });
  }

  async mark(text: string, outcome: 'Kept' | 'Renegotiated early' | 'Late' | 'Missed', note: string): Promise<void> {
    await this.open(text).getByRole('button', { name: outcome }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('A note').fill(note);
    await dialog.getByRole('button', { name: `Mark as ${outcome.toLowerCase()}` }).click();
    await expect(dialog).toBeHidden();
    await expect(this.settled(text)).toContainText(outcome);
    // Its row has gone from the open list: focus goes on from there, never to the page itself.
    await expect(this.page.locator('body')).not.toBeFocused();
  }
}

/** The timeline on a person's page. */
export class Timeline {
  constructor(readonly page: Page) {}

  entry(kind: string, text: string | RegExp): Locator {
    return this.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: kind }).filter({ hasText: text });
  }

  async openEntry(entry: Locator): Promise<void> {
    await entry.locator('summary').click();
  }
}
