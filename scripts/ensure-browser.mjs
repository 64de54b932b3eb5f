// Makes sure a Chromium exists before the browser tests: on Debian as root it installs the `chromium` package
// (Playwright cannot download its own browsers everywhere); elsewhere it asks Playwright for its own.
import { execSync } from 'node:child_process';
import { findChromium } from './browser.mjs';

function run(command) {
  process.stderr.write(`$ ${command}\n`);
  execSync(command, { stdio: 'inherit' });
}

if (await findChromium()) process.exit(0);
process.stderr.write('No Chromium found for the browser tests; installing one.\n');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
try {
  if (isRoot && process.platform === 'linux') {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    run('npx playwright install chromium');
  }
} catch {
  // reported below
}
if (!(await findChromium())) {
  process.stderr.write('Could not install Chromium. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.\n');
  process.exit(1);
}
