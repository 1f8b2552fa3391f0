import { describe, expect, it } from 'vitest';
import { CONNECT_TIMEOUT_S, oraclePoolOptions, POOL_QUEUE_TIMEOUT_MS, WARM_SESSIONS } from '@/lib/db/oracle/pool';

const config = { ORACLE_USER: 'oshop', ORACLE_PASSWORD: 'pw', ORACLE_CONNECT_STRING: 'db:1521/FREEPDB1', ORACLE_POOL_MAX: 32 };

describe('Oracle pool options', () => {
  it('gives a new session about 10 s to connect, not 2 (a dedicated server process per session, TLS, a remote database)', () => {
    expect(CONNECT_TIMEOUT_S).toBeGreaterThanOrEqual(8);
    expect(CONNECT_TIMEOUT_S).toBeLessThanOrEqual(15);
    expect(oraclePoolOptions(config)).toMatchObject({ connectTimeout: CONNECT_TIMEOUT_S, queueTimeout: POOL_QUEUE_TIMEOUT_MS });
  });

  it('grows several sessions at a time and keeps them between runs; pings only sessions idle a while', () => {
    const options = oraclePoolOptions(config);
    expect(options.poolIncrement).toBeGreaterThan(1);
    expect(options.poolTimeout).toBeGreaterThanOrEqual(300);
    expect(options.poolPingInterval).toBeGreaterThan(0);
    expect(options.poolMax).toBe(32);
    expect(oraclePoolOptions({ ...config, ORACLE_POOL_MAX: 2 }).poolIncrement).toBe(2);
  });

  it('warms the pool itself, not with poolMin (a thin-mode poolMin reconnects back to back while the database refuses)', () => {
    expect(oraclePoolOptions(config).poolMin).toBe(0);
    expect(WARM_SESSIONS).toBeGreaterThan(1);
    expect(WARM_SESSIONS).toBeLessThanOrEqual(config.ORACLE_POOL_MAX);
  });

  it('takes the credentials from the configuration only', () => {
    expect(oraclePoolOptions(config)).toMatchObject({ user: 'oshop', password: 'pw', connectString: 'db:1521/FREEPDB1' });
  });
});
