// Finds a Chromium for the browser tests and benchmarks: $CHROMIUM_PATH, the system's Chromium (Debian's
// /usr/bin/chromium), else Playwright's own download. Returns null when there is none.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Path of a system Chromium ($CHROMIUM_PATH or a well-known place), or undefined to use Playwright's own. */
export function systemChromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return SYSTEM_CHROMIUMS.find((path) => existsSync(path));
}

/** { executablePath } for a system browser, {} for Playwright's own, null when neither exists. */
export async function findChromium() {
  const system = systemChromiumPath();
  if (system) return { executablePath: system };
  try {
    const { chromium } = await import('@playwright/test');
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // Playwright's browser registry not available
  }
  return null;
}
