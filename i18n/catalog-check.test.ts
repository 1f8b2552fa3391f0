import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCatalogs, placeholders } from '@/i18n/catalog-check';
import { loadMessages, MESSAGES_DIR } from '@/i18n/load-messages';
import { locales } from '@/i18n/locales';

describe('the shipped catalogs', () => {
  it('have one namespace file set per locale', () => {
    const files = locales.map((locale) => readdirSync(path.join(MESSAGES_DIR, locale)).filter((f) => f.endsWith('.json')).sort());
    for (const list of files.slice(1)) expect(list).toEqual(files[0]);
  });

  it('ko has exactly the keys and ICU placeholders of en', () => {
    const problems = compareCatalogs(loadMessages('en'), loadMessages('ko'), { reference: 'en', translation: 'ko' });
    expect(problems).toEqual([]);
  });

  it('loads every namespace file under its file name', () => {
    const en = loadMessages('en');
    expect(Object.keys(en)).toEqual(expect.arrayContaining(['common', 'errors']));
    expect(Object.keys(en).sort()).toEqual(readdirSync(path.join(MESSAGES_DIR, 'en')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort());
  });
});

describe('compareCatalogs', () => {
  const names = { reference: 'en', translation: 'ko' };

  it('accepts the same keys and placeholders in other words and other plural branches', () => {
    const en = { runs: { done: '{count, plural, one {# run} other {# runs}} by {name}', title: 'Runs' } };
    const ko = { runs: { done: '{name}님의 {count, plural, other {#개}} 실행', title: '실행' } };
    expect(compareCatalogs(en, ko, names)).toEqual([]);
  });

  it('reports a key missing on either side', () => {
    expect(compareCatalogs({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' }, names)).toEqual(['a.c: missing in ko', 'd: missing in en']);
  });

  it('reports a renamed, dropped or retyped placeholder', () => {
    expect(compareCatalogs({ m: 'Hello {name}' }, { m: '안녕하세요 {nmae}' }, names)).toEqual(['m: placeholders en [name:argument] vs ko [nmae:argument]']);
    expect(compareCatalogs({ m: '{n} of {total}' }, { m: '{n}개' }, names)).toHaveLength(1);
    expect(compareCatalogs({ m: '{n, number}' }, { m: '{n}' }, names)).toHaveLength(1);
  });

  it('looks inside plural branches and rich-text tags', () => {
    expect(placeholders('{n, plural, one {<b>#</b> by {who}} other {# by {who}}}')).toEqual(['b:tag', 'n:plural', 'who:argument']);
    expect(compareCatalogs({ m: '{n, plural, other {# by {who}}}' }, { m: '{n, plural, other {#}}' }, names)).toHaveLength(1);
  });

  it('reports invalid ICU and non-string leaves', () => {
    expect(compareCatalogs({ m: 'ok' }, { m: '{unclosed' }, names)[0]).toMatch(/^m: invalid ICU in ko/);
    expect(compareCatalogs({ m: 'ok' }, { m: 3 }, names)).toEqual(['ko m: not a string or an object', 'm: missing in ko']);
  });
});
