import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * A limited-offer showdown started from the browser: both live charts grow while their side
 * runs, the summary states the ratios, and the three exports download.
 */

const SIDE_SECONDS = 4;

async function points(page: Page, side: 'legacy' | 'modern'): Promise<number> {
  return Number(await page.getByTestId(`side-${side}`).getAttribute('data-points'));
}

/** Waits until the side's chart has at least `min` points while that side is still running. */
async function expectGrowingWhileRunning(page: Page, side: 'legacy' | 'modern'): Promise<number[]> {
  const seen: number[] = [];
  await expect(page.getByTestId(`side-${side}`)).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await expect.poll(() => points(page, side), { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
  seen.push(await points(page, side));
  await expect.poll(() => points(page, side), { timeout: 15_000 }).toBeGreaterThan(seen[0]!);
  seen.push(await points(page, side));
  return seen;
}

test('a fair order showdown grows two live charts, states the ratios and exports JSON, CSV and HTML', async ({ page }) => {
  await page.goto('/runs');
  await expect(page.getByTestId('live-connection')).toHaveText('Live');

  // Limited offer, closed model, a few seconds per side so the charts have time to grow.
  await page.getByRole('radio', { name: 'Limited offer (orders)' }).click();
  await page.getByRole('radio', { name: 'Closed (like ab)' }).click();
  await page.locator('input[name=connections]').fill('20');
  await page.getByRole('radio', { name: 'Duration' }).click();
  await page.locator('input[name=durationSeconds]').fill(String(SIDE_SECONDS));
  await page.locator('input[name=stock]').fill('100000');
  await expect(page.getByTestId('model-description')).toContainText(`Closed model: 20 connections, ${SIDE_SECONDS} s`);

  await page.getByTestId('start-showdown-fair').click();
  const showdown = page.getByTestId('live-showdown');
  await expect(showdown).toContainText('fair mode');

  const legacyGrowth = await expectGrowingWhileRunning(page, 'legacy');
  await page.screenshot({ path: 'e2e/screenshots/runs-showdown-legacy-live.png', fullPage: false });
  const modernGrowth = await expectGrowingWhileRunning(page, 'modern');
  await page.screenshot({ path: 'e2e/screenshots/runs-showdown-modern-live.png', fullPage: false });
  expect(legacyGrowth[1]).toBeGreaterThan(legacyGrowth[0]!);
  expect(modernGrowth[1]).toBeGreaterThan(modernGrowth[0]!);
  // Both charts share one y scale.
  for (const chart of ['rps', 'latency']) {
    const top = await page.getByTestId(`side-legacy-${chart}-chart`).getAttribute('data-y-max');
    expect(Number(top)).toBeGreaterThan(0);
    expect(await page.getByTestId(`side-modern-${chart}-chart`).getAttribute('data-y-max')).toBe(top);
  }

  // The summary with the ratios said plainly.
  const results = page.getByTestId('showdown-results');
  await expect(results).toBeVisible({ timeout: 30_000 });
  await expect(showdown).toHaveAttribute('data-status', 'completed');
  await expect(page.getByTestId('delta-throughput')).toContainText(/\d+(\.\d)?x/);
  await expect(page.getByTestId('delta-throughput')).toContainText(/the throughput|less throughput|about the same throughput/);
  await expect(page.getByTestId('delta-p95')).toContainText(/p95 [\d.,]+ m?s -> [\d.,]+ m?s/);
  const table = page.getByTestId('comparison-table');
  await expect(table).toContainText('Requests/s');
  await expect(table).toContainText('Oversold');
  await expect(results.locator('[data-testid^=distribution-]')).toHaveCount(2);
  await results.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'e2e/screenshots/runs-showdown-results.png', fullPage: true });

  // Exports of the pair: JSON with both runs, CSV per second, a self-contained HTML report.
  const pair = page.getByTestId('export-pair');
  const download = async (format: 'json' | 'csv' | 'html') => {
    const [file] = await Promise.all([page.waitForEvent('download'), pair.getByTestId(`download-${format}`).click()]);
    const target = `test-results/runs-export.${format}`;
    await file.saveAs(target);
    expect(file.suggestedFilename()).toMatch(new RegExp(`-vs-.*\\.${format}$`));
    return readFileSync(target, 'utf8');
  };
  const json = JSON.parse(await download('json')) as { runs: Array<{ targetId: string; status: string; seconds: unknown[] }>; comparison: { rows: unknown[] } };
  expect(json.runs.map((run) => run.targetId)).toEqual(['order.legacy', 'order.redis']);
  expect(json.runs.every((run) => run.status === 'completed' && run.seconds.length >= SIDE_SECONDS - 1)).toBe(true);
  expect(json.comparison.rows.length).toBeGreaterThan(5);
  const csv = (await download('csv')).trim().split('\n');
  expect(csv[0]).toMatch(/^run_id,target,second,end_time_utc/);
  expect(csv.length).toBeGreaterThan(2 * (SIDE_SECONDS - 1));
  const html = await download('html');
  expect(html).toContain('<svg');
  expect(html).not.toMatch(/(src|href)=["']?https?:/i);

  // The HTML report opens on its own, charts included.
  await page.setContent(html);
  await expect(page.locator('svg').first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/runs-html-report.png', fullPage: false });
});

test('presenter view in dark mode stays readable, and out-of-bounds settings are refused on the spot', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('/runs');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.locator('input[name=connections]').fill('5000');
  await expect(page.getByTestId('model-description')).toContainText('connections must be between 1 and 1,000');
  await expect(page.getByTestId('start-showdown-fair')).toBeDisabled();
  await page.locator('input[name=connections]').fill('150');
  await expect(page.getByTestId('start-showdown-fair')).toBeEnabled();

  await page.getByTestId('presenter-toggle').click();
  await expect(page.getByRole('heading', { name: 'Run history' })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/runs-presenter-dark.png', fullPage: false });
});
