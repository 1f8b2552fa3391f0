import { expect, test, type Page } from '@playwright/test';

async function resetTo(page: Page, stock: number) {
  await page.getByLabel('Stock (units of product 1)').fill(String(stock));
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Stock reset to ${stock.toLocaleString('en-US')}` })).toBeVisible();
  await expect(page.getByTestId('audit-initial')).toHaveText(stock.toLocaleString('en-US'));
}

async function fire(page: Page, path: 'legacy' | 'redis' | 'naive') {
  await page.getByTestId(`fire-${path}`).click();
  await expect(page.getByTestId(`burst-${path}`)).toHaveAttribute('data-status', 'finished', { timeout: 60_000 });
}

test('limited offer page: reset, bursts on each path, audit after each, code from the code', async ({ page }) => {
  await page.goto('/offer');
  await expect(page.getByRole('heading', { name: /Limited offer/ })).toBeVisible();

  // A fresh stack starts like the workshop after its purge: 3,000 in both stores, nothing sold.
  await expect(page.getByTestId('audit-panel')).toHaveAttribute('data-balanced', 'true');
  await expect(page.getByTestId('audit-initial')).toHaveText('3,000');

  // The code panels show the statements and scripts the code sends.
  await expect(page.getByTestId('code-legacy')).toContainText('SELECT QUANTITY FROM HOTDEAL_LIST WHERE PROD_ID = $1 FOR UPDATE');
  await expect(page.getByTestId('code-redis')).toContainText("redis.call('DECR', KEYS[1])");
  await expect(page.getByTestId('code-naive')).toContainText('GET prod-001-quantity');
  await expect(page.getByTestId('code-naive')).toContainText('DECR prod-001-quantity');

  await page.getByLabel('Payment delay').fill('0');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('applied-delay')).toContainText('In force: 0 ms');
  await page.getByLabel('Orders per burst').fill('300');
  await page.getByLabel('At once').fill('150');

  await resetTo(page, 200);
  await fire(page, 'legacy');
  await expect(page.getByTestId('burst-counts-legacy')).toHaveText(/ordered 200 · out of stock 100$/);
  await expect(page.getByTestId('audit-panel')).toHaveAttribute('data-balanced', 'true');
  await expect(page.getByTestId('audit-table')).toHaveText('0');

  await resetTo(page, 200);
  await fire(page, 'redis');
  await expect(page.getByTestId('burst-counts-redis')).toHaveText(/ordered 200 · out of stock 100$/);
  await expect(page.getByTestId('audit-panel')).toHaveAttribute('data-balanced', 'true');
  await expect(page.getByTestId('audit-redis')).toHaveText('0');
  await expect(page.getByTestId('audit-verdict')).toHaveText(/Books balance/);
  await page.screenshot({ path: 'e2e/screenshots/offer-light.png', fullPage: true });

  // 150 orders at once for 100 units: the naive path's GETs all read stock before any DECR.
  await resetTo(page, 100);
  await fire(page, 'naive');
  await expect(page.getByTestId('burst-counts-naive')).toContainText('oversold');
  await expect(page.getByTestId('audit-panel')).toHaveAttribute('data-balanced', 'false');
  await expect(page.getByTestId('audit-problems')).toContainText('sold beyond the initial stock of 100');
  expect(Number((await page.getByTestId('audit-oversold').innerText()).replace(/,/g, ''))).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Toggle light or dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.screenshot({ path: 'e2e/screenshots/offer-dark.png', fullPage: true });
  await page.screenshot({ path: 'e2e/screenshots/offer-dark-viewport.png' });

  // A bad value is refused with a readable message on the page, not sent.
  await page.getByLabel('Stock (units of product 1)').fill('-5');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByTestId('offer-error')).toContainText('Stock must be a whole number');
});

test('workshop routes answer text of constant width; control routes validate input', async ({ request }) => {
  const reset = await request.post('/api/offer/reset', { data: { stock: 1 } });
  expect(reset.status()).toBe(200);
  const sold = await request.get('/order-redis');
  expect(sold.status()).toBe(200);
  expect(await sold.text()).toBe('           0');
  const out = await request.get('/order-redis');
  expect(await out.text()).toBe('Out Of Stock');
  expect((await request.get('/order')).status()).toBe(200);
  expect(await (await request.get('/api/order/legacy')).json()).toEqual({ outcome: 'out_of_stock', remaining: 0 });

  const bad = await request.post('/api/offer/reset', { data: { stock: 'lots' } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: 'bad_request' } });
  expect((await request.post('/api/offer/settings', { data: { paymentDelayMs: -1 } })).status()).toBe(400);
  expect((await request.post('/api/offer/burst', { data: { path: 'teleport', requests: 1, concurrency: 1 } })).status()).toBe(400);
  expect((await request.get('/api/offer/audit?x=1')).status()).toBe(400);
  const audit = await (await request.get('/api/offer/audit')).json();
  expect(audit).toMatchObject({ initialStock: 1, remainingInTable: 0, remainingInRedis: 0, ordersRecorded: 2, unitsOversold: 1, balanced: false });
});
