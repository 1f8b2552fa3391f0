import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { makeFormat, type Format } from '../../i18n/format';

/** Helpers of the walkthrough e2e specs: locale, progress from the API, figures on the page, screenshots. */

export type Locale = 'en' | 'ko';

export async function useLocale(context: BrowserContext, baseURL: string, locale: Locale): Promise<Format> {
  await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL }]);
  return makeFormat(locale);
}

export interface StepDone {
  id: string;
  done: boolean;
}

export async function progressOf<T = { steps: StepDone[]; figures: Record<string, unknown>; startedAt: number }>(request: APIRequestContext, name: string): Promise<T> {
  const response = await request.get(`/api/walkthroughs/${name}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Waits for the step's completion check, as the page shows it (computed on the server from the data). */
export async function expectStepDone(page: Page, timeout = 60_000): Promise<void> {
  await expect(page.getByTestId('check')).toHaveAttribute('data-done', 'true', { timeout });
}

/** The attendee's figure: its raw value (from the API) and its text (formatted by the locale). */
export async function figure(page: Page, key: string): Promise<{ value: number; text: string }> {
  const cell = page.getByTestId(`fig-${key}`);
  await expect(cell).toBeVisible();
  return { value: Number(await cell.getAttribute('data-value')), text: (await cell.innerText()).trim() };
}

/** Every step in both sizes the issue asks for: a presenter's screen and a phone. */
export async function screenshotStep(page: Page, name: string, step: string, locale: Locale): Promise<void> {
  // Flat in e2e/screenshots/, which git ignores; one is copied to docs/ by hand.
  const prefix = `e2e/screenshots/walkthrough-${locale}-${name}-${step}`;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${prefix}-1920.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // Nothing may run off the right edge at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name}/${step} is wider than the phone`).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `${prefix}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
}

export async function goNext(page: Page, name: string, step: string): Promise<void> {
  await page.getByTestId('next').click();
  await expect(page).toHaveURL(new RegExp(`/walkthrough/${name}/${step}$`));
  await expect(page.getByTestId('walkthrough-step')).toHaveAttribute('data-step', step);
}
