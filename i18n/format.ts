/**
 * Numbers, durations and clock times in the visitor's locale, for client components (through
 * useFormat) and tests. Technical units stay as engineers write them ("ms", "req/s"); seconds and
 * minutes are words in Korean (초, 분). Client-safe.
 */

const unitWords = {
  en: { second: ' s', minute: ' min', join: ' ' },
  ko: { second: '초', minute: '분', join: ' ' },
} as const;

type UnitLocale = keyof typeof unitWords;
const words = (locale: string) => unitWords[(locale in unitWords ? locale : 'en') as UnitLocale];

export interface Format {
  locale: string;
  /** Whole numbers with grouping; '—' for a missing value. */
  count(value: number | null | undefined): string;
  /** Exactly `digits` decimals. */
  decimal(value: number, digits: number): string;
  /** Milliseconds at a precision a presenter can read: 0.42 ms, 1.9 ms, 231 ms, 1.23 s. */
  ms(value: number | null | undefined): string;
  /** Seconds: 2.05 s below ten, 12.3 s above. */
  seconds(value: number | null | undefined): string;
  /** A span of time: 840 ms, 12.3 s, 14 min 43 s (ko: 12.3초, 14분 43초). */
  duration(ms: number | null | undefined): string;
  /** Requests per second: one decimal below 100. */
  rate(value: number | null | undefined): string;
  /** "3.9x", "12x". */
  ratio(value: number | null | undefined): string;
  /** A share 0..1 as a percentage with `digits` decimals. */
  percent(fraction: number, digits?: number): string;
  /** Clock time of day, in the browser's zone unless `timeZone` is given. */
  time(value: number | string | null | undefined): string;
  /** Date and time, medium length. */
  dateTime(value: number | string | null | undefined): string;
}

const DASH = '—';
const missing = (value: unknown): value is null | undefined => value === null || value === undefined;

export function makeFormat(locale: string, timeZone?: string): Format {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const fixed = new Map<number, Intl.NumberFormat>();
  const decimal = (value: number, digits: number) => {
    let format = fixed.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
      fixed.set(digits, format);
    }
    return format.format(value);
  };
  const w = words(locale);
  const secondsText = (seconds: number) => `${seconds < 10 ? decimal(seconds, 2) : decimal(seconds, 1)}${w.second}`;
  const timeFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'medium', timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone });
  const toDate = (value: number | string) => new Date(value);

  return {
    locale,
    count: (value) => (missing(value) || !Number.isFinite(value) ? DASH : integer.format(Math.round(value))),
    decimal,
    ms: (value) => {
      if (missing(value) || !Number.isFinite(value)) return DASH;
      if (value === 0) return '0 ms';
      if (value < 1) return `${decimal(value, 2)} ms`;
      if (value < 10) return `${decimal(value, 1)} ms`;
      if (value < 1000) return `${integer.format(Math.round(value))} ms`;
      return secondsText(value / 1000);
    },
    seconds: (value) => (missing(value) || !Number.isFinite(value) ? DASH : secondsText(value)),
    duration: (ms) => {
      if (missing(ms) || !Number.isFinite(ms)) return DASH;
      if (ms < 1_000) return `${integer.format(Math.round(ms))} ms`;
      const seconds = ms / 1_000;
      if (seconds < 60) return `${decimal(seconds, 1)}${w.second}`;
      const whole = Math.round(seconds);
      return `${integer.format(Math.floor(whole / 60))}${w.minute}${w.join}${integer.format(whole % 60)}${w.second}`;
    },
    rate: (value) => (missing(value) || !Number.isFinite(value) ? DASH : value < 100 ? decimal(value, 1) : integer.format(Math.round(value))),
    ratio: (value) => (missing(value) || !Number.isFinite(value) ? DASH : value >= 10 ? `${integer.format(Math.round(value))}x` : `${decimal(value, 1)}x`),
    percent: (fraction, digits = 1) => `${decimal(fraction * 100, digits)}%`,
    time: (value) => (missing(value) ? DASH : timeFormat.format(toDate(value))),
    dateTime: (value) => (missing(value) ? DASH : dateTimeFormat.format(toDate(value))),
  };
}
