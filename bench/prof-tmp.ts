// temporary profiling helper (not committed)
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { createStaticServer, listen } from '../src/pipeline/serve.ts';

const [site, query] = [process.argv[2]!, process.argv[3]!];
const front = process.env.FRONT;
const data = createStaticServer(site);
const app = front ? createStaticServer(front) : data;
const server = createServer((req, res) => (req.url!.startsWith('/data/') ? data : app).emit('request', req, res));
await listen(server, 0, '127.0.0.1');
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ ...(await findChromium())!, args: CHROMIUM_ARGS });
for (const pass of [1, 2]) {
const context = await browser.newContext({ serviceWorkers: 'block' });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(origin + '/');
await page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-hydrated'));
await page.waitForLoadState('networkidle');
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const out = await page.evaluate(async (query) => {
  performance.clearResourceTimings();
  const box = document.querySelector('#search') as HTMLInputElement;
  box.focus();
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const started = performance.now();
  setValue.call(box, query);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  const ms = await new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      const status = document.querySelector('form[role="search"] [role="status"]')?.textContent ?? '';
      if (!status.includes('match “')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(document.querySelector('main')!, { subtree: true, childList: true, characterData: true });
  });
  const res = performance.getEntriesByType('resource').map((e) => {
    const r = e as PerformanceResourceTiming;
    return `${(r.startTime - started).toFixed(0).padStart(6)} ${(r.responseEnd - started).toFixed(0).padStart(6)} ${r.encodedBodySize.toString().padStart(7)} ${r.name.replace(location.origin, '')}`;
  });
  return { ms, res, status: document.querySelector('form[role="search"] [role="status"]')?.textContent };
}, query);
const { profile } = await cdp.send('Profiler.stop');
console.log(out.ms.toFixed(0), 'ms', out.status);
console.log(out.res.join('\n'));
// self time per function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
const samples = profile.samples as number[];
for (let i = 0; i < samples.length; i++) {
  const n: any = byId.get(samples[i]);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms ${k}`).join('\n'));
writeFileSync('/tmp/ss/last.cpuprofile', JSON.stringify(profile));
await context.close();
}
await browser.close();
server.close();
