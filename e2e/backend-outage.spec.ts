import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The launcher writes the test stack's redis-server pid (and its start time) into its data folder (scripts/stack).
const offset = Number(process.env.STACK_PORT_OFFSET ?? 0);
const redisPid = () => Number(readFileSync(`.data/test${offset ? `-${offset}` : ''}/redis.pid`, 'utf8').trim().split(/\s+/)[0]);

test('a hung Redis turns its status card red within 2 s and green again when it recovers', async ({ page }) => {
  await page.goto('/');
  const card = page.getByTestId('health-redis');
  await expect(card).toHaveAttribute('data-ok', 'true');

  const pid = redisPid();
  process.kill(pid, 'SIGSTOP');
  try {
    await expect(card).toHaveAttribute('data-ok', 'false', { timeout: 2_000 });
    await expect(card).toContainText(/timed out|not reachable|closed|ECONN/i);
    await page.screenshot({ path: 'e2e/screenshots/home-redis-down.png' });
  } finally {
    process.kill(pid, 'SIGCONT');
  }
  await expect(card).toHaveAttribute('data-ok', 'true', { timeout: 5_000 });
});
