import { describe, expect, it } from 'vitest';
import { isOracleError, ORA, oracleErrorNumber } from '@/lib/db/oracle/oracle-errors';
import { assertIsoUtc, bindNames, identifier, inBatches, isoTextOf, timestampFromIso } from '@/lib/db/oracle/sql-text';

describe('bindNames', () => {
  it('finds named and numbered binds once each, in order, and ignores format models in quotes', () => {
    expect(bindNames(`SELECT :b, :a FROM t WHERE x = :b AND y = TO_CHAR(z, 'HH24:MI:SS') AND w = :1`)).toEqual(['b', 'a', '1']);
    expect(bindNames(`SELECT 'it''s :not' FROM DUAL WHERE a = :yes`)).toEqual(['yes']);
    expect(bindNames(`SELECT 1 FROM DUAL`)).toEqual([]);
  });
});

describe('timestamps as ISO text', () => {
  it('reads a TIMESTAMP WITH TIME ZONE as UTC ISO text and parses ISO text back in UTC', () => {
    expect(isoTextOf('T.AT')).toBe(`TO_CHAR(SYS_EXTRACT_UTC(T.AT), 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"')`);
    expect(timestampFromIso('at')).toBe(`FROM_TZ(TO_TIMESTAMP(:at, 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"'), '+00:00')`);
  });

  it('accepts exactly what Date.prototype.toISOString writes', () => {
    const now = new Date().toISOString();
    expect(assertIsoUtc(now, 'at')).toBe(now);
    expect(() => assertIsoUtc('2022-03-06 01:02:03', 'at')).toThrow(/ISO instant/);
    expect(() => assertIsoUtc('2022-03-06T01:02:03+09:00', 'at')).toThrow(/ISO instant/);
  });
});

describe('identifier', () => {
  it('lets plain upper-case names of up to 30 characters through and nothing else', () => {
    expect(identifier('PURCHASE_NEW')).toBe('PURCHASE_NEW');
    expect(() => identifier('purchase')).toThrow(RangeError);
    expect(() => identifier('A'.repeat(31))).toThrow(RangeError);
    expect(() => identifier('X; DROP TABLE Y')).toThrow(RangeError);
  });
});

describe('inBatches', () => {
  it('cuts rows into batches of at most the size, in order, losing none', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => i);
    const batches = inBatches(rows, 5_000);
    expect(batches.map((b) => b.length)).toEqual([5_000, 5_000, 2_345]);
    expect(batches.flat()).toEqual(rows);
    expect(inBatches([], 10)).toEqual([]);
    expect(() => inBatches(rows, 0)).toThrow(RangeError);
  });
});

describe('Oracle error numbers', () => {
  it('reads errorNum, or the ORA- prefix of the message, and nothing from NJS- errors', () => {
    expect(oracleErrorNumber({ errorNum: 955, message: 'ORA-00955: name is already used by an existing object' })).toBe(955);
    expect(oracleErrorNumber(new Error('ORA-00942: table or view does not exist'))).toBe(942);
    expect(oracleErrorNumber(new Error('NJS-503: connection to host 127.0.0.1 port 1 could not be established'))).toBeNull();
    expect(isOracleError({ errorNum: 1 }, ORA.uniqueViolated)).toBe(true);
    expect(isOracleError({ errorNum: 1 }, ORA.nameInUse, ORA.tableMissing)).toBe(false);
    expect(isOracleError(undefined, ORA.nameInUse)).toBe(false);
  });
});
