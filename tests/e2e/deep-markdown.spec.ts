import { test, expect } from './fixtures';
import { callOk } from '../support/typed-call';

/**
 * Issue 14.15: 2 KB of '>' or of nested list markers overflowed the markdown parser, so the person's
 * page showed "This screen could not be shown" and the entry could not be removed. Now the nesting is
 * bounded (the excess reads as text), the page opens, and the entry's own buttons still work.
 */
test('deeply nested markdown opens, reads as text past the limit, and its entry can be removed', async ({ openMend }) => {
  const app = await openMend();
  const call = callOk(app.core);
  const { id } = await call('relationships:create', {
    name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: `${'- '.repeat(1024)}deep list end`,
  });
  await call('monitoring-notes:create', { relationshipId: id, at: '2026-11-20T10:00:00.000+00:00', kind: 'other', note: `${'>'.repeat(2048)} deep quote end` });
  await app.page.goto(`http://mend.localhost/index.html#/r/${id}`);
  await expect(app.page.getByRole('heading', { name: 'Sam Rivera', level: 1 })).toBeVisible();
  await expect(app.page.getByText('could not be shown')).toHaveCount(0);
  await expect(app.page.getByText(/deep list end/)).toBeVisible();

  const entry = app.page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'My check-in' });
  await entry.locator('summary').click();
  await expect(entry).toContainText('deep quote end');
  await expect(entry.locator('blockquote')).not.toHaveCount(0);
  expect(await entry.locator('blockquote').count()).toBeLessThanOrEqual(8);
  await entry.getByRole('button', { name: 'Remove this check-in' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(entry).toHaveCount(0);
});
