import { describe, expect, it } from 'vitest';
import { appOptionsOf, ConfigError, loadConfig } from './config.js';

function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return 'accepted';
  } catch (e) {
    return e instanceof ConfigError ? e.variable : 'thrown';
  }
}

describe('configuration', () => {
  it('gives a fresh machine the demo hall on port 3000', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, production: false, printTimeoutMs: 2000, ticketRateLimit: 120, trustProxy: false, allowedOrigins: [] });
    expect(c.backup).toEqual({ dir: 'data/backups', intervalMs: 3_600_000, keepDays: 14 });
    expect(appOptionsOf(c).seed).toEqual({ password: 'demo', file: undefined });
  });

  it('names the variable of every bad value instead of guessing', () => {
    expect(refusal({ PRINT_TIMEOUT_MS: 'abc' })).toBe('PRINT_TIMEOUT_MS');
    expect(refusal({ PRINT_TIMEOUT_MS: '2.5' })).toBe('PRINT_TIMEOUT_MS');
    expect(refusal({ PORT: '70000' })).toBe('PORT');
    expect(refusal({ DEMO: 'maybe' })).toBe('DEMO');
    expect(refusal({ PUBLIC_URL: 'hall.local:3000' })).toBe('PUBLIC_URL');
    expect(refusal({ LOG_LEVEL: 'loud' })).toBe('LOG_LEVEL');
    expect(refusal({ TRUST_PROXY: 'nginx' })).toBe('TRUST_PROXY');
    expect(refusal({ ALLOWED_ORIGINS: 'evil.example' })).toBe('ALLOWED_ORIGINS');
    expect(refusal({ BACKUP_KEEP_DAYS: '0' })).toBe('BACKUP_KEEP_DAYS');
    expect(refusal({ SESSION_SECRET: 'short' })).toBe('SESSION_SECRET');
  });

  it('never runs the demo (shared demo passwords) in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(refusal({ NODE_ENV: 'production', DEMO: '1' })).toBe('DEMO');
    const c = loadConfig({ NODE_ENV: 'production', DEMO: '0', INITIAL_ADMIN_PASSWORD: 'Xm-hall-2026!' });
    expect(appOptionsOf(c).seed).toEqual({ mode: 'production', file: undefined, adminPassword: 'Xm-hall-2026!' });
  });

  it('reads proxies, origins and switches', () => {
    const c = loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8', ALLOWED_ORIGINS: 'http://a.example, https://b.example:8443', BACKUP_DIR: 'off', DEMO: '0' });
    expect(c).toMatchObject({ trustProxy: '127.0.0.1, 10.0.0.0/8', allowedOrigins: ['http://a.example', 'https://b.example:8443'], backup: undefined, demo: false });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
  });
});
