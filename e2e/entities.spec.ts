// People & places across the corpus: an entity page lists the other forms the corpus wrote it in, and an entity id
// that was merged into another (the club's short name beside its full name) still opens the entity it became.
import { expect } from '@playwright/test';
import { test } from './fixtures.ts';

test('an entity page shows the forms the corpus also wrote it in', async ({ page }) => {
  await page.goto('/entities/harwick-bay-rovers-fc');
  await expect(page.getByRole('heading', { level: 1, name: 'Harwick Bay Rovers FC' })).toBeVisible({ timeout: 15_000 });
  const aliases = page.locator('.entity-aliases');
  await expect(aliases).toHaveText(/Also written as .*Harwick Bay Rovers\b/);
  await expect(aliases).toContainText('Rovers');
});

test('an old entity id opens the entity it was merged into, on a cold load too', async ({ page, consoleWatch }) => {
  consoleWatch.allow(/404|Not Found/i);
  await page.goto('/entities/harwick-bay-rovers');
  await expect(page).toHaveURL(/\/entities\/harwick-bay-rovers-fc$/, { timeout: 15_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Harwick Bay Rovers FC' })).toBeVisible();
});

