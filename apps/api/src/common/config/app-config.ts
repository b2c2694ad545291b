import * as fs from 'node:fs';
import * as path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  /** A PostgreSQL server; when absent the embedded PGlite under `dataDir` is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Keys the digests of session and one-time tokens; never the default in production. */
  sessionSecret: string;
  appUrl: string;
  smtpUrl: string | undefined;
  /** Without SMTP: a folder where each sent e-mail is written as a JSON file (development and end-to-end tests). */
  mailDropDir: string | undefined;
  mailFrom: string;
  logLevel: string;
  seedDemo: boolean;
  webDistDir: string;
  /** Proxies in front of the API whose X-Forwarded-For is believed (hops counted from the right); false trusts none. */
  trustProxy: number | false;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  loginWindowMinutes: number;
  /** Membership applications accepted from one IP address per hour (the public form's abuse limit). */
  applicationsPerIpPerHour: number;
  /** "Forgot password" requests accepted from one IP address per hour (more get 429). */
  passwordResetsPerIpPerHour: number;
  /** Reset links sent to one address per hour (more requests get the same answer, and nothing). */
  passwordResetsPerAddressPerHour: number;
  /** Writes (POST, PUT, PATCH, DELETE) accepted per signed-in user per minute (more get 429). */
  writesPerMinutePerUser: number;
  /** Writes accepted per client address per minute, signed in or not (an office's users share one address). */
  writesPerMinutePerAddress: number;
  sessionTtlHours: number;
  /** Poll interval of the e-mail outbox, 0 turns the sender off (tests read the outbox). */
  outboxPollMs: number;
  /** Wait before the first retry of an e-mail that could not be sent; doubles with each failed attempt. */
  outboxRetryBaseMs: number;
  /** Longest wait between two attempts at one e-mail. */
  outboxRetryMaxMs: number;
  /** An e-mail still not sent this many hours after it was written is marked failed (kept, logged at error). */
  outboxGiveUpHours: number;
  /** The alliance's time zone (IANA), in which timed jobs such as the digest keep their hour. */
  timeZone: string;
  /** When the daily notification digest goes out (`HH:MM` in `timeZone`); null turns it off (tests call it directly). */
  digestAt: string | null;
  /** Largest attachment accepted, in bytes (refused with 413 before it is stored). */
  attachmentMaxBytes: number;
  /** S3-compatible object storage for attachments; unset = files under DATA_DIR/files. */
  s3: S3Config | undefined;
  /** How often expired notices are archived, 0 turns the timer off (tests call it directly). */
  expiryPollMs: number;
  /** Tests only: a dump of a migrated embedded database to start from. */
  embeddedTemplate?: Blob;
}

export const DEFAULT_SESSION_SECRET = 'dev-only-session-secret-change-me';

export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
  }
  return value;
}

function boolVar(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

/**
 * `false`/`0` (default) trusts no proxy; a number trusts that many hops; `true` means one hop,
 * never "trust every hop", which would let a client pick its own address with X-Forwarded-For.
 */
function proxyHops(env: NodeJS.ProcessEnv, name: string): number | false {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0' || raw === 'no') return false;
  if (raw === 'true' || raw === 'yes') return 1;
  if (/^\d+$/.test(raw) && Number(raw) <= 10) return Number(raw);
  throw new ConfigError(
    `${name} must be false, true (one proxy) or the number of proxies, up to 10 (got "${env[name]}")`,
  );
}

/** An IANA time zone that this Node knows, e.g. Asia/Shanghai. */
function timeZoneVar(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name]?.trim() || fallback;
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new ConfigError(`${name} must be an IANA time zone such as Asia/Shanghai (got "${raw}")`);
  }
  return raw;
}

/** `HH:MM` (or `H:MM`) on a 24-hour clock. */
export const TIME_OF_DAY = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** `HH:MM` on a 24-hour clock, or `off`. */
function timeOfDayVar(env: NodeJS.ProcessEnv, name: string, fallback: string): string | null {
  const raw = env[name]?.trim() || fallback;
  if (raw.toLowerCase() === 'off') return null;
  if (!TIME_OF_DAY.test(raw))
    throw new ConfigError(`${name} must be a time of day such as 08:00, or off (got "${raw}")`);
  return raw;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** All of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, or none of them. */
function s3Config(env: NodeJS.ProcessEnv): S3Config | undefined {
  const names = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;
  const given = names.filter((n) => env[n]);
  if (given.length === 0) return undefined;
  const missing = names.filter((n) => !env[n]);
  if (missing.length > 0)
    throw new ConfigError(`${missing.join(', ')} must be set with ${given.join(', ')} (S3 storage needs all four)`);
  const endpoint = urlVar(env, 'S3_ENDPOINT', ['http:', 'https:']) as string;
  return {
    endpoint,
    bucket: env.S3_BUCKET as string,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID as string,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY as string,
  };
}

function urlVar(env: NodeJS.ProcessEnv, name: string, protocols: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be a URL (${protocols.join(', ')})`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')} (got "${url.protocol}")`);
  }
  return raw;
}

/** The monorepo's root (where nx.json is), from source or from the build alike. */
export function findRepoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** Reads and validates the environment; throws a ConfigError naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test (got "${nodeEnv}")`);
  }
  const production = nodeEnv === 'production';
  const port = intVar(env, 'PORT', 3000, 1, 65535);

  const sessionSecret = env.SESSION_SECRET ?? (production ? undefined : DEFAULT_SESSION_SECRET);
  if (!sessionSecret) throw new ConfigError('SESSION_SECRET is required in production');
  if (production && sessionSecret === DEFAULT_SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET must not be the development default in production');
  }
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters');

  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const seedDemo = boolVar(env, 'SEED_DEMO', !production);
  if (production && seedDemo) throw new ConfigError('SEED_DEMO must not be true in production');

  if (env.DIGEST_INTERVAL_MS !== undefined) {
    throw new ConfigError(
      'DIGEST_INTERVAL_MS is no longer read: the digest goes out once a day at DIGEST_AT (HH:MM, or off) in ALLIANCE_TIME_ZONE',
    );
  }

  const outboxRetryBaseMs = intVar(env, 'OUTBOX_RETRY_BASE_MS', 30_000, 10, 3_600_000);
  const outboxRetryMaxMs = intVar(env, 'OUTBOX_RETRY_MAX_MS', 3_600_000, 10, 86_400_000);
  if (outboxRetryMaxMs < outboxRetryBaseMs) {
    throw new ConfigError(
      `OUTBOX_RETRY_MAX_MS (${outboxRetryMaxMs}) must not be below OUTBOX_RETRY_BASE_MS (${outboxRetryBaseMs})`,
    );
  }

  const root = findRepoRoot(__dirname);
  return {
    nodeEnv,
    port,
    databaseUrl: urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir: path.resolve(env.DATA_DIR || path.join(process.cwd(), '.data')),
    sessionSecret,
    appUrl: (urlVar(env, 'APP_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: urlVar(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    mailDropDir: env.MAIL_DROP_DIR?.trim() || undefined,
    mailFrom: env.MAIL_FROM || 'Alliance Portal <no-reply@alliance.example.org>',
    logLevel,
    seedDemo,
    webDistDir: path.resolve(env.WEB_DIST_DIR || path.join(root, 'apps/web/dist')),
    trustProxy: proxyHops(env, 'TRUST_PROXY'),
    loginMaxFailuresPerAccount: intVar(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT', 5, 1, 1000),
    loginMaxFailuresPerIp: intVar(env, 'LOGIN_MAX_FAILURES_PER_IP', 20, 1, 100000),
    loginWindowMinutes: intVar(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 1440),
    applicationsPerIpPerHour: intVar(env, 'APPLICATIONS_PER_IP_PER_HOUR', 5, 1, 10000),
    passwordResetsPerIpPerHour: intVar(env, 'PASSWORD_RESETS_PER_IP_PER_HOUR', 10, 1, 100000),
    passwordResetsPerAddressPerHour: intVar(env, 'PASSWORD_RESETS_PER_ADDRESS_PER_HOUR', 3, 1, 1000),
    writesPerMinutePerUser: intVar(env, 'RATE_LIMIT_WRITES_PER_MINUTE_USER', 120, 1, 1_000_000),
    writesPerMinutePerAddress: intVar(env, 'RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS', 600, 1, 1_000_000),
    sessionTtlHours: intVar(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 90),
    outboxPollMs: intVar(env, 'OUTBOX_POLL_MS', 5000, 0, 3_600_000),
    outboxRetryBaseMs,
    outboxRetryMaxMs,
    outboxGiveUpHours: intVar(env, 'OUTBOX_GIVE_UP_HOURS', 72, 1, 24 * 30),
    expiryPollMs: intVar(env, 'EXPIRY_POLL_MS', 60_000, 0, 86_400_000),
    timeZone: timeZoneVar(env, 'ALLIANCE_TIME_ZONE', 'Asia/Shanghai'),
    digestAt: timeOfDayVar(env, 'DIGEST_AT', '08:00'),
    attachmentMaxBytes: intVar(env, 'ATTACHMENT_MAX_BYTES', 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    s3: s3Config(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
