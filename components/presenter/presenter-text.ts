import en from '@/messages/en/presenter.json';

/**
 * The presenter strings, English for now. A stand-in until the i18n catalogs (next-intl) are on
 * this branch: swap it for `useTranslations('presenter')`; the keys are the same in
 * messages/en/presenter.json and messages/ko/presenter.json.
 */
export type PresenterTextKey = keyof typeof en;

export function presenterText(key: PresenterTextKey): string {
  return en[key];
}
