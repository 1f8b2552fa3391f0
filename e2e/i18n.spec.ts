import { expect, test, type Page } from '@playwright/test';

/** Every page with a heading only the Korean catalog has. */
const koreanPages: Array<{ path: string; heading: string }> = [
  { path: '/', heading: '레거시 관계형 DB와 목적형 DB, 실시간 비교' },
  { path: '/lookup', heading: '구매내역 조회' },
  { path: '/offer', heading: '한정 판매: 인기 상품 하나, 모두가 동시에 구매' },
  { path: '/runs', heading: '부하 테스트' },
  { path: '/latency', heading: 'GetItem 지연 시간' },
];

const lang = (page: Page) => page.locator('html').getAttribute('lang');

test('English by default; the header switch turns every page Korean, and the choice survives a reload', async ({ page }) => {
  await page.goto('/');
  expect(await lang(page)).toBe('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legacy relational vs. purpose-built, live');

  await page.getByTestId('locale-switch').getByRole('button', { name: '한국어' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(koreanPages[0]!.heading);
  await expect(page.getByTestId('locale-switch').getByRole('button', { name: '한국어' })).toHaveAttribute('aria-pressed', 'true');
  // Client components re-render in Korean too: the status strip and the engine badge.
  await expect(page.getByTestId('health-relational')).toContainText('정상');
  await expect(page.getByTestId('engine-badge')).toHaveText(/^레거시: PostgreSQL 18\./);

  await page.reload();
  expect(await lang(page)).toBe('ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(koreanPages[0]!.heading);

  for (const { path, heading } of koreanPages) {
    await page.goto(path);
    expect(await lang(page)).toBe('ko');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '한정 판매' })).toBeVisible();
  }

  // Numbers and durations by the locale: the workshop's DMS figure, and the latency panel's refresh.
  await page.goto('/lookup');
  await expect(page.getByTestId('job-migrate')).toContainText('100,000행에 14분 43초');
  await page.goto('/latency');
  await expect(page.getByTestId('getitem-latency-panel')).toContainText('초마다 새로 고침');
  await expect(page.getByTestId('getitem-latency-panel').getByRole('button', { name: '60분' })).toBeVisible();

  // A server error is translated by its code (bad_request), the server's English detail after it.
  await page.goto('/lookup');
  await page.getByTestId('explorer-customer').fill('1');
  await page.getByTestId('explorer-purchase').fill('abc');
  await page.getByTestId('explorer-lookup').click();
  await expect(page.getByTestId('explorer-error')).toContainText('요청을 처리할 수 없습니다.');
  await expect(page.getByTestId('explorer-error')).toContainText('purchaseId');

  // A form check in Korean, with the bounds formatted by the locale.
  await page.goto('/offer');
  await page.getByLabel('재고 (1번 상품 수량)').fill('-5');
  await page.getByRole('button', { name: '초기화' }).click();
  await expect(page.getByTestId('offer-error')).toContainText('재고 값은 0에서 1,000,000 사이의 정수여야 합니다.');

  // And back to English.
  await page.getByTestId('locale-switch').getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Limited offer: one hot item, everyone buying at once');
});

test('a browser that prefers Korean gets Korean without a cookie', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ko-KR', extraHTTPHeaders: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' } });
  const page = await context.newPage();
  await page.goto('/runs');
  expect(await lang(page)).toBe('ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('부하 테스트');
  await expect(page.getByTestId('model-description')).toContainText('닫힌 모델: 연결 150개, 요청 3,000건');
  await context.close();
});

test('every page fits a phone in Korean: nothing runs off the right edge', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ko-KR' });
  const page = await context.newPage();
  for (const { path, heading } of koreanPages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is ${overflow}px wider than the phone`).toBeLessThanOrEqual(0);
    // The last link of the navigation is on screen, not cut off.
    const box = await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: 'GetItem 지연 시간' }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
  await page.goto('/');
  await page.screenshot({ path: 'e2e/screenshots/home-ko-phone.png', fullPage: true });
  await context.close();
});
