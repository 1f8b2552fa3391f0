import { expect, test } from '@playwright/test';

const PURCHASES = 2_000;

test('generate, build staging, migrate with validation, then explore a purchase three ways', async ({ page }) => {
  await page.goto('/lookup');
  await expect(page.getByRole('heading', { name: 'Purchase lookup' })).toBeVisible();

  await page.getByTestId('generate-size').fill(String(PURCHASES));
  await page.getByTestId('generate-button').click();
  await expect(page.getByTestId('job-generate')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(page.getByTestId('count-purchase')).not.toHaveText('—');
  await expect(page.getByTestId('job-generate')).toContainText(`${PURCHASES.toLocaleString('en-US')} purchases`);

  await page.getByTestId('staging-button').click();
  await expect(page.getByTestId('job-staging')).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(page.getByTestId('count-staging')).toHaveText(PURCHASES.toLocaleString('en-US'));

  await page.getByTestId('migrate-button').click();
  await expect(page.getByTestId('job-migrate')).toHaveAttribute('data-status', 'succeeded', { timeout: 90_000 });
  const validation = page.getByTestId('validation');
  await expect(validation).toHaveAttribute('data-passed', 'true');
  await expect(page.getByTestId('validation-source-rows')).toHaveText(PURCHASES.toLocaleString('en-US'));
  await expect(page.getByTestId('validation-target-items')).toHaveText(PURCHASES.toLocaleString('en-US'));
  await expect(page.getByTestId('validation-mismatches')).toHaveText('0');
  await expect(page.getByTestId('count-dynamodb')).toHaveText(PURCHASES.toLocaleString('en-US'));
  await expect(page.getByRole('progressbar', { name: 'migrate progress' })).toHaveAttribute('aria-valuenow', '100');

  // A random purchase, then the same one typed in.
  await page.getByTestId('explorer-random').click();
  const joined = page.getByTestId('pane-joined');
  await expect(joined.locator('tbody tr').first()).toBeVisible();
  const customerId = await page.getByTestId('explorer-customer').inputValue();
  const purchaseId = await page.getByTestId('explorer-purchase').inputValue();
  expect(customerId).toMatch(/^\d+$/);
  expect(purchaseId).toMatch(/^\d+$/);

  await page.getByTestId('explorer-customer').fill(customerId);
  await page.getByTestId('explorer-purchase').fill(purchaseId);
  await page.getByTestId('explorer-lookup').click();
  const lines = await joined.locator('tbody tr').count();
  expect(lines).toBeGreaterThanOrEqual(1);
  expect(lines).toBeLessThanOrEqual(3);
  await expect(joined.locator('tbody tr').first()).toContainText(purchaseId);
  await expect(page.getByTestId('pane-staging')).toContainText('PURCHASE_DYNAMODB_FORMAT');
  await expect(page.getByTestId('pane-staging')).toContainText(`PURCHASE_ID${purchaseId}`);
  const item = page.getByTestId('pane-dynamodb').locator('pre');
  await expect(item).toContainText(`"customer_id": {"S":"${customerId}"}`);
  await expect(item).toContainText(`"purchase_id": {"S":"${purchaseId}"}`);
  await expect(item).toContainText('"purchase_details"');
  await expect(item).toContainText('"SELLER_TEL_NUMBER_3"');
  await page.screenshot({ path: 'e2e/screenshots/lookup-light.png', fullPage: true });

  await page.getByRole('button', { name: 'Toggle light or dark theme' }).click();
  await page.screenshot({ path: 'e2e/screenshots/lookup-dark.png', fullPage: true });

  // Errors show in the page: a malformed id and an unknown purchase.
  await page.getByTestId('explorer-purchase').fill('abc');
  await page.getByTestId('explorer-lookup').click();
  await expect(page.getByTestId('explorer-error')).toContainText('purchaseId');
  await page.getByTestId('explorer-purchase').fill(String(PURCHASES + 1));
  await page.getByTestId('explorer-lookup').click();
  await expect(page.getByTestId('pane-joined')).toContainText('No such purchase');
  await expect(page.getByTestId('pane-dynamodb')).toContainText('No item');
});
