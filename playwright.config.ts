import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/runtime/system-tools.mjs';

// The test profile's app port (scripts/stack/profiles.ts), shifted like the rest of the stack.
const PORT = 3100 + Number(process.env.STACK_PORT_OFFSET ?? 0);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The suite runner asks for a JSON report to count results; alone, the list is enough.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1920, height: 1080 },
    trace: 'retain-on-failure',
    launchOptions: {
      // CHROMIUM_PATH, Debian's chromium, or Chrome/Chromium on macOS (scripts/runtime/system-tools.mjs).
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    // The production build on the embedded stack, on the test ports with fresh data.
    command: 'node --require ./scripts/runtime/allow-server-only.cjs --import tsx scripts/demo.ts --profile test --fresh',
    url: `http://127.0.0.1:${PORT}/api/ping`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
