import { describe, expect, it } from 'vitest';
import { characterSetError, characterSetRefusal, characterSetsFromRows, isCharacterSetError, READ_CHARACTER_SETS } from '@/lib/db/oracle/character-set';
import { toErrorResponse } from '@/lib/http/to-error-response';

const rows = (database: string, national: string) => [
  { PARAMETER: 'NLS_CHARACTERSET', VALUE: database },
  { PARAMETER: 'NLS_NCHAR_CHARACTERSET', VALUE: national },
];

describe('the database character set, checked at the first connection', () => {
  it('reads both character sets from NLS_DATABASE_PARAMETERS (readable by every user)', () => {
    expect(READ_CHARACTER_SETS).toMatch(/^SELECT PARAMETER, VALUE FROM NLS_DATABASE_PARAMETERS\nWHERE PARAMETER IN \('NLS_CHARACTERSET', 'NLS_NCHAR_CHARACTERSET'\)$/);
    expect(characterSetsFromRows(rows('AL32UTF8', 'AL16UTF16'))).toEqual({ database: 'AL32UTF8', national: 'AL16UTF16' });
    expect(characterSetsFromRows([])).toEqual({ database: null, national: null });
  });

  it('accepts AL32UTF8, whatever the national character set', () => {
    expect(characterSetRefusal({ database: 'AL32UTF8', national: 'AL16UTF16' })).toBeNull();
    expect(characterSetRefusal({ database: 'AL32UTF8', national: 'UTF8' })).toBeNull();
  });

  it('refuses a WE8 or KO16 database, even with an AL16UTF16 national set, naming both and the fix', () => {
    for (const database of ['WE8MSWIN1252', 'WE8ISO8859P1', 'US7ASCII', 'KO16MSWIN949', 'UTF8']) {
      const refusal = characterSetRefusal({ database, national: 'AL16UTF16' });
      expect(refusal).toContain(`character set is ${database} (national AL16UTF16)`);
      expect(refusal).toMatch(/needs AL32UTF8/);
      expect(refusal).toMatch(/'¿' without an error/);
    }
    expect(characterSetRefusal({ database: null, national: null })).toMatch(/is unknown \(national unknown\)/);
  });

  it('answers every request with the refusal as a 503, reason character_set', () => {
    const error = characterSetError(characterSetRefusal({ database: 'WE8MSWIN1252', national: 'AL16UTF16' })!);
    expect(isCharacterSetError(error)).toBe(true);
    expect(isCharacterSetError(new Error('x'))).toBe(false);
    expect(toErrorResponse(error)).toMatchObject({ status: 503, body: { error: { code: 'unavailable', reason: 'character_set', message: expect.stringMatching(/WE8MSWIN1252/) } } });
  });
});
