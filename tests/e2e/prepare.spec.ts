import { test, expect } from './fixtures';
import { HomePage } from './pages/home-page';
import { RelationshipForm } from './pages/relationship-pages';
import { IncidentFormPage, PreparationPage, openTimelineEntry } from './pages/prepare-pages';

const incident = {
  title: 'Missed the Acme proposal deadline',
  when: '2026-02-27T16:30',
  facts: 'The proposal was due **Friday at 17:00**. It reached the client on Monday at 09:10.',
  impact: 'I had to call the client and ask for more time.',
  domains: ['Reliability'],
  causes: [{ label: 'Stretched too thin', confidence: 'Fairly likely' as const }],
  baseline: { Reliability: '6', Reliance: '5' },
};

test('a leader prepares the conversation after a missed client deadline, across a restart', async ({ openMend }) => {
  const app = await openMend();
  await new RelationshipForm(app.page).add({ name: 'Sam Rivera', role: 'Account lead', kind: 'Direct report' });
  await new IncidentFormPage(app.page).log(incident);
  await expect(openTimelineEntry(app.page, incident.title).then((i) => i.locator('strong'))).resolves.toHaveText('Friday at 17:00');

  const prep = new PreparationPage(app.page);
  await prep.start();
  await app.page.getByRole('radio', { name: /Heated/ }).check();
  await expect(app.page.getByText('You’re running hot')).toBeVisible();
  await prep.fill({ 'What are you feeling?': 'Embarrassed, and worried about the account', 'Where is it coming from?': 'The call with the client on Monday.' });
  await app.page.getByRole('checkbox', { name: 'Letting the client down' }).check();
  await prep.next('Facts and story');
  await prep.fill({
    'What would a camera have recorded?': 'The proposal arrived Monday 09:10, three days late. No message on Friday.',
    'The story I’m telling myself': 'Sam doesn’t take this client seriously.',
    'What else could explain it?': 'Sam had the Beta launch the same week.',
  });
  await prep.next('What might be going on');
  await expect(prep.saved()).toBeVisible();

  // Quit in the middle and come back: the draft is on the timeline and resumes where it stopped.
  const again = await app.restart();
  const page = again.page;
  await new HomePage(page).open('Sam Rivera');
  const entry = await openTimelineEntry(page, 'Plan for “Missed the Acme proposal deadline”');
  await expect(entry).toContainText('Draft');
  await entry.getByRole('link', { name: 'Continue preparing' }).click();
  const resumed = new PreparationPage(page);
  await expect(resumed.heading()).toHaveText('What might be going on');
  await expect(page.getByRole('checkbox', { name: /Stretched too thin/ })).toBeChecked();
  await resumed.back('Facts and story');
  await expect(page.getByLabel('What else could explain it?')).toHaveValue('Sam had the Beta launch the same week.');
  await resumed.next('What might be going on');
  await page.getByLabel('Why I think so: Stretched too thin').fill('Two launches landed in the same week.');

  await resumed.next('Their perspective');
  await resumed.fill({ 'Questions I’ll ask to understand their side': 'How did last week look from where you sat?' });
  await resumed.next('Ask to share yours');
  await resumed.fill({ 'How I’ll ask to share my side': 'Could I tell you how Monday looked from my end?' });
  await resumed.next('Share your experience');
  const experience = page.getByLabel('My experience and its impact');
  await experience.fill('You always miss deadlines.');
  await expect(resumed.coachFindings()).toHaveCount(1);
  await expect(resumed.coachFindings().first().locator('mark')).toHaveText('You always miss');
  await experience.fill('I felt worried when the client called');
  await expect(page.getByText('Nothing here reads as blame.')).toBeVisible();
  await expect(resumed.coachFindings()).toHaveCount(0);
  await resumed.next('The way forward');
  await resumed.fill({ 'My notes for the way forward': 'Agree what done means for proposals, and a Wednesday check-in.' });
  await resumed.next('One commitment each');
  await resumed.fill({
    'The commitment I’ll invite from them': 'Flag a slipping deadline two days ahead.',
    'The one commitment I’m ready to offer': 'I will take the Beta report off Sam’s plate this month.',
  });
  await resumed.finish();

  const card = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1, name: 'Talking with Sam Rivera' })).toBeVisible();
  for (const text of ['How did last week look from where you sat?', 'I felt worried when the client called', 'Wednesday check-in', 'I will take the Beta report']) {
    await expect(card).toContainText(text);
  }
  await expect(card).toContainText('Stretched too thin');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('a refused incident keeps every typed character and says what to fix', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  await page.getByRole('link', { name: 'Log an incident' }).click();
  const form = new IncidentFormPage(page);
  await form.fill({ ...incident, title: 't'.repeat(201) });
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('alert')).toContainText('under 200 characters');
  await expect(page.getByLabel('What happened, in a line')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('The facts')).toHaveValue(incident.facts);
  await expect(page.getByRole('checkbox', { name: 'Stretched too thin', exact: true })).toBeChecked();
  await form.fill({ title: incident.title, when: '2099-01-01T09:00' });
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be in the future');
  await expect(page.getByLabel('What happened, in a line')).toHaveValue(incident.title);
  // A year typed by mistake is caught too (it was saved, and sorted to the end of the timeline).
  await form.fill({ when: '1901-01-01T09:00' });
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('alert')).toContainText('That year looks like a typing slip. Pick a date between 1950 and 2099.');
  await expect(page.getByLabel('The facts')).toHaveValue(incident.facts);
  await form.fill({ when: '2025-11-03T09:00' });
  await page.getByRole('button', { name: 'Save incident' }).click();
  await expect(page.getByRole('list', { name: 'Timeline' })).toContainText(incident.title);
});

test('a draft save the journal refuses keeps the text, says why, and saves once fixed', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  const prep = new PreparationPage(page);
  await prep.start();
  await prep.next('Facts and story');
  const camera = page.getByRole('textbox', { name: 'What would a camera have recorded?' });
  await camera.fill('c'.repeat(20_001));
  await expect(page.getByText('Keep this under 20,000 characters.').first()).toBeVisible();
  await expect(page.getByText(/Not saved yet/)).toBeVisible();
  await page.getByRole('button', { name: /^Next:/ }).click();
  await expect(prep.heading()).toHaveText('Facts and story');
  await expect(camera).toHaveValue('c'.repeat(20_001));
  await camera.fill('The proposal arrived on Monday.');
  await expect(prep.saved()).toBeVisible();
  await prep.next('What might be going on');
});

test('a discarded preparation goes to the Discarded list and comes back', async ({ openMend }) => {
  const app = await openMend();
  const { page } = app;
  await new RelationshipForm(page).add({ name: 'Sam Rivera' });
  const prep = new PreparationPage(page);
  await prep.start();
  await prep.fill({ 'What are you feeling?': 'Tired' });
  await page.getByRole('button', { name: 'Discard…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Rivera' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline' })).toHaveCount(0);
  await page.getByText('Discarded preparations (1)').click();
  await page.getByRole('button', { name: 'Bring back' }).click();
  const entry = await openTimelineEntry(page, 'Plan for a conversation');
  await entry.getByRole('link', { name: 'Continue preparing' }).click();
  await expect(page.getByLabel('What are you feeling?')).toHaveValue('Tired');
});
