// Reader features (issue 7) in the built site: search, keyboard travel, display settings, phone width,
// print, sharing, offline reading and the entity page charts.
import type { Page } from '@playwright/test';
import { expect, hydrated, openSampleFromHome, SAMPLE_TITLE, samplePath, test } from './fixtures.ts';

const SAMPLE_SLUG = 'russia-seeks-to-expand-security-ties-with-china-calls-it-unconditional-priority';

/** Script files the page has loaded so far. */
async function loadedScripts(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );
}

test.describe('search', () => {
  test('"/" focuses the search box; a name narrows to its one article and says why; nonsense says no results', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    const cards = page.locator('main li.card');
    await expect(cards.first()).toBeVisible();
    const total = await cards.count();
    expect(total).toBeGreaterThan(3);
    // The search engine is not part of the page until the search is used.
    expect((await loadedScripts(page)).some((url) => /\/engine-[^/]*\.js$/.test(url))).toBe(false);

    await page.locator('main h1').click();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await expect(box).toBeFocused();

    await box.pressSequentially('Patrushev', { delay: 20 });
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByRole('link', { name: SAMPLE_TITLE, exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'match' })).toContainText(`1 of ${total} articles match “Patrushev”`);
    const reasons = cards.first().getByRole('list', { name: 'Why it matched' });
    await expect(reasons).toContainText('Mentions Nikolai Patrushev');
    await expect(reasons.locator('mark.search-hit').first()).toHaveText(/Patrushev/);
    expect((await loadedScripts(page)).some((url) => /\/engine-[^/]*\.js$/.test(url))).toBe(true);

    // A quote's words find the article too, and say it was a quote.
    await box.fill('unconditional');
    const quoteReason = cards.first().getByRole('list', { name: 'Why it matched' }).getByRole('listitem').filter({ hasText: 'Quote by Nikolai Patrushev' });
    await expect(quoteReason).toBeVisible();
    // The quote is a link straight to it in the article.
    await quoteReason.getByRole('link').click();
    await expect(page).toHaveURL(/\/articles\/[^#]+#quote-[0-9a-f]+/);
    const quoteId = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`#${quoteId}`)).toBeFocused();
    // Back returns to the same search and results.
    await page.goBack();
    await expect(box).toHaveValue('unconditional');
    await expect(cards).toHaveCount(1);

    await box.fill('zqxjv blorft');
    await expect(cards).toHaveCount(0);
    await expect(page.getByText('No articles match “zqxjv blorft”.')).toBeVisible();

    // Escape clears the search and every article is back.
    await box.press('Escape');
    await expect(box).toHaveValue('');
    await expect(cards).toHaveCount(total);
  });

  test('narrows as you type: each letter can only keep or remove articles', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    const cards = page.locator('main li.card');
    await expect(cards.first()).toBeVisible();
    const box = page.getByRole('searchbox');
    await box.click();
    const counts: number[] = [];
    for (const prefix of ['h', 'ha', 'har', 'harb', 'harbo', 'harbour']) {
      await box.fill(prefix);
      await expect(page.getByRole('status').filter({ hasText: /match/ })).toContainText(`“${prefix}”`);
      counts.push(await cards.count());
    }
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.at(-1)).toBeGreaterThan(0);
  });
});

test.describe('keyboard', () => {
  test('j/k travel through quotes with focus and the URL hash; ? shows the shortcuts', async ({ page }) => {
    await openSampleFromHome(page);
    await hydrated(page);
    const anchors = await page.locator('main mark[data-quote][id]').evaluateAll((marks) => marks.map((mark) => mark.id));
    expect(anchors.length).toBeGreaterThan(3);

    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${anchors[0]}$`));
    await expect(page.locator(`#${anchors[0]}`)).toBeFocused();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${anchors[2]}$`));
    await expect(page.locator(`#${anchors[2]}`)).toBeFocused();
    await expect(page.locator(`#${anchors[2]}`)).toBeInViewport();
    await page.keyboard.press('k');
    await expect(page).toHaveURL(new RegExp(`#${anchors[1]}$`));
    await expect(page.locator(`#${anchors[1]}`)).toBeFocused();

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Next quote');
    // Keys do nothing behind the open dialog.
    await page.keyboard.press('j');
    await expect(page).toHaveURL(new RegExp(`#${anchors[1]}$`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // The closed dialog is empty; the footer's button opens it again, with its list, and Close closes it.
    await expect(page.locator('dialog.shortcuts-dialog')).toBeEmpty();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await expect(dialog.locator('kbd', { hasText: /^j$/ })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('?');
    await expect(dialog).toContainText('Previous quote');
  });

  test('n/p travel through mentions of the selected name; Esc clears the selection', async ({ page }) => {
    const path = await samplePath(page);
    await page.goto(`${path}?entity=xi-jinping`);
    await hydrated(page);
    const mentionSpans = page.locator('main .mention[data-entity="xi-jinping"]');
    const count = await mentionSpans.count();
    expect(count).toBeGreaterThan(2);
    const mentions = { nth: (index: number) => mentionSpans.nth(index).locator('.mention-button').first() };

    await page.keyboard.press('n');
    await expect(mentions.nth(0)).toBeFocused();
    await page.keyboard.press('n');
    await expect(mentions.nth(1)).toBeFocused();
    await expect(page.locator('.selection-status')).toContainText(`Mention 2 of ${count} of Xi Jinping`);
    await page.keyboard.press('p');
    await expect(mentions.nth(0)).toBeFocused();
    await page.keyboard.press('p');
    await expect(mentions.nth(0)).toBeFocused(); // stops at the first

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/entity=/);
    await expect(page.locator('main .mention.is-selected')).toHaveCount(0);
  });

  test('every Tab stop shows a visible focus indicator, and the sidebar skip link works', async ({ page }) => {
    test.setTimeout(90_000); // 135 Tab presses, each checked
    const articlePath = await samplePath(page);
    for (const path of [articlePath, '/', '/entities/xi-jinping']) {
      await page.goto(path);
      await hydrated(page);
      await expect(page.locator('main h1').first()).toBeVisible();
      const invisible: string[] = [];
      for (let step = 0; step < 45; step++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
          // Chart links draw their ring on the shape inside (SVG elements have no outline).
          const hit = element.querySelector('.chart-hit');
          const stroked = hit !== null && getComputedStyle(hit).stroke !== 'none' && parseFloat(getComputedStyle(hit).strokeWidth) >= 2;
          return { visible: ring || stroked, what: `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 30)}”` };
        });
        if (focus && !focus.visible) invisible.push(`${path}: ${focus.what}`);
      }
      expect(invisible).toEqual([]);
    }

    await page.goto(articlePath);
    await hydrated(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: /Skip to (entities|sidebar)/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('aside#entities')).toBeFocused();
  });
});

test.describe('display settings', () => {
  test('dark mode follows the system, and the toggle overrides it and persists', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/');
    await hydrated(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor || getComputedStyle(document.documentElement).backgroundColor);
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await rootBackground()).toBe('rgb(18, 20, 23)');
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await rootBackground()).toBe('rgb(253, 252, 250)');

    await page.reload();
    await hydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(rootBackground).toBe('rgb(253, 252, 250)');
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');

    // Back to following the system.
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'System' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect.poll(rootBackground).toBe('rgb(18, 20, 23)');
    expect(await background()).toBeTruthy();
    await context.close();
  });

  test('text size and line width change the article and persist', async ({ page }) => {
    await openSampleFromHome(page);
    await hydrated(page);
    const bodySize = () => page.locator('.article-body').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const articleWidth = () => page.locator('main article').evaluate((element) => element.getBoundingClientRect().width);
    const size = await bodySize();
    const width = await articleWidth();

    const display = page.getByRole('button', { name: 'Display' });
    await display.click();
    await expect(display).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('radio', { name: 'Largest' }).check();
    await page.getByRole('radio', { name: 'Narrow' }).check();
    expect(await bodySize()).toBeGreaterThan(size * 1.2);
    expect(await articleWidth()).toBeLessThan(width - 50);
    await page.keyboard.press('Escape');
    await expect(display).toHaveAttribute('aria-expanded', 'false');
    await expect(display).toBeFocused();

    await page.reload();
    await hydrated(page);
    await expect(page.locator('main article h1')).toBeVisible();
    await expect.poll(bodySize).toBeGreaterThan(size * 1.2);
    await expect.poll(articleWidth).toBeLessThan(width - 50);
  });

  test('a returning reader’s choices are in the page as it arrives, written by the service worker; the head has no script', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    // What <html> carries when the parser creates it, before any script of the page runs.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const html = document.documentElement;
        if (!html) return;
        (window as unknown as { htmlAsParsed: object }).htmlAsParsed = { theme: html.getAttribute('data-theme'), textSize: html.getAttribute('data-text-size') };
        observer.disconnect();
      }).observe(document, { childList: true });
    });
    const asParsed = () => page.evaluate(() => (window as unknown as { htmlAsParsed?: object }).htmlAsParsed);
    const rootBackground = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.goto(`/articles/${SAMPLE_SLUG}`);
    await hydrated(page);
    expect(await asParsed()).toEqual({ theme: null, textSize: null });
    expect(await page.evaluate(() => document.head.querySelectorAll('script').length)).toBe(0);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);

    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Largest' }).check();
    // The worker keeps them once its message arrives; from then on every page it serves carries them.
    await expect
      .poll(async () => {
        await page.reload();
        return asParsed();
      }, { timeout: 15_000 })
      .toEqual({ theme: 'dark', textSize: 'x-large' });
    expect(await rootBackground()).toBe('rgb(18, 20, 23)');
    await hydrated(page);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');

    // Back to the defaults: the next page arrives without them.
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'System' }).check();
    await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Medium' }).check();
    await expect
      .poll(async () => {
        await page.reload();
        return asParsed();
      }, { timeout: 15_000 })
      .toEqual({ theme: null, textSize: null });
    expect(await rootBackground()).toBe('rgb(253, 252, 250)');
    await context.close();
  });
});

test.describe('phone width', () => {
  const pagesToCheck = ['/', '/entities', '/entities/xi-jinping', 'ARTICLE', '/no-such-page'];

  test('at 375 px nothing scrolls sideways and controls are at least 44 px', async ({ browser, consoleWatch }) => {
    consoleWatch.allow(/404/);
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const articlePath = await samplePath(page);
    const small: string[] = [];
    for (const path of pagesToCheck) {
      await page.goto(path === 'ARTICLE' ? articlePath : path);
      await hydrated(page);
      await expect(page.locator('main h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `sideways scroll on ${path}`).toBeLessThanOrEqual(0);
      // Controls outside running text (links inside sentences are exempt, as in WCAG 2.5.8).
      const tooSmall = await page.evaluate(() => {
        const inText = '.article-body, .headline, .lede, .site-footer p, .not-found p, .quote-item-text, .match-reasons, .entity-page-quotes blockquote, .chart-list li, .selection-status';
        return [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [role="button"]')]
          .filter((element) => !element.closest(inText) && !element.closest('.skip-links') && !element.closest('[hidden]'))
          .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 43.5 || box.width < 24)
          .map(({ element, box }) => `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 25)}” ${Math.round(box.width)}×${Math.round(box.height)}`);
      });
      small.push(...tooSmall.map((what) => `${path}: ${what}`));
    }
    expect(small).toEqual([]);
    await page.close();
  });

  test('at 375 px the sidebar comes after the article text', async ({ browser }) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await openSampleFromHome(page);
    await hydrated(page);
    const article = await page.locator('main article').boundingBox();
    const aside = await page.locator('aside#entities').boundingBox();
    expect(article && aside && aside.y > article.y + article.height).toBe(true);
    await page.close();
  });
});

test.describe('print', () => {
  test('prints the article with highlights and speakers, without navigation', async ({ page }) => {
    await openSampleFromHome(page);
    await hydrated(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('aside#entities')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('main article h1')).toBeVisible();
    const quote = page.locator('mark[data-quote][data-speaker="xi-jinping"][id]').first();
    const printed = await quote.evaluate((element) => ({
      after: getComputedStyle(element, '::after').content,
      background: getComputedStyle(element).backgroundColor,
    }));
    expect(printed.after).toContain('Xi Jinping');
    expect(printed.background).not.toBe('rgba(0, 0, 0, 0)');
  });
});

test.describe('sharing', () => {
  test('copy link for the article and the selected entity', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = await samplePath(page);
    await page.goto(`${path}?entity=xi-jinping`);
    await hydrated(page);
    await page.getByRole('button', { name: 'Copy link to this article', exact: true }).click();
    await expect(page.getByText('Link copied').first()).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(path, page.url()).href);

    await page.getByRole('button', { name: 'Copy link to this article with Xi Jinping highlighted' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${path}?entity=xi-jinping`, page.url()).href);
  });

  test('Web Share is offered where the device has it, with the right URL', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { __shared: unknown[] }).__shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data), configurable: true });
    });
    const path = await samplePath(page);
    await page.goto(path);
    await hydrated(page);
    await page.getByRole('button', { name: 'Share this article' }).click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: Array<{ url: string; title: string }> }).__shared);
    expect(shared).toEqual([{ title: SAMPLE_TITLE, url: new URL(path, page.url()).href }]);
  });

  test('no Share button without the Web Share API', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await openSampleFromHome(page);
    await hydrated(page);
    await expect(page.getByRole('button', { name: 'Copy link to this article', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Share/ })).toHaveCount(0);
  });

  test('selected text gets a text-fragment link that scrolls to it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openSampleFromHome(page);
    await hydrated(page);
    const paragraph = page.locator('.article-body p').nth(1);
    const selected = await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString().replace(/\s+/g, ' ').trim();
    });
    const bar = page.getByRole('region', { name: 'Share the selected text' });
    await expect(bar).toBeVisible();
    await bar.getByRole('button', { name: /^Copy link to selection/ }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toContain('#:~:text=');
    const firstWord = encodeURIComponent(selected.split(' ')[0] ?? '');
    expect(url).toContain(`#:~:text=${firstWord}`);
    expect(new URL(url).pathname).toBe(new URL(page.url()).pathname);
  });
});

test.describe('offline', () => {
  test('an opened article reads again offline, with a visible note; an unopened one does not', async ({ browser, consoleWatch }) => {
    consoleWatch.allow(/ERR_INTERNET_DISCONNECTED|Failed to load resource|Failed to fetch|net::ERR/);
    const context = await browser.newContext();
    const page = await context.newPage();
    // Open the sample cold, as from a link, and an other article by in-app navigation.
    await page.goto('/');
    await hydrated(page);
    const otherLink = page.locator('main li.card h2 a').filter({ hasNotText: SAMPLE_TITLE }).first();
    const otherTitle = (await otherLink.textContent())?.trim() ?? '';
    const otherPath = (await otherLink.getAttribute('href')) ?? '';
    await page.goto(`/articles/${SAMPLE_SLUG}`);
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(SAMPLE_TITLE);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    await page.getByRole('link', { name: 'Articles', exact: true }).click();
    await page.locator('main li.card h2 a', { hasText: otherTitle }).click();
    await expect(page.locator('main article h1')).toHaveText(otherTitle);
    await expect
      .poll(
        () =>
          page.evaluate(async (paths) => {
            const cache = await caches.open('dossier-v1');
            const found = await Promise.all(paths.map((path) => cache.match(path)));
            return found.every(Boolean);
          }, [`/articles/${SAMPLE_SLUG}`, otherPath]),
        { timeout: 10_000 },
      )
      .toBe(true);

    await context.setOffline(true);
    await page.goto(`/articles/${SAMPLE_SLUG}`);
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(SAMPLE_TITLE);
    await expect(page.locator('mark[data-quote]').first()).toBeVisible();
    await expect(page.getByText('You are offline.')).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(SAMPLE_TITLE);
    await page.goto(otherPath);
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(otherTitle);

    // An article never opened is not there offline (the network really is off): the reader gets the note, not the text.
    const unopened = await page.evaluate(async (opened) => {
      const cached = await (await caches.open('dossier-v1')).match('/data/index.json');
      const index = cached ? ((await cached.json()) as { articles: Array<{ slug: string }> }) : { articles: [] };
      return index.articles.map((article) => `/articles/${article.slug}`).find((path) => !opened.includes(path)) ?? null;
    }, [`/articles/${SAMPLE_SLUG}`, otherPath]);
    expect(unopened).not.toBeNull();
    await page.goto(unopened as string);
    await expect(page.getByRole('heading', { name: 'You are offline' })).toBeVisible();
    await expect(page.getByText('This page has not been saved for offline reading.')).toBeVisible();
    await expect(page.locator('main article h1')).toHaveCount(0);
    // It lists what can be read, and those links work offline.
    await expect(page.getByRole('link', { name: otherTitle })).toBeVisible();
    await page.getByRole('link', { name: SAMPLE_TITLE }).click();
    await hydrated(page);
    await expect(page.locator('main article h1')).toHaveText(SAMPLE_TITLE);

    await context.setOffline(false);
    await expect(page.getByText('You are offline.')).toBeHidden();
    await context.close();
  });

  test('data is network-first (a stale copy is replaced while online), hashed assets cache-first', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await expect(page.locator('main li.card').first()).toBeVisible();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    const result = await page.evaluate(async () => {
      const cache = await caches.open('dossier-v1');
      const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
      // A stale copy of the index in the cache must not win over the network.
      await cache.put('/data/index.json', json({ articles: [] }));
      const fresh = (await (await fetch('/data/index.json')).json()) as { articles: unknown[] };
      const kept = (await (await cache.match('/data/index.json'))?.json()) as { articles: unknown[] };
      // A hashed asset is answered from the cache, without asking the network.
      const asset = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).find((path) => path.startsWith('/assets/') && path.endsWith('.js'));
      if (!asset) return { fresh: fresh.articles.length, kept: kept.articles.length, asset: null };
      await cache.put(asset, new Response('/* cached copy */', { headers: { 'content-type': 'text/javascript' } }));
      const assetText = await (await fetch(asset)).text();
      return { fresh: fresh.articles.length, kept: kept.articles.length, asset: assetText };
    });
    expect(result.fresh).toBeGreaterThan(0);
    expect(result.kept).toBe(result.fresh);
    expect(result.asset).toBe('/* cached copy */');
  });
});

test.describe('offline: old builds', () => {
  test('a new build prunes the cached assets no saved page needs; an older saved page keeps its own', async ({ page }) => {
    await page.goto('/');
    await hydrated(page);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 20_000 }).toBe(true);
    const cachedAssets = () =>
      page.evaluate(async () => (await (await caches.open('dossier-v1')).keys()).map((request) => new URL(request.url).pathname).filter((path) => path.startsWith('/assets/')));
    // The files this page loaded before the worker was in control are handed to it.
    const entry = await page.evaluate(() => new URL((document.querySelector('script[type="module"][src]') as HTMLScriptElement).src).pathname);
    await expect.poll(cachedAssets, { timeout: 10_000 }).toContain(entry);

    await page.evaluate(async (current) => {
      const cache = await caches.open('dossier-v1');
      const js = (body: string) => new Response(body, { headers: { 'content-type': 'text/javascript' } });
      await cache.put('/assets/index-OLDBLD01.js', js('import("./Chunk-OLDBLD02.js")'));
      await cache.put('/assets/Chunk-OLDBLD02.js', js('export {};'));
      await cache.put('/assets/orphan-OLDBLD03.js', js('export {};'));
      const savedLongAgo = '<!doctype html><html><head><script type="module" src="/assets/index-OLDBLD01.js"></script></head><body><p>Saved long ago</p></body></html>';
      await cache.put('/articles/saved-long-ago', new Response(savedLongAgo, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
      // As after a deploy: the pages now link a file the cache does not hold.
      await cache.delete(current);
    }, entry);

    await page.goto('/entities');
    await hydrated(page);
    await expect.poll(cachedAssets, { timeout: 10_000 }).not.toContain('/assets/orphan-OLDBLD03.js');
    const kept = await cachedAssets();
    expect(kept).toEqual(expect.arrayContaining(['/assets/index-OLDBLD01.js', '/assets/Chunk-OLDBLD02.js', entry]));
  });
});

test.describe('entity page pictures', () => {
  test('a co-mention chart with a link per entity and a dated timeline, each with a text alternative', async ({ page }) => {
    await page.goto('/entities/xi-jinping');
    await hydrated(page);
    await expect(page.locator('main h1')).toHaveText('Xi Jinping');
    const chart = page.getByRole('group', { name: 'Who appears most with Xi Jinping' });
    await expect(chart).toBeVisible();
    const bars = chart.getByRole('link');
    const barCount = await bars.count();
    expect(barCount).toBeGreaterThan(2);
    expect(barCount).toBeLessThanOrEqual(10);
    await expect(chart.locator('desc')).toContainText('Most often in the same articles as Xi Jinping');
    // Bars are sized by count: none wider than the first.
    const widths = await chart.locator('.chart-bar').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBe(widths[0]);

    const timeline = page.getByRole('group', { name: 'Timeline of Xi Jinping in the news' });
    await expect(timeline).toBeVisible();
    expect(await timeline.getByRole('link').count()).toBeGreaterThan(0);
    await page.getByText('Timeline as a list').click();
    await expect(page.locator('.chart-list li').first()).toContainText('19 September 2022');

    // A bar is a real link: following it opens that entity's page.
    const firstName = ((await bars.first().getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
    await bars.first().click();
    await expect(page.locator('main h1')).toHaveText(firstName);
  });
});
