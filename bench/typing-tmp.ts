import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { createStaticServer, listen } from '../src/pipeline/serve.ts';
const [site, mode] = [process.argv[2]!, process.argv[3] ?? 'hydrated'];
const front = process.env.FRONT;
const data = createStaticServer(site);
const app = front ? createStaticServer(front) : data;
const server = createServer((req, res) => (req.url!.startsWith('/data/') ? data : app).emit('request', req, res));
await listen(server, 0, '127.0.0.1');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ ...(await findChromium())!, args: CHROMIUM_ARGS });
let lost = 0;
for (let i = 0; i < 8; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(origin + '/', { waitUntil: 'commit' });
  if (mode === 'hydrated') await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'), undefined, { polling: 'raf' });
  else await page.waitForSelector('#search');
  const t = Date.now();
  const log = (await page.evaluate(`(async () => {
    const box = document.querySelector('#search') ;
    const log = [];
    const t0 = performance.now();
    const keys = () => Object.keys(box).filter((k) => k.startsWith('__react')).map((k) => k.slice(7, 12)).join(',');
    log.push('before ' + keys());
    box.addEventListener('input', () => log.push(\`\${(performance.now() - t0).toFixed(0)} input event seen\`));
    box.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, 'government');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    log.push('after dispatch ' + keys() + ' url ' + location.search);
    let last = box.value;
    let node = box;
    await new Promise((resolve) => {
      const tick = () => {
        const now = document.querySelector('#search') ;
        if (now !== node) { log.push(\`\${(performance.now() - t0).toFixed(0)} box replaced\`); node = now; }
        if (now.value !== last) { log.push(\`\${(performance.now() - t0).toFixed(0)} value \${JSON.stringify(now.value)} url \${location.search} keys \${keys()}\`); last = now.value; }
        if (performance.now() - t0 > 3000) resolve(); else requestAnimationFrame(tick);
      };
      tick();
    });
    return log;
  })()`)) as string[];
  console.log(log.join('\n'));
  console.log(await page.evaluate('(window.__dbg || []).join("\\n")'));
  const value = await page.locator('#search').inputValue();
  const status = await page.locator('form[role="search"] [role="status"]').textContent();
  if (value !== 'government') lost++;
  console.log(i, JSON.stringify(value), page.url().replace(origin, ''), status);
  await context.close();
}
console.log('lost', lost);
await browser.close();
server.close();
