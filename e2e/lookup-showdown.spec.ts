import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * A purchase-lookup showdown from the browser on freshly migrated data, then the GetItem latency
 * panel: the DynamoDB side's GetItems, timed by the server, sit on one chart with the end-to-end p95.
 */

const PURCHASES = 1_000;
const REQUESTS_PER_SIDE = 600;

async function runLookupJob(request: APIRequestContext, kind: 'generate' | 'staging' | 'migrate', body: object): Promise<void> {
  const started = await request.post(`/api/lookup/${kind}`, { data: body });
  expect(started.status(), await started.text()).toBe(202);
  await expect
    .poll(async () => ((await (await request.get('/api/lookup/jobs')).json()) as { jobs: Record<string, { status: string } | null> }).jobs[kind]?.status, {
      timeout: 90_000,
    })
    .toBe('succeeded');
}

test('a fair lookup showdown on migrated data, then GetItem and end-to-end latency on one chart', async ({ page, request }) => {
  await runLookupJob(request, 'generate', { purchases: PURCHASES, seed: 11 });
  await runLookupJob(request, 'staging', {});
  await runLookupJob(request, 'migrate', { mode: 'restart' });

  await page.goto('/runs');
  await expect(page.getByTestId('live-connection')).toHaveText('Live');
  await page.getByRole('radio', { name: 'Purchase lookup' }).click();
  await page.getByRole('radio', { name: 'Closed (like ab)' }).click();
  await page.locator('input[name=connections]').fill('10');
  await page.getByRole('radio', { name: 'Requests' }).click();
  await page.locator('input[name=amount]').fill(String(REQUESTS_PER_SIDE));
  await page.getByTestId('start-showdown-fair').click();

  const results = page.getByTestId('showdown-results');
  await expect(results).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('live-showdown')).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('delta-throughput')).toContainText(/\d+(\.\d)?x/);
  await expect(page.getByTestId('delta-p95')).toContainText(/p95 [\d.,]+ m?s -> [\d.,]+ m?s/);
  await expect(page.getByTestId('comparison-table')).toContainText('Requests/s');
  await results.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/lookup-showdown-results.png', fullPage: true });

  // Both sides answered every request (a lookup of a migrated purchase never fails).
  const runs = (await (await request.get('/api/runs')).json()) as { runs: Array<{ targetId: string; status: string; summary?: { requests?: number; failed?: number } }> };
  const dynamoRun = runs.runs.find((run) => run.targetId === 'lookup.dynamodb');
  expect(dynamoRun?.status).toBe('completed');

  await page.goto('/latency');
  const panel = page.getByTestId('getitem-latency-panel');
  await expect(panel.getByTestId('latency-chart')).toBeVisible({ timeout: 15_000 });
  // Every request of the DynamoDB side performed one GetItem, timed by the server (migration
  // validation reads with BatchGetItem, so it adds none).
  await expect
    .poll(async () => Number((await panel.getByTestId('stat-getitem-samples').textContent())?.replaceAll(',', '')), { timeout: 15_000 })
    .toBeGreaterThanOrEqual(REQUESTS_PER_SIDE);
  await expect(panel.getByTestId('end-to-end-note')).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/latency-after-lookup-run.png', fullPage: true });
});
