// Browser tests of a transcript in the reader: the invented harbour committee session in content/, whose body
// arrives on one line (paragraphs restored at labels, breaks and stage directions).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures.ts';

test.use({ serviceWorkers: 'block' });
test.describe.configure({ timeout: 90_000 });

const TITLE = 'Harbour committee answers questions on the east quay repair';

/** The transcript's path, found from the home page as a reader would. */
async function transcriptPath(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.getByRole('link', { name: TITLE, exact: true }).getAttribute('href');
  if (!href) throw new Error('the transcript is not on the home page');
  return href;
}

const turns = (page: Page) => page.locator('main article section.turn');

test('each turn is its own block with the speaker’s label and chip; breaks and stage directions are nobody’s speech', async ({ page }) => {
  await page.goto(await transcriptPath(page));
  await hydrated(page);
  await expect(turns(page)).toHaveCount(10);

  const first = turns(page).first();
  await expect(first.locator('.turn-label')).toContainText('Chair of the Harbour Committee Councillor Tomas Brennick:');
  await expect(first.locator('.turn-label')).toHaveAttribute('data-initials', 'TB');
  // the chip is drawn from the initials, so the initials never enter the text
  expect(await first.locator('.turn-label').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"TB"');
  // the turn's words are not painted as one big quote
  expect(await first.locator('p').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');

  // the question from the floor: a turn, with no name given
  const question = turns(page).nth(2);
  await expect(question.locator('.turn-label')).toHaveText(/^Question:/);
  await expect(question.locator('.turn-label')).toHaveAttribute('data-initials', '?');

  // "(Laughter.)" inside Fenwick's turn, "(Applause.)" between two turns
  await expect(turns(page).nth(1).locator('.stage-direction')).toHaveText('(Laughter.)');
  const applause = page.locator('main article p.stage-direction', { hasText: '(Applause.)' });
  await expect(applause).toHaveCount(1);
  expect(await applause.evaluate((el) => el.closest('section.turn') === null)).toBe(true);
  await expect(page.locator('main article hr.section-break')).toHaveCount(1);

  // a quotation inside a turn stays a quote of its speaker
  const quote = turns(page).nth(1).locator('mark[data-quote]');
  await expect(quote).toHaveAttribute('data-speaker', 'idris-fenwick');

  // one speaker, one colour: Brennick's turns share a rule colour that Fenwick's does not
  const ruleOf = (n: number) => turns(page).nth(n).evaluate((el) => getComputedStyle(el).borderLeftColor);
  expect(await ruleOf(0)).toBe(await ruleOf(3));
  expect(await ruleOf(0)).not.toBe(await ruleOf(1));
});

test('a turn’s deep link opened cold scrolls to that turn and focuses it; t and Shift+T travel between turns', async ({ page }) => {
  const path = await transcriptPath(page);
  await page.goto(path);
  const turnId = await turns(page).nth(4).getAttribute('id');
  expect(turnId).toMatch(/^turn-[0-9a-f]{6}(-\d+)?$/);

  const cold = await page.context().newPage();
  await cold.goto(`${path}#${turnId}`);
  await hydrated(cold);
  const target = cold.locator(`#${turnId}`);
  await expect(target).toHaveClass(/is-target/);
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(target.locator('.turn-label')).toContainText('Lena Marr');

  await cold.keyboard.press('t');
  const next = await turns(cold).nth(5).getAttribute('id');
  await expect(cold).toHaveURL(new RegExp(`#${next}$`));
  await expect(cold.locator(`#${next}`)).toBeFocused();
  await cold.keyboard.press('Shift+T');
  await expect(cold).toHaveURL(new RegExp(`#${turnId}$`));
  await cold.close();
});

test('the speaker’s entity page lists the turn beside the quotes, and the link opens it', async ({ page }) => {
  await page.goto('/entities/idris-fenwick');
  await hydrated(page);
  const list = page.locator('section[aria-labelledby="entity-turns"]');
  await expect(list.getByRole('heading', { name: 'Turns in transcripts (2)' })).toBeVisible();
  const link = list.getByRole('link', { name: /^Thank you, Chair\. The repair will take eleven weeks/ });
  await expect(link).toBeVisible();
  await expect(page.locator('section[aria-labelledby="entity-quotes"]')).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/#turn-/);
  await expect(page.locator('section.turn.is-target .turn-label')).toContainText('Harbour Master Idris Fenwick:');
});

for (const width of [1280, 375]) {
  test(`the transcript has no serious axe violations at ${width} px, and nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(await transcriptPath(page));
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
    expect(serious).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
