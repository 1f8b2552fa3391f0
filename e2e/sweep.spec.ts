import { expect, test } from '@playwright/test';

/**
 * A concurrency sweep of the order paths started from the page: both curves drawn on one chart
 * (throughput and p95 for each side), one point per level and side, every level's books balanced,
 * the exports reachable.
 */

const LEVELS = [1, 4, 16];

test('a sweep from the UI draws both curves on one chart', async ({ page, request }) => {
  await page.goto('/sweeps');
  await page.locator('select[name=scenario]').selectOption('order');
  await page.locator('input[name=levels]').fill(LEVELS.join(', '));
  await page.locator('input[name=secondsPerLevel]').fill('2');
  await page.locator('input[name=stock]').fill('100000');
  await page.locator('input[name=thresholds]').fill('oversold = 0, errors = 0');
  await expect(page.getByTestId('sweep-description')).toContainText('3 levels');
  await page.getByTestId('start-sweep').click();

  const view = page.getByTestId('sweep-view');
  await expect(view).toHaveAttribute('data-status', 'running', { timeout: 10_000 });
  await expect(page.getByTestId('sweep-live')).toBeVisible({ timeout: 15_000 });
  await expect(view).toHaveAttribute('data-status', 'completed', { timeout: 90_000 });

  const chart = page.getByTestId('sweep-chart');
  await expect(chart).toHaveAttribute('data-legacy-points', String(LEVELS.length));
  await expect(chart).toHaveAttribute('data-modern-points', String(LEVELS.length));
  // Four lines drawn: throughput and p95 for each side.
  await expect(chart.locator('path.recharts-line-curve')).toHaveCount(4);
  await expect(page.getByTestId('sweep-point')).toHaveCount(LEVELS.length * 2);
  for (const cell of await page.getByTestId('sweep-point').all()) await expect(cell).toContainText(/balanced \(\d[\d,]* orders\)/);
  await expect(page.getByTestId('sweep-thresholds')).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('engine-notice')).toContainText(/PostgreSQL/);

  // No tooltip in the pictures.
  await page.mouse.move(0, 0);
  await view.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/sweep.png', fullPage: true });
  // Into the ignored e2e/screenshots/: a test run never changes a tracked file (docs/sweep.png is copied from it by hand).
  await chart.screenshot({ path: 'e2e/screenshots/sweep-chart.png' });

  const id = await view.getAttribute('data-sweep-id');
  const csv = await request.get(`/api/sweeps/${id}/export?format=csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).trim().split('\n')).toHaveLength(1 + LEVELS.length * 2);
  await expect(page.getByTestId('sweep-history-row').first()).toContainText('6 points');
});
