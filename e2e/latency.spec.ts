import { expect, test } from '@playwright/test';

const isLatencyRequest = (resolution: 'minute' | 'second', window: number) => (url: string) =>
  url.includes('/api/metrics/getitem') && url.includes(`window=${window}`) && url.includes(`resolution=${resolution}`);

test('GetItem latency panel: source label, windows, live view, and words instead of an empty chart', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'GetItem latency' }).click();
  await expect(page).toHaveURL(/\/latency$/);
  await expect(page.getByRole('heading', { name: 'GetItem latency', level: 1 })).toBeVisible();

  const panel = page.getByTestId('getitem-latency-panel');
  // The test profile runs on dynalite with CLOUDWATCH_ENABLED unset: the app's own timings, and it says so.
  await expect(panel.getByTestId('latency-source')).toHaveText('Measured by the app around each GetItem (emulator; not CloudWatch)');
  await expect(panel).toContainText('Emulator mode');
  await expect(panel).toContainText('refreshes every 5 s');

  // A fresh stack has performed no GetItem: a sentence, not an empty chart.
  const message = panel.getByTestId('getitem-message');
  await expect(message).toHaveAttribute('data-reason', 'no_data');
  await expect(message).toContainText('No GetItem has been timed by this server in the last 15 minutes');
  await expect(panel.getByTestId('latency-chart')).toHaveCount(0);
  await expect(panel.getByTestId('end-to-end-note')).toContainText(/End-to-end overlay: .+/);
  await expect(panel.getByTestId('stat-getitem-samples')).toHaveText('0');

  // Window switch asks the server for that window.
  const sixty = page.waitForResponse((response) => isLatencyRequest('minute', 60)(response.url()) && response.status() === 200);
  await panel.getByRole('button', { name: '60 min' }).click();
  await sixty;
  await expect(panel.getByRole('button', { name: '60 min' })).toHaveAttribute('aria-pressed', 'true');
  await expect(message).toContainText('in the last 60 minutes');

  // The live per-second view covers 15 minutes and asks again every second.
  let liveRequests = 0;
  page.on('request', (request) => {
    if (isLatencyRequest('second', 15)(request.url())) liveRequests += 1;
  });
  await panel.getByRole('button', { name: 'Per second (live)' }).click();
  await expect(panel.getByRole('button', { name: 'Per second (live)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: '15 min' })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('button', { name: '180 min' })).toBeDisabled();
  await expect(panel).toContainText('refreshes every 1 s');
  await expect.poll(() => liveRequests, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);

  await panel.getByRole('button', { name: 'Per minute' }).click();
  await expect(panel.getByRole('button', { name: '180 min' })).toBeEnabled();

  // The chart with real GetItems after a lookup run: e2e/lookup-showdown.spec.ts.
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/latency.png', fullPage: true });
});

test('GET /api/metrics/getitem answers bad input with 400 JSON', async ({ request }) => {
  const bad = await request.get('/api/metrics/getitem?window=7');
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'bad_request', message: expect.stringContaining('window') } });

  const good = await request.get('/api/metrics/getitem?window=180&resolution=minute');
  expect(good.status()).toBe(200);
  const body = (await good.json()) as { mode: string; window: number; getItem: { source: string; points: unknown[]; message?: { reason: string } } };
  expect(body).toMatchObject({ mode: 'emulator', window: 180, getItem: { source: 'app' } });
  expect(body.getItem.points.length > 0 || body.getItem.message?.reason === 'no_data').toBe(true);
});
