// Screenshots of the sample article for docs/screenshots/: light, dark and a 375px phone.
// Needs a running site:  PORT=4391 npm start  then  npx tsx e2e/take-screenshots.ts [http://127.0.0.1:4391]
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4391';
const out = 'docs/screenshots';
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const title = 'Russia seeks to expand security ties with China; calls it ‘unconditional priority’';

const shots = [
  { file: 'article-light.png', colorScheme: 'light', width: 1280, height: 900, query: '?entity=xi-jinping' },
  { file: 'article-dark.png', colorScheme: 'dark', width: 1280, height: 900, query: '' },
  { file: 'article-phone-375.png', colorScheme: 'light', width: 375, height: 812, query: '' },
] as const;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const home = await browser.newPage();
  await home.goto(base);
  const href = await home.getByRole('link', { name: title, exact: true }).getAttribute('href');
  await home.close();
  if (!href) throw new Error('sample article not found on the home page');
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.colorScheme,
      deviceScaleFactor: shot.width < 500 ? 2 : 1,
    });
    await page.goto(`${base}${href}${shot.query}`);
    await page.locator('main article h1').waitFor();
    await page.screenshot({ path: `${out}/${shot.file}` });
    console.log(`wrote ${out}/${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
