import { describe, expect, it } from 'vitest';
import { makeFormat } from '@/i18n/format';

const en = makeFormat('en', 'UTC');
const ko = makeFormat('ko', 'UTC');

describe('makeFormat', () => {
  it('groups whole numbers in both locales and marks missing values', () => {
    expect(en.count(100000)).toBe('100,000');
    expect(ko.count(100000)).toBe('100,000');
    expect(en.count(null)).toBe('—');
    expect(en.count(Number.NaN)).toBe('—');
  });

  it('writes durations in each language', () => {
    expect(en.duration(883_000)).toBe('14 min 43 s');
    expect(ko.duration(883_000)).toBe('14분 43초');
    expect(en.duration(12_340)).toBe('12.3 s');
    expect(ko.duration(12_340)).toBe('12.3초');
    expect(ko.duration(420)).toBe('420 ms');
    // 59.6 s rounds to a whole minute, never "0 min 60 s".
    expect(en.duration(119_600)).toBe('2 min 0 s');
  });

  it('keeps milliseconds technical and switches to seconds at 1,000', () => {
    expect(en.ms(0.42)).toBe('0.42 ms');
    expect(ko.ms(1.94)).toBe('1.9 ms');
    expect(en.ms(231.4)).toBe('231 ms');
    expect(en.ms(1234)).toBe('1.23 s');
    expect(ko.ms(1234)).toBe('1.23초');
  });

  it('formats dates by the locale', () => {
    const t = Date.UTC(2026, 11, 1, 22, 5, 9);
    const spaced = (text: string) => text.replace(/\s/g, ' ');
    expect(spaced(en.dateTime(t))).toBe('Dec 1, 2026, 10:05:09 PM');
    // Node's bundled ICU may lack Korean day periods (PM); Chromium writes 오후.
    expect(spaced(ko.dateTime(t))).toMatch(/^2026\. 12\. 1\. (오후|PM) 10:05:09$/);
  });

  it('rates and ratios', () => {
    expect(en.rate(42.26)).toBe('42.3');
    expect(en.rate(1234.4)).toBe('1,234');
    expect(en.ratio(3.94)).toBe('3.9x');
    expect(en.ratio(12.4)).toBe('12x');
    expect(en.percent(0.1234)).toBe('12.3%');
  });
});
