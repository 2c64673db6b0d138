import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';
import { PreparationPage } from './pages/prepare-pages';

/**
 * Issue 15.10: the coach's "Use this as a start" puts an I-statement built from the leader's own words in
 * the field, and a [slot] left unfilled is flagged until it is filled.
 */
test('the coach offers an I-statement from my words, and flags a slot I leave unfilled', async ({ openMend }, testInfo) => {
  const app = await openMend();
  const call = callOk(app.core);
  const { id } = await call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'direct-report', started: null, notes: '' });
  const prep = await call('preparations:start', { relationshipId: id, incidentId: null, plannedAt: null });
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}/prepare/${prep.id}`);
  const flow = new PreparationPage(app.page);
  for (const step of ['Facts and story', 'What might be going on', 'Their perspective', 'Ask to share yours', 'Share your experience']) await flow.next(step);

  const field = app.page.getByLabel('My experience and its impact');
  await field.fill('You never reply on time. I felt anxious when the client called twice, because I had no answer to give.');
  await expect(flow.coachFindings().first().locator('mark')).toHaveText(/never/);
  const statement = 'I felt anxious when the client called twice, because I had no answer to give.';
  await expect(app.page.locator('.coach-suggestion')).toContainText(statement);
  await app.page.screenshot({ path: testInfo.outputPath('coach-suggestion.png') });
  await app.page.getByRole('button', { name: 'Use this as a start' }).click();
  await expect(field).toHaveValue(new RegExp(`^${statement.replace(/[.?]/g, '\\$&')}\\n\\nYou never reply`));

  // A template with slots: the slots are flagged until the leader writes their own words in.
  await field.fill('You always miss deadlines.');
  await expect(app.page.locator('.coach-suggestion')).toContainText('[your feeling]');
  await app.page.getByRole('button', { name: 'Use this as a start' }).click();
  await expect(field).toHaveValue(/^I felt \[your feeling\] when \[.+\]/);
  await field.fill('I felt [your feeling] when the deck came in on Monday.');
  await expect(flow.coachFindings()).toHaveCount(1);
  await expect(flow.coachFindings().first()).toContainText('own words');
  await field.fill('I felt worried when the deck came in on Monday.');
  await expect(app.page.getByText('Nothing here reads as blame.')).toBeVisible();
  await app.page.screenshot({ path: testInfo.outputPath('coach.png') });
});
