import { expect, test, type APIRequestContext } from '@playwright/test';

/** The "why" panel on the lookup page, on freshly migrated data: both sides' cost of one lookup, and the emulator named. */

async function runLookupJob(request: APIRequestContext, kind: 'generate' | 'staging' | 'migrate', body: object): Promise<void> {
  const started = await request.post(`/api/lookup/${kind}`, { data: body });
  expect(started.status(), await started.text()).toBe(202);
  await expect
    .poll(async () => ((await (await request.get('/api/lookup/jobs')).json()) as { jobs: Record<string, { status: string } | null> }).jobs[kind]?.status, { timeout: 90_000 })
    .toBe('succeeded');
}

test('the cost panel shows the join’s buffers and GetItem’s read units, and names the emulator', async ({ page, request }) => {
  await runLookupJob(request, 'generate', { purchases: 1_000, seed: 3 });
  await runLookupJob(request, 'staging', {});
  await runLookupJob(request, 'migrate', { mode: 'restart' });
  await page.goto('/lookup');
  const panel = page.getByTestId('request-cost-panel');
  await expect(panel.getByTestId('cost-read-units')).toHaveText('0.50', { timeout: 20_000 });
  expect(Number(await panel.getByTestId('cost-buffer-hits').textContent())).toBeGreaterThan(0);
  await expect(panel.getByTestId('engine-emulator-modern')).toContainText('dynalite');
  await expect(panel.getByTestId('cost-per-million')).toContainText('$0.0625');
  await page.mouse.move(0, 0);
  await panel.screenshot({ path: 'e2e/screenshots/lookup-cost-panel.png' });
});
