/** Oracle error numbers the adapters handle on purpose. */
export const ORA = {
  /** ORA-00001: unique constraint violated. */
  uniqueViolated: 1,
  /** ORA-00942: table or view does not exist. */
  tableMissing: 942,
  /** ORA-00955: name is already used by an existing object. */
  nameInUse: 955,
} as const;

/**
 * The ORA- number of a driver error: `errorNum` when the database raised it, else the number in
 * an "ORA-nnnnn" prefix of the message; null for anything else (NJS- driver errors included).
 */
export function oracleErrorNumber(error: unknown): number | null {
  const { errorNum, message } = (error ?? {}) as { errorNum?: unknown; message?: unknown };
  if (typeof errorNum === 'number' && errorNum > 0) return errorNum;
  const match = typeof message === 'string' ? /^ORA-(\d{5})/.exec(message) : null;
  return match ? Number(match[1]) : null;
}

export function isOracleError(error: unknown, ...numbers: number[]): boolean {
  const number = oracleErrorNumber(error);
  return number !== null && numbers.includes(number);
}
