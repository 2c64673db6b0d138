import { test, expect } from './fixtures';

/** A long timeline is drawn a page at a time: the newest first, older ones by scrolling or by keyboard. */
test('a long timeline shows its newest page first and the rest on scroll or by keyboard', async ({ openMend }) => {
  const app = await openMend();
  const made = await app.core.call('relationships:create', { name: 'Sam Rivera', role: '', kind: 'peer', started: null, notes: '' });
  if (!made.ok) throw new Error(made.message);
  const id = (made.value as { id: string }).id;
  const now = Date.now();
  for (let i = 0; i < 100; i++) {
    const r = await app.core.call('capture:note', { relationshipId: id, at: new Date(now - (i + 1) * 86_400_000).toISOString(), text: `1:1 number ${100 - i}` });
    if (!r.ok) throw new Error(r.message);
  }
  const { page } = app;
  await page.goto(`http://mend.localhost/index.html#/r/${id}`);
  const items = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  await expect(items).toHaveCount(40);
  await expect(items.first()).toContainText('1:1 number 100');
  const more = page.getByRole('button', { name: /^Show older entries \(\d+ more\)$/ });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(80);
  await page.keyboard.press('End');
  await expect(items).toHaveCount(100);
  await expect(items.last()).toContainText('1:1 number 1');
  await expect(more).toHaveCount(0);
});
