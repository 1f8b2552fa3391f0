import { expect, test } from '@playwright/test';

test('home page shows every backend healthy with its engine and version', async ({ page }) => {
  await page.goto('/');
  for (const backend of ['relational', 'dynamodb', 'redis']) {
    await expect(page.getByTestId(`health-${backend}`)).toHaveAttribute('data-ok', 'true');
  }
  await expect(page.getByTestId('health-relational')).toContainText(/PostgreSQL|Oracle/);
  await expect(page.getByTestId('health-relational')).toContainText(/\d+\.\d+/);
  await expect(page.getByTestId('health-redis')).toContainText(/Redis|Valkey/);
  await expect(page.getByTestId('health-dynamodb')).toContainText(/dynalite|DynamoDB/);
  await expect(page.getByTestId('engine-badge')).toHaveText(/Legacy: PostgreSQL 18\./);
  await expect(page.getByRole('link', { name: /Purchase lookup/ }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Limited offer/ }).first()).toBeVisible();
  await page.screenshot({ path: 'e2e/screenshots/home.png', fullPage: true });
});
