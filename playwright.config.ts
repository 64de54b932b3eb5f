import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from './scripts/browser.mjs';

// E2E_PORT and DOSSIER_DIST let two test runs share a machine without sharing a server or a build folder
const PORT = Number(process.env.E2E_PORT ?? 4391);
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: systemChromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: 'npm start',
    env: { PORT: String(PORT), DOSSIER_DIST: process.env.DOSSIER_DIST ?? 'dist' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !isCI,
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
