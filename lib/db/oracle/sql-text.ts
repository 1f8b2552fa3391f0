/*
 * Pieces of Oracle SQL text that several statements share. Only identifiers and fixed format
 * models are ever put into SQL text; values always travel as bind variables.
 */

/** An ISO-8601 instant in UTC with milliseconds, as Date.prototype.toISOString writes it. */
const ISO_UTC_FORMAT = `'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"'`;

/** SQL for a TIMESTAMP WITH TIME ZONE expression read back as an ISO string, e.g. 2022-03-06T01:02:03.456Z. */
export function isoTextOf(expression: string): string {
  return `TO_CHAR(SYS_EXTRACT_UTC(${expression}), ${ISO_UTC_FORMAT})`;
}

/** SQL for a bind holding an ISO string, as TIMESTAMP WITH TIME ZONE in UTC. */
export function timestampFromIso(bindName: string): string {
  return `FROM_TZ(TO_TIMESTAMP(:${bindName}, ${ISO_UTC_FORMAT}), '+00:00')`;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Refuses anything timestampFromIso could not parse, before it reaches the database. */
export function assertIsoUtc(value: string, what: string): string {
  if (!ISO_UTC.test(value)) throw new RangeError(`${what} must be an ISO instant like 2022-03-06T01:02:03.456Z, got ${JSON.stringify(value)}`);
  return value;
}

const IDENTIFIER = /^[A-Z][A-Z0-9_]{0,29}$/;

/**
 * An unquoted Oracle identifier of at most 30 characters (the limit before 12.2, so the DDL
 * runs on every supported release). Guards the few names built from constants plus a suffix.
 */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new RangeError(`Not a plain Oracle identifier: ${JSON.stringify(name)}`);
  return name;
}

/** The names of the bind variables in a statement (`:name` or `:1`), each once, in order. */
export function bindNames(sql: string): string[] {
  // Quoted literals (format models such as 'HH24:MI:SS') are not binds.
  const code = sql.replace(/'(?:[^']|'')*'/g, "''");
  const names: string[] = [];
  for (const match of code.matchAll(/(?<![:\w]):([A-Za-z_][\w$#]*|\d+)/g)) {
    const name = match[1]!;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Splits rows into executeMany batches of at most `size` rows. */
export function inBatches<T>(rows: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('batch size must be a positive integer');
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}
