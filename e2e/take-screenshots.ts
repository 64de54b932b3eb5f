// Screenshots for docs/screenshots/: the sample article (light, dark and a 375px phone) and the invented transcript
// (light, and a 375px phone).
// Needs a running site:  PORT=4391 npm start  then  npx tsx e2e/take-screenshots.ts [http://127.0.0.1:4391] [article|transcript]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4391';
const only = process.argv[3];
const out = 'docs/screenshots';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const titles = {
  article: 'Russia seeks to expand security ties with China; calls it ‘unconditional priority’',
  transcript: 'Harbour committee answers questions on the east quay repair',
};

const shots = [
  { of: 'article', file: 'article-light.png', colorScheme: 'light', width: 1280, height: 900, query: '?entity=xi-jinping' },
  { of: 'article', file: 'article-dark.png', colorScheme: 'dark', width: 1280, height: 900, query: '' },
  { of: 'article', file: 'article-phone-375.png', colorScheme: 'light', width: 375, height: 812, query: '' },
  // the transcript from its first turn: the lead, the section break, turns, a stage direction
  { of: 'transcript', file: 'transcript-light.png', colorScheme: 'light', width: 1280, height: 1100, query: '' },
  { of: 'transcript', file: 'transcript-phone-375.png', colorScheme: 'light', width: 375, height: 812, query: '' },
] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const home = await browser.newPage();
  await home.goto(base);
  const hrefs = new Map<string, string>();
  for (const [of, title] of Object.entries(titles)) {
    const href = await home.getByRole('link', { name: title, exact: true }).getAttribute('href');
    if (!href) throw new Error(`${of} not found on the home page`);
    hrefs.set(of, href);
  }
  await home.close();
  for (const shot of shots.filter((s) => !only || s.of === only)) {
    const href = hrefs.get(shot.of)!;
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
      deviceScaleFactor: shot.width < 500 ? 2 : 1,
    });
    await page.goto(`${base}${href}${shot.query}`);
    await page.locator('main article h1').waitFor();
    if (shot.of === 'transcript') await page.locator('main article .section-break').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 40));
    await page.screenshot({ path: `${out}/${shot.file}` });
    console.log(`wrote ${out}/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
