import { describe, expect, it } from 'vitest';
import { ConfigError, parseAppConfig } from '@/lib/config';

describe('parseAppConfig', () => {
  it('falls back to embedded defaults', () => {
    const config = parseAppConfig({});
    expect(config.RELATIONAL_ENGINE).toBe('postgres');
    expect(config.PORT).toBe(3000);
    expect(config.DYNAMODB_ENDPOINT).toBeUndefined();
    expect(config.CLOUDWATCH_ENABLED).toBe(false);
  });

  it('treats DYNAMODB_ENDPOINT=aws as real AWS and keeps an emulator URL', () => {
    expect(parseAppConfig({ DYNAMODB_ENDPOINT: 'aws' }).DYNAMODB_ENDPOINT).toBeUndefined();
    expect(parseAppConfig({ DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' }).DYNAMODB_ENDPOINT).toBe('http://127.0.0.1:8000');
  });

  it('accepts rediss:// URLs with a password and cluster mode', () => {
    const config = parseAppConfig({ REDIS_URL: 'rediss://default:s3cret@cache.example.com:6380', REDIS_CLUSTER: 'true' });
    expect(config.REDIS_URL).toContain('rediss://');
    expect(config.REDIS_CLUSTER).toBe(true);
  });

  it('names the variable and the problem for a bad value', () => {
    expect(() => parseAppConfig({ PORT: 'eighty' })).toThrowError(/PORT: .*\(got "eighty"\)/);
    expect(() => parseAppConfig({ REDIS_URL: 'http://localhost:6379' })).toThrowError(/REDIS_URL: must start with redis:\/\/ or rediss:\/\//);
  });

  it('never echoes a secret in the error', () => {
    try {
      parseAppConfig({ DATABASE_URL: 'mysql://user:hunter2@db:3306/x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('DATABASE_URL');
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('requires the Oracle connection settings when Oracle is chosen', () => {
    expect(() => parseAppConfig({ RELATIONAL_ENGINE: 'oracle' })).toThrowError(/ORACLE_USER: is required/);
    expect(parseAppConfig({ RELATIONAL_ENGINE: 'oracle', ORACLE_USER: 'u', ORACLE_PASSWORD: 'p', ORACLE_CONNECT_STRING: 'h:1521/FREEPDB1' }).RELATIONAL_ENGINE).toBe('oracle');
  });

  it('refuses a non-loopback HOST without ADMIN_TOKEN, saying how to set one', () => {
    expect(() => parseAppConfig({ HOST: '0.0.0.0' })).toThrowError(/HOST: is not a loopback address.*Set ADMIN_TOKEN/s);
    expect(parseAppConfig({ HOST: '0.0.0.0', ADMIN_TOKEN: 'a-long-enough-secret' }).HOST).toBe('0.0.0.0');
    expect(parseAppConfig({ HOST: 'localhost' }).ADMIN_TOKEN).toBeUndefined();
    expect(parseAppConfig({ ALLOWED_HOSTS: 'Demo.Example, 10.0.0.5' }).ALLOWED_HOSTS).toEqual(['demo.example', '10.0.0.5']);
  });
});
