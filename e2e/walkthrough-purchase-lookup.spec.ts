import { expect, test } from '@playwright/test';
import { expectStepDone, figure, goNext, progressOf, screenshotStep, useLocale, type Locale } from './support/walkthrough';

/**
 * The purchase-lookup walkthrough from its first step to its last, once in Korean and once in
 * English, on the real embedded stack: small data (1,000 purchases) and short loads (3 s), but
 * every step's action really runs and every completion check is the server's, read from the data.
 */

const NAME = 'purchase-lookup';
const PURCHASES = 1_000;

interface LookupProgress {
  startedAt: number;
  steps: { id: string; done: boolean }[];
  figures: {
    data: { purchases: number } | null;
    staging: { rows: number } | null;
    migration: { items: number | null; rowsDone: number } | null;
    legacyRun: { id: string; p95: number; completed: number } | null;
    dynamodbRun: { id: string; p95: number; completed: number } | null;
    getItem: { runId: string; averageMs: number | null; samples: number; endToEndP95Ms: number } | null;
  };
}

const headings: Record<Locale, { first: string; summary: string }> = {
  en: { first: 'Look at the legacy data', summary: 'Your figures' },
  ko: { first: '레거시 데이터 확인', summary: '내 결과 요약' },
};

for (const locale of ['ko', 'en'] as const) {
  test(`purchase lookup walkthrough, first step to last (${locale})`, async ({ page, context, request, baseURL }) => {
    test.setTimeout(300_000);
    const format = await useLocale(context, baseURL!, locale);
    const shots = locale === 'ko';
    page.on('dialog', (dialog) => void dialog.accept());

    // Start from a clean walkthrough: its DynamoDB table goes, its clock restarts.
    expect((await request.post(`/api/walkthroughs/${NAME}/start-over`, { data: {} })).status()).toBe(200);

    await page.goto('/walkthrough');
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await page.getByTestId(`start-${NAME}`).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(headings[locale].first);

    // 1. Legacy data: generate, then the join of one purchase as the engine returns it.
    await page.getByTestId('input-purchases').fill(String(PURCHASES));
    await page.getByTestId('primary-action').click();
    // Data from an earlier spec may already mark the step done: wait for this generate's own count.
    await expect
      .poll(async () => (await (await request.get('/api/lookup/status')).json()).relational.counts.purchases, { timeout: 60_000 })
      .toBe(PURCHASES);
    // The join shown is of a purchase sampled when the page loaded; a fresh load samples the new data.
    await page.reload();
    await expectStepDone(page);
    await expect(page.getByTestId('joined-rows')).toHaveAttribute('data-rows', /^[1-9]/, { timeout: 15_000 });
    await expect(page.getByTestId('fig-purchases')).toHaveAttribute('data-value', String(PURCHASES), { timeout: 15_000 });
    const purchases = await figure(page, 'purchases');
    expect(purchases.value).toBe(PURCHASES);
    expect(purchases.text).toBe(format.count(PURCHASES));
    const lines = await figure(page, 'lines');
    expect(lines.value).toBe(Number(await page.getByTestId('joined-rows').getAttribute('data-rows')));
    expect(lines.value).toBeGreaterThanOrEqual(1);
    expect(lines.value).toBeLessThanOrEqual(3);
    if (shots) await screenshotStep(page, NAME, 'legacy-data', locale);

    // 2. Staging: one pivoted row per purchase.
    await goNext(page, NAME, 'staging');
    await expect(page.getByTestId('check')).toHaveAttribute('data-done', 'false');
    await page.getByTestId('primary-action').click();
    await expectStepDone(page);
    const stagingRows = await figure(page, 'staging-rows');
    expect(stagingRows.value).toBe(PURCHASES);
    expect((await (await request.get('/api/lookup/status')).json()).relational.counts.staging).toBe(PURCHASES);
    await expect(page.getByTestId('pivot-row')).toContainText('PURCHASE_ID');
    if (shots) await screenshotStep(page, NAME, 'staging', locale);

    // 3. Migrate: the row count shown is DynamoDB's own item count.
    await goNext(page, NAME, 'migrate');
    await page.getByTestId('primary-action').click();
    await expectStepDone(page, 120_000);
    const items = await figure(page, 'items');
    const recount = await (await request.get('/api/lookup/status?recount=1')).json();
    expect(recount.dynamodb.items).toBe(PURCHASES);
    expect(items.value).toBe(recount.dynamodb.items);
    expect(items.text).toBe(format.count(recount.dynamodb.items));
    await expect(page.getByTestId('validation')).toHaveAttribute('data-passed', 'true');
    await expect(page.getByTestId('validation-target')).toHaveText(format.count(PURCHASES));
    await expect(page.getByTestId('migrated-item')).toContainText('"purchase_details"');
    if (shots) await screenshotStep(page, NAME, 'migrate', locale);

    // 4. and 5. The two loads: the p95 shown is the run's own, from the run history.
    for (const [step, target, key] of [
      ['legacy-load', 'lookup.relational', 'p95-legacy'],
      ['dynamodb-load', 'lookup.dynamodb', 'p95-dynamodb'],
    ] as const) {
      await goNext(page, NAME, step);
      await page.getByTestId('input-users').fill('2');
      await page.getByTestId('input-seconds').fill('3');
      await page.getByTestId('primary-action').click();
      await expect(page.getByTestId('live-run')).toBeVisible({ timeout: 15_000 });
      await expectStepDone(page);
      const progress = await progressOf<LookupProgress>(request, NAME);
      const run = step === 'legacy-load' ? progress.figures.legacyRun! : progress.figures.dynamodbRun!;
      const record = await (await request.get(`/api/runs/${run.id}`)).json();
      expect(record.targetId).toBe(target);
      expect(record.status).toBe('completed');
      expect(record.summary.failed).toBe(0);
      const p95 = await figure(page, key);
      expect(p95.value).toBe(record.summary.latency.p95);
      expect(p95.text).toBe(format.ms(record.summary.latency.p95));
      if (shots) await screenshotStep(page, NAME, step, locale);
    }

    // 6. GetItem: the DynamoDB run's GetItems were timed by the server.
    await goNext(page, NAME, 'getitem');
    await expectStepDone(page, 15_000);
    const progress = await progressOf<LookupProgress>(request, NAME);
    expect(progress.figures.getItem!.runId).toBe(progress.figures.dynamodbRun!.id);
    const samples = await figure(page, 'getitem-samples');
    expect(samples.value).toBe(progress.figures.getItem!.samples);
    // Every request of the run did one GetItem (validation reads with BatchGetItem).
    expect(samples.value).toBeGreaterThanOrEqual(progress.figures.dynamodbRun!.completed);
    expect((await figure(page, 'getitem-e2e')).value).toBe(progress.figures.dynamodbRun!.p95);
    await expect(page.getByTestId('getitem-source')).toHaveAttribute('data-source', 'app');
    if (shots) await screenshotStep(page, NAME, 'getitem', locale);

    // 7. Summary: the attendee's own figures, each the measured one.
    await goNext(page, NAME, 'summary');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(headings[locale].summary);
    await expectStepDone(page, 15_000);
    expect((await figure(page, 'sum-purchases')).value).toBe(PURCHASES);
    expect((await figure(page, 'sum-legacy-p95')).value).toBe(progress.figures.legacyRun!.p95);
    expect((await figure(page, 'sum-dynamodb-p95')).value).toBe(progress.figures.dynamodbRun!.p95);
    expect((await progressOf<LookupProgress>(request, NAME)).steps.every((s) => s.done)).toBe(true);
    if (shots) await screenshotStep(page, NAME, 'summary', locale);

    // Progress comes from the data: a second browser sees every step done.
    const other = await context.browser()!.newContext();
    await other.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
    const second = await other.newPage();
    await second.goto(`${baseURL}/walkthrough/${NAME}/migrate`);
    await expect(second.getByTestId('check')).toHaveAttribute('data-done', 'true');
    await expect(second.getByTestId('step-link-summary')).toHaveAttribute('data-done', 'true');
    await other.close();

    // Start over undoes what the walkthrough made: the table is gone, the steps are open again.
    await page.getByTestId('start-over').first().click();
    await expect(page).toHaveURL(new RegExp(`/walkthrough/${NAME}/legacy-data$`));
    await expect
      .poll(async () => (await progressOf<LookupProgress>(request, NAME)).steps.filter((s) => s.done).map((s) => s.id), { timeout: 15_000 })
      .toEqual(['legacy-data']);
  });
}
