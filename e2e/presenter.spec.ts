import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';

/**
 * The presenter sign-in on a stack started with ADMIN_TOKEN. The config's webServer runs
 * without a token (the other specs drive the consoles freely), so this spec launches its own
 * test-profile stack, shifted 50 ports past this checkout's, with a token set, and stops exactly
 * that launcher (by its pid) when done.
 */

const TOKEN = 'e2e-presenter-token-0123';
const OFFSET = Number(process.env.STACK_PORT_OFFSET ?? 0) + 50;
const BASE = `http://127.0.0.1:${3100 + OFFSET}`;
// Playwright runs from the repository root (where its config is).
const root = process.cwd();

let launcher: ChildProcess | undefined;
let launcherOutput = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  launcher = spawn(process.execPath, ['--require', './scripts/runtime/allow-server-only.cjs', '--import', 'tsx', 'scripts/demo.ts', '--profile', 'test', '--fresh'], {
    cwd: root,
    env: { ...process.env, STACK_PORT_OFFSET: String(OFFSET), ADMIN_TOKEN: TOKEN, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
  await expect
    .poll(
      async () => {
        if (launcher?.exitCode !== null) throw new Error(`the launcher exited:\n${launcherOutput}`);
        return fetch(`${BASE}/api/ping`).then(
          (response) => response.status,
          () => 0,
        );
      },
      { timeout: 150_000, intervals: [500] },
    )
    .toBe(200);
});

test.afterAll(async () => {
  if (!launcher || launcher.exitCode !== null) return;
  const exited = new Promise((resolve) => launcher!.once('exit', resolve));
  launcher.kill('SIGTERM');
  await exited;
});

/** A control request as the page's own script sends it: same origin, JSON, the browser's cookies. */
async function postFromPage(page: Page, url: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([target, payload]) => (await fetch(target as string, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) })).status,
    [url, body] as const,
  );
}

async function expectViewer(page: Page, pagePath: string): Promise<void> {
  await page.goto(`${BASE}${pagePath}`);
  await expect(page.getByTestId('presenter-read-only')).toHaveText('Read-only: sign in as presenter to control.');
  await expect(page.locator('fieldset[data-read-only=true]')).toHaveAttribute('disabled', '');
}

async function signIn(page: Page): Promise<void> {
  await page.getByLabel('Presenter token').fill('not-the-token');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That is not the presenter token.' })).toBeVisible();
  await page.getByLabel('Presenter token').fill(TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('presenter-signed-in')).toBeVisible();
  await expect(page.getByTestId('presenter-read-only')).toHaveCount(0);
  await expect(page.locator('fieldset[data-read-only=false]')).not.toHaveAttribute('disabled');
}

test('offer console: 401 for a viewer, 200 once signed in, and the cookie is out of the script’s reach', async ({ page }) => {
  await expectViewer(page, '/offer');
  await expect(page.getByRole('button', { name: 'Reset' })).toBeDisabled();
  expect(await postFromPage(page, '/api/offer/settings', { paymentDelayMs: 3 })).toBe(401);
  await page.screenshot({ path: 'e2e/screenshots/presenter-read-only.png', fullPage: false });

  await signIn(page);
  expect(await page.evaluate(() => document.cookie)).not.toContain('showdown_presenter');
  await page.getByLabel('Payment delay').fill('4');
  const applied = page.waitForResponse((response) => response.url().endsWith('/api/offer/settings') && response.request().method() === 'POST');
  await page.getByRole('button', { name: 'Apply' }).click();
  expect((await applied).status()).toBe(200);
  await expect(page.getByTestId('applied-delay')).toContainText('In force: 4 ms');
  expect(await postFromPage(page, '/api/offer/settings', { paymentDelayMs: 30 })).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('presenter-read-only')).toBeVisible();
  expect(await postFromPage(page, '/api/offer/settings', { paymentDelayMs: 3 })).toBe(401);
});

test('lookup console: 401 for a viewer, 202 for a generate once signed in', async ({ page }) => {
  await expectViewer(page, '/lookup');
  await expect(page.getByTestId('generate-button')).toBeDisabled();
  expect(await postFromPage(page, '/api/lookup/generate', { purchases: 100, seed: 3 })).toBe(401);
  // The explorer outside the control area stays usable for viewers.
  await expect(page.getByTestId('explorer-random')).toBeEnabled();

  await signIn(page);
  await page.getByTestId('generate-size').fill('100');
  const started = page.waitForResponse((response) => response.url().endsWith('/api/lookup/generate'));
  await page.getByTestId('generate-button').click();
  expect((await started).status()).toBe(202);
  await expect(page.getByTestId('job-generate')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
});

test('runs console: 401 for a viewer, 202 for a run once signed in', async ({ page }) => {
  await expectViewer(page, '/runs');
  await expect(page.getByTestId('start-legacy')).toBeDisabled();
  expect(await postFromPage(page, '/api/runs', { targetId: 'order.legacy', settings: { model: 'closed', connections: 1, durationSeconds: 1 } })).toBe(401);

  await signIn(page);
  await page.getByRole('radio', { name: 'Limited offer (orders)' }).click();
  await page.getByRole('radio', { name: 'Duration' }).click();
  await page.locator('input[name=durationSeconds]').fill('1');
  const started = page.waitForResponse((response) => response.url().endsWith('/api/runs') && response.request().method() === 'POST');
  await page.getByTestId('start-legacy').click();
  expect((await started).status()).toBe(202);
  await expect(page.getByTestId('cancel-run')).toHaveCount(0, { timeout: 30_000 });
});
