import { describe, expect, it } from 'vitest';
import { negotiateLocale, pickLocale } from '@/i18n/locales';

describe('negotiateLocale', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', 'ko'],
    ['ko', 'ko'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['fr-FR,ko;q=0.5,en;q=0.4', 'ko'],
    ['en;q=0.3,ko;q=0.8', 'ko'],
    ['ko;q=0,en', 'en'],
    ['*', 'en'],
  ])('%s -> %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe('pickLocale', () => {
  it('prefers the cookie, ignores an unknown one', () => {
    expect(pickLocale('ko', 'en-US')).toBe('ko');
    expect(pickLocale('en', 'ko-KR')).toBe('en');
    expect(pickLocale('de', 'ko-KR')).toBe('ko');
    expect(pickLocale(undefined, undefined)).toBe('en');
  });
});
