import { AppError } from '@/lib/http/app-error';

/*
 * Thin mode converts text to whatever character set the database has, silently: on a WE8*
 * database every Korean name of the generator arrives as '¿' and no statement fails. So the
 * first connection reads the database's character sets and the app refuses to go on unless
 * VARCHAR2 can hold Korean.
 */

export const READ_CHARACTER_SETS = `SELECT PARAMETER, VALUE FROM NLS_DATABASE_PARAMETERS
WHERE PARAMETER IN ('NLS_CHARACTERSET', 'NLS_NCHAR_CHARACTERSET')`;

/** The database character set every table of the app (VARCHAR2 ... CHAR) needs. */
const REQUIRED_CHARACTER_SET = 'AL32UTF8';

export interface CharacterSets {
  /** NLS_CHARACTERSET: what VARCHAR2 and CLOB hold. */
  database: string | null;
  /** NLS_NCHAR_CHARACTERSET: what NVARCHAR2 holds (AL16UTF16 or UTF8, both Unicode). */
  national: string | null;
}

export function characterSetsFromRows(rows: readonly Record<string, unknown>[]): CharacterSets {
  const value = (name: string) => {
    const row = rows.find((r) => r.PARAMETER === name);
    return row?.VALUE === null || row?.VALUE === undefined ? null : String(row.VALUE);
  };
  return { database: value('NLS_CHARACTERSET'), national: value('NLS_NCHAR_CHARACTERSET') };
}

/**
 * Null when the database can hold the generator's Korean text, else the sentence to refuse
 * with. Only the database character set counts: the app's columns are VARCHAR2, so an
 * AL16UTF16 national character set (every database has a Unicode one) does not help them.
 */
export function characterSetRefusal(sets: CharacterSets): string | null {
  if (sets.database === REQUIRED_CHARACTER_SET) return null;
  return (
    `This Oracle database's character set is ${sets.database ?? 'unknown'} (national ${sets.national ?? 'unknown'}); db-showdown needs ${REQUIRED_CHARACTER_SET}, ` +
    `because its VARCHAR2 columns hold Korean text that any other character set turns into '¿' without an error. ` +
    `Use a database created with CHARACTER SET ${REQUIRED_CHARACTER_SET} (Oracle Database Free and Autonomous Database are), then restart the app.`
  );
}

/** The refusal as the error every Oracle request of this process answers with (503). */
export function characterSetError(sentence: string): AppError {
  return new AppError('unavailable', sentence, { reason: 'character_set' });
}

export function isCharacterSetError(error: unknown): boolean {
  return error instanceof AppError && error.details?.reason === 'character_set';
}
