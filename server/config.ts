/**
 * The hall server's configuration: every environment variable read in one place, checked, typed.
 * A bad value stops start-up with a message naming the variable, instead of quietly becoming a
 * default (`PRINT_TIMEOUT_MS=abc` used to mean 2500 ms).
 */
import type { AppOptions } from './app.js';
import type { BackupConfig } from './ops/backup-plugin.js';
import type { SmsGatewayConfig } from './outbox/notifier.js';

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface HallConfig {
  port: number;
  host: string;
  dbFile: string;
  production: boolean;
  demo: boolean;
  demoPassword: string;
  hallFile: string | undefined;
  initialAdminPassword: string | undefined;
  sessionSecret: string | undefined;
  ticketRateLimit: number;
  publicUrl: string | undefined;
  printTimeoutMs: number;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean | string;
  allowedOrigins: string[];
  backup: BackupConfig | undefined;
  shutdownTimeoutMs: number;
  /** SMS_GATEWAY_URL (+ SMS_GATEWAY_TOKEN): without it SMS are recorded in the outbox, not sent. */
  sms: SmsGatewayConfig | undefined;
}

function text(env: Env, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `must be 1 or 0, got "${raw}"`);
}

function httpUrl(env: Env, name: string): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an address such as http://192.168.1.10:3000, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(name, `must start with http:// or https://, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** TRUST_PROXY: off by default; 1/true trusts any proxy (avoid); else the proxies' addresses or CIDRs, comma-separated. */
function trustProxy(env: Env): boolean | string {
  const raw = text(env, 'TRUST_PROXY');
  if (raw === undefined || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (!/^[0-9a-fA-F.:/,\s]+$/.test(raw)) throw new ConfigError('TRUST_PROXY', `must be 1, 0 or proxy addresses such as 127.0.0.1,10.0.0.0/8, got "${raw}"`);
  return raw;
}

function origins(env: Env): string[] {
  const list = (text(env, 'ALLOWED_ORIGINS') ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '');
  for (const o of list) {
    if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new ConfigError('ALLOWED_ORIGINS', `each entry is scheme://host[:port], got "${o}"`);
  }
  return list;
}

function backup(env: Env): BackupConfig | undefined {
  const dir = text(env, 'BACKUP_DIR') ?? 'data/backups';
  if (dir === 'off') return undefined;
  return {
    dir,
    intervalMs: integer(env, 'BACKUP_INTERVAL_MIN', 60, 1, 7 * 24 * 60) * 60_000,
    keepDays: integer(env, 'BACKUP_KEEP_DAYS', 14, 1, 3650),
  };
}

function smsGateway(env: Env): SmsGatewayConfig | undefined {
  const url = httpUrl(env, 'SMS_GATEWAY_URL');
  const token = text(env, 'SMS_GATEWAY_TOKEN');
  if (url === undefined && token !== undefined) throw new ConfigError('SMS_GATEWAY_TOKEN', 'is set but SMS_GATEWAY_URL is not');
  return url === undefined ? undefined : { url, ...(token === undefined ? {} : { token }) };
}

export function loadConfig(env: Env): HallConfig {
  const production = text(env, 'NODE_ENV') === 'production';
  // `npm start` on a fresh machine is the demo hall; a production server never is.
  const demo = flag(env, 'DEMO', !production);
  if (production && demo) throw new ConfigError('DEMO', 'demo mode (shared demo passwords) is refused with NODE_ENV=production: set DEMO=0');
  const logLevel = text(env, 'LOG_LEVEL') ?? 'info';
  if (!LOG_LEVELS.some((l) => l === logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  const sessionSecret = text(env, 'SESSION_SECRET');
  if (sessionSecret !== undefined && sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET', 'must be at least 32 characters');
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    dbFile: text(env, 'DB_FILE') ?? 'data/hall.db',
    production,
    demo,
    demoPassword: text(env, 'DEMO_PASSWORD') ?? 'demo',
    hallFile: text(env, 'HALL_FILE'),
    initialAdminPassword: text(env, 'INITIAL_ADMIN_PASSWORD'),
    sessionSecret,
    ticketRateLimit: integer(env, 'TICKET_RATE_LIMIT', 120, 1, 1_000_000),
    publicUrl: httpUrl(env, 'PUBLIC_URL'),
    printTimeoutMs: integer(env, 'PRINT_TIMEOUT_MS', 2000, 100, 60_000),
    logLevel: LOG_LEVELS.find((l) => l === logLevel) ?? 'info',
    trustProxy: trustProxy(env),
    allowedOrigins: origins(env),
    backup: backup(env),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
    sms: smsGateway(env),
  };
}

/** The app's options from the configuration (listening, locking and signals stay in main.ts). */
export function appOptionsOf(c: HallConfig): AppOptions {
  return {
    dbFile: c.dbFile,
    // DEMO=0 seeds HALL_FILE with random passwords that must change at the first sign-in.
    seed: c.demo
      ? { password: c.demoPassword, file: c.hallFile }
      : { mode: 'production', file: c.hallFile, adminPassword: c.initialAdminPassword },
    logger: { level: c.logLevel },
    rateLimit: { max: c.ticketRateLimit, timeWindow: 60_000 },
    printTimeoutMs: c.printTimeoutMs,
    trustProxy: c.trustProxy,
    allowedOrigins: c.allowedOrigins,
    ...(c.backup ? { backup: c.backup } : {}),
    ...(c.sms ? { outbox: { sms: c.sms } } : {}),
    ...(c.publicUrl ? { publicUrl: c.publicUrl } : {}),
    ...(c.sessionSecret ? { cookieSecret: c.sessionSecret } : {}),
  };
}
