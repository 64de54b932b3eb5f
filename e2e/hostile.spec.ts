// The app on hostile data and garbage links. Builds a site from e2e/fixtures/hostile/input (headlines, bodies,
// quotes and sections full of markup and script URLs) with the real build CLI, serves it with the project's
// static server, and checks that every payload shows as text and nothing from the data becomes markup.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page, Route } from '@playwright/test';
import { buildSite, serveSite, siteFolder, type ServedSite } from './fixtures/hostile/site.ts';
import { expect, test } from './fixtures.ts';

const OUT = siteFolder('hostile-site');
const HEADLINE = "Mayor <script>window.__pwned='headline';alert('headline')</script> of Corrowby quits";
const SECTION = `<img src=x onerror="window.__pwned='section';alert('section')">`;
const URL_TITLE = "javascript:alert('title')";
const ENTITY_PAYLOAD = `<img src=x onerror="window.__pwned='entity';alert('entity')">Ottilie`;

// One build and one server for the file; page.route stubs cannot see requests made by a service worker.
test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'block' });

let site: ServedSite;

/** The ferry article's headline in an earlier build: its slug must keep working after the headline changed. */
const OLD_FERRY_TITLE = 'Ferry times change at Lenmouth';
const OLD_FERRY_SLUG = 'ferry-times-change-at-lenmouth';

test.beforeAll(async () => {
  test.setTimeout(360_000);
  // First an earlier edition of one article, then the real input into the same folder, as a site is rebuilt.
  const earlier = `${OUT}-earlier`;
  const rows = (await readFile('e2e/fixtures/hostile/input/sections.jsonl', 'utf8')).split('\n').filter(Boolean);
  const ferry = { ...(JSON.parse(rows[0]!) as object), title: OLD_FERRY_TITLE };
  await mkdir(earlier, { recursive: true });
  await writeFile(`${earlier}/sections.jsonl`, `${JSON.stringify(ferry)}\n`);
  await buildSite(earlier, OUT, { timeoutMs: 170_000 });
  await buildSite('e2e/fixtures/hostile/input', OUT, { timeoutMs: 170_000 });
  site = await serveSite(OUT);
});

test.afterAll(async () => {
  await site?.close();
});

const at = (path: string) => `${site.origin}${path}`;

/** Fails the test on any dialog and on any navigation to a javascript: URL. */
function watchForScripts(page: Page): { dialogs: string[]; scriptNavigations: string[] } {
  const seen = { dialogs: [] as string[], scriptNavigations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (/^javascript:/i.test(frame.url())) seen.scriptNavigations.push(frame.url());
  });
  return seen;
}

/** Elements and attributes that only markup from the data could have made. */
async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.getElementById('root');
    if (!root) return ['no #root'];
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}=${attribute.value}]`);
      }
    }
    for (const selector of ['script', 'img', 'iframe', 'style', 'b', 'i', 'svg[onload]']) {
      for (const element of root.querySelectorAll(selector)) found.push(`<${element.tagName.toLowerCase()}> in the page`);
    }
    if ((window as { __pwned?: unknown }).__pwned !== undefined) found.push(`payload ran: ${String((window as { __pwned?: unknown }).__pwned)}`);
    return found;
  });
}

async function expectClean(page: Page, seen: ReturnType<typeof watchForScripts>): Promise<void> {
  expect(await injectedMarkup(page)).toEqual([]);
  expect(seen.dialogs, 'dialogs').toEqual([]);
  expect(seen.scriptNavigations, 'javascript: navigations').toEqual([]);
}

test.describe('hostile text shows as text', () => {
  test('home page: headlines and sections with markup and script URLs', async ({ page }) => {
    const seen = watchForScripts(page);
    await page.goto(at('/'));
    await expect(page.getByRole('link', { name: HEADLINE, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: URL_TITLE, exact: true })).toBeVisible();
    await expect(page.locator('main').getByText(SECTION, { exact: true }).first()).toBeVisible();
    await expect(page.locator('main').getByText('javascript:alert(1)', { exact: true }).first()).toBeVisible();
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    await expectClean(page, seen);

    // The link whose text is a script URL is an ordinary link to its article.
    await page.getByRole('link', { name: URL_TITLE, exact: true }).click();
    await expect(page).toHaveURL(at('/articles/javascript-alert-title'));
    await expect(page.locator('main article h1')).toHaveText(URL_TITLE);
    await expectClean(page, seen);
  });

  test('article pages, opened cold and from the home page: headline, body and quotes', async ({ page }) => {
    const seen = watchForScripts(page);
    await page.goto(at('/'));
    const href = (await page.getByRole('link', { name: HEADLINE, exact: true }).getAttribute('href')) as string;

    await page.getByRole('link', { name: HEADLINE, exact: true }).click();
    const article = page.locator('main article');
    await expect(article.locator('h1')).toHaveText(HEADLINE);
    await expect(article).toContainText(`The <img src=x onerror="window.__pwned='quote';alert('quote')"> budget was never mine`);
    await expect(article).toContainText(`<svg onload="window.__pwned='svg';alert('svg')"> the small print`);
    await expect(page.locator('#quotes')).toContainText("<img src=x onerror=");
    await expectClean(page, seen);

    for (const path of [href, '/articles/harbour-trust-names-b-new-b-chair-i-treasurer-i', '/articles/ferry-timetable-changes-at-lenmouth']) {
      await page.goto(at(path));
      await expect(page.locator('#root[data-hydrated]')).toBeAttached();
      await expect(page.locator('main article h1')).toBeVisible();
      await expectClean(page, seen);
    }
    await expect(page.locator('main article')).toContainText("<script>alert('ferry')</script> later sailings");
    await page.goto(at('/articles/harbour-trust-names-b-new-b-chair-i-treasurer-i'));
    await expect(page.locator('main article h1')).toHaveText('Harbour trust names <b>new</b> chair & <i>treasurer</i>');
    await expect(page.locator('main article')).toContainText(`<iframe src="javascript:alert('iframe')"></iframe>`);
    await expect(page.locator('main article')).toContainText('<style>body{display:none}</style>');
    await expectClean(page, seen);
  });

  test('search results show payloads in snippets as text', async ({ page }) => {
    const seen = watchForScripts(page);
    await page.goto(at('/'));
    const search = page.getByRole('searchbox');
    await search.fill('script');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results).toBeVisible();
    await expect(results.getByRole('link', { name: HEADLINE, exact: true })).toBeVisible();
    await expectClean(page, seen);
    await search.fill('onerror');
    await expect(results.locator('li').first()).toBeVisible();
    await expectClean(page, seen);
  });

  test('entity names and roles with markup, in the article and on the entity page', async ({ page }) => {
    const seen = watchForScripts(page);
    // The pipeline does not make names like these; serve them as if it had, to the client-side renderer.
    const poison = async (route: Route) => {
      const response = await route.fetch();
      if (!response.ok()) return route.fulfill({ response });
      const text = (await response.text()).replaceAll('Ottilie Brannagh', JSON.stringify(ENTITY_PAYLOAD).slice(1, -1));
      const json = JSON.parse(text) as { roles?: string[] };
      if (json.roles) json.roles.unshift(SECTION);
      await route.fulfill({ response, json });
    };
    await page.route('**/data/articles/*.json', poison);
    await page.route('**/data/entities/*.json', poison);
    await page.goto(at('/'));
    await page.getByRole('link', { name: HEADLINE, exact: true }).click();
    const sidebar = page.locator('aside');
    await expect(sidebar.getByText(ENTITY_PAYLOAD, { exact: true }).first()).toBeVisible();
    await expectClean(page, seen);

    await sidebar.getByRole('link', { name: `Page about ${ENTITY_PAYLOAD}` }).click();
    await expect(page.locator('main h1')).toHaveText(ENTITY_PAYLOAD);
    await expect(page.locator('main .lede')).toContainText(SECTION);
    await expectClean(page, seen);
  });

  test('entity index and entity pages of the hostile site', async ({ page }) => {
    const seen = watchForScripts(page);
    await page.goto(at('/entities'));
    const links = page.locator('main .entity-index a');
    expect(await links.count()).toBeGreaterThan(3);
    await links.first().click();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.locator('main .card-list a').first()).toBeVisible();
    await expectClean(page, seen);
  });
});

test.describe('garbage deep links render a sensible page', () => {
  const NOT_FOUND = /^(Page|Article|Entity) not found$/;

  test('unknown, prototype-named, encoded ../, very long and empty-segment paths show the not-found page', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    const seen = watchForScripts(page);
    const paths = [
      '/articles/no-such-article',
      '/articles/constructor',
      '/articles/__proto__',
      '/articles/..%2F..%2Findex',
      '/articles/%2e%2e%2fslugs',
      '/entities/..%2Findex',
      '/entities/no-such-entity',
      '/entities/toString',
      `/articles/${'a'.repeat(3000)}`,
      `/entities/${'x-'.repeat(1500)}`,
      `/${'deep/'.repeat(400)}`,
      '/articles/',
      '/articles//',
      '/entities//x',
      '//articles/x',
      '/articles/%E0%A4%A',
      '/articles/%00',
      '/articles/x%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    ];
    for (const path of paths) {
      await page.goto(at(path));
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading, path).toHaveText(NOT_FOUND, { timeout: 10_000 });
      await expect(page.getByRole('link', { name: 'Browse all articles' })).toBeVisible();
      await expectClean(page, seen);
    }
  });

  test('the same garbage reached inside the app (no server round trip) also shows the not-found page', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    await page.goto(at('/'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    for (const path of ['/articles/..%2F..%2Findex', '/articles/constructor', '/entities//x', `/articles/${'b'.repeat(3000)}`]) {
      await page.evaluate((to) => {
        history.pushState(null, '', to);
        dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(NOT_FOUND);
    }
  });

  test('?entity= with markup or an unknown id shows the article with nothing selected', async ({ page }) => {
    const seen = watchForScripts(page);
    for (const query of ['?entity=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '?entity=no-such-entity', '?entity=', '?entity=constructor&entity=x']) {
      await page.goto(at(`/articles/ferry-timetable-changes-at-lenmouth${query}`));
      await expect(page.locator('main article h1'), query).toHaveText('Ferry timetable changes at Lenmouth');
      await expect(page.locator('#root[data-hydrated]')).toBeAttached();
      await expect(page.locator('main [data-entity].is-selected')).toHaveCount(0);
      await expect(page.locator('aside [aria-pressed="true"]')).toHaveCount(0);
      await expectClean(page, seen);
    }
  });

  test('#quote- that matches no quote shows the article with a note and no highlight', async ({ page }) => {
    for (const hash of ['#quote-99999', '#quote-%3Cscript%3E', '#quote-%E0%A4%A']) {
      await page.goto(at(`/articles/ferry-timetable-changes-at-lenmouth${hash}`));
      await expect(page.locator('main article h1'), hash).toHaveText('Ferry timetable changes at Lenmouth');
      await expect(page.getByText('This quote is no longer in the article.')).toBeVisible();
      await expect(page.locator('.is-target')).toHaveCount(0);
    }
    // A quote that is there: no note, and it is the one marked.
    const quoteId = await page.locator('main article [data-quote][id]').first().getAttribute('id');
    await page.goto(at(`/articles/ferry-timetable-changes-at-lenmouth#${quoteId}`));
    await expect(page.locator(`#${quoteId}`)).toHaveClass(/is-target/);
    await expect(page.getByText('This quote is no longer in the article.')).toHaveCount(0);
  });

  test('an old slug moves to the current one, keeping ?entity= and #quote-', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of 404/);
    await page.goto(at('/articles/ferry-timetable-changes-at-lenmouth'));
    const quoteId = (await page.locator('main article [data-quote][id]').first().getAttribute('id')) as string;
    const entity = (await page.locator('main article [data-entity]').first().getAttribute('data-entity')) as string;

    // The slug of the earlier build, cold, with an entity and a quote.
    await page.goto(at(`/articles/${OLD_FERRY_SLUG}?entity=${entity}#${quoteId}`));
    await expect(page).toHaveURL(at(`/articles/ferry-timetable-changes-at-lenmouth?entity=${entity}#${quoteId}`));
    await expect(page.locator('main article h1')).toHaveText('Ferry timetable changes at Lenmouth');
    await expect(page.locator(`#${quoteId}`)).toHaveClass(/is-target/);
    await expect(page.locator(`main [data-entity="${entity}"]`).first()).toHaveClass(/is-selected/);
    // The dead link was replaced, not stacked: Back leaves the article.
    await page.goBack();
    await expect(page).not.toHaveURL(new RegExp(OLD_FERRY_SLUG));

    // Inside the app too.
    await page.goto(at('/'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    await page.evaluate((to) => {
      history.pushState(null, '', to);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/articles/${OLD_FERRY_SLUG}`);
    await expect(page).toHaveURL(at('/articles/ferry-timetable-changes-at-lenmouth'));
    await expect(page.locator('main article h1')).toHaveText('Ferry timetable changes at Lenmouth');
  });

  test('an unknown slug is not found, also when slugs.json cannot be loaded', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/Failed to load resource: the server responded with a status of (404|500)/);
    await page.route('**/data/slugs.json', (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.goto(at(`/articles/${OLD_FERRY_SLUG}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found', { timeout: 10_000 });
  });

  test('the markup detector used here does find injected markup', async ({ page, consoleWatch }) => {
    // Chromium reports the page's CSP refusing the handler as soon as it is set: a second line of defence.
    consoleWatch.allow(/Content Security Policy/);
    await page.goto(at('/articles/ferry-timetable-changes-at-lenmouth'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    expect(await injectedMarkup(page)).toEqual([]);
    // Inert stand-ins: no src, never clicked.
    await page.evaluate(() => {
      const span = document.createElement('span');
      span.setAttribute('onclick', 'void 0');
      document.querySelector('main')?.append(span, document.createElement('img'));
    });
    expect(await injectedMarkup(page)).toEqual(['span[onclick]', '<img> in the page']);
  });
});

test.describe('failed and corrupt data loads', () => {
  /** Answers a data file badly until `heal()` is called, then passes requests through. */
  async function breakData(page: Page, pattern: string, body: string, status = 200) {
    let broken = true;
    await page.route(pattern, (route) =>
      broken ? route.fulfill({ status, contentType: 'application/json', body }) : route.fallback(),
    );
    return { heal: () => (broken = false) };
  }

  test('home page: truncated JSON, then Retry', async ({ page }) => {
    await page.goto(at('/articles/ferry-timetable-changes-at-lenmouth'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    const data = await breakData(page, '**/data/index.json', '{"articles":[{"slug":"ferry-timetable-chan');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the list of articles');
    data.heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('link', { name: HEADLINE, exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('entity page: HTTP 500 and JSON of the wrong shape, then Retry', async ({ page, consoleWatch }) => {
    consoleWatch.allow(/status of 500/);
    await page.goto(at('/articles/ferry-timetable-changes-at-lenmouth'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    const data = await breakData(page, '**/data/entities/*.json', 'server error', 500);
    await page.locator('aside .entity-page-link').first().click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load this entity');
    await expect(alert).toContainText('HTTP 500');
    data.heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await page.goto(at('/articles/harbour-trust-names-b-new-b-chair-i-treasurer-i'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    const shape = await breakData(page, '**/data/entities/*.json', JSON.stringify({ id: 7, name: ['x'] }));
    await page.locator('aside .entity-page-link').first().click();
    await expect(page.getByRole('alert')).toContainText('invalid data');
    shape.heal();
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main h1')).toBeVisible();
  });

  test('entity index: truncated JSON, then Retry', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    const data = await breakData(page, '**/data/entities/index.json', '{"entities":[{"id":"len');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People & places' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the list of entities');
    data.heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main .entity-index a').first()).toBeVisible();
  });

  test('article: truncated JSON, then Retry', async ({ page }) => {
    await page.goto(at('/'));
    await expect(page.locator('#root[data-hydrated]')).toBeAttached();
    const data = await breakData(page, '**/data/articles/*.json', '{"id":"hostile-section","slug":"ferry');
    await page.getByRole('link', { name: 'Ferry timetable changes at Lenmouth', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Could not load the article');
    data.heal();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.locator('main article h1')).toHaveText('Ferry timetable changes at Lenmouth');
  });
});
