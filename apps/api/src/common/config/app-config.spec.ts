import { ConfigError, DEFAULT_SESSION_SECRET, loadConfig } from './app-config';

const SECRET = 'a-production-secret-of-at-least-32-characters';

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      databaseUrl: undefined,
      seedDemo: true,
      appUrl: 'http://localhost:3000',
    });
  });

  it.each([
    ['PORT', { PORT: 'abc' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
    ['SEED_DEMO', { SEED_DEMO: 'maybe' }],
    ['APP_URL', { APP_URL: 'ftp://example.org' }],
    ['SESSION_SECRET', { SESSION_SECRET: 'too-short' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'everyone' }],
    ['APPLICATIONS_PER_IP_PER_HOUR', { APPLICATIONS_PER_IP_PER_HOUR: '0' }],
    ['ALLIANCE_TIME_ZONE', { ALLIANCE_TIME_ZONE: 'Mars/Olympus' }],
    ['DIGEST_AT', { DIGEST_AT: '8am' }],
    ['DIGEST_AT', { DIGEST_AT: '24:00' }],
    ['DIGEST_INTERVAL_MS', { DIGEST_INTERVAL_MS: '0' }],
    ['PASSWORD_RESETS_PER_IP_PER_HOUR', { PASSWORD_RESETS_PER_IP_PER_HOUR: '0' }],
    ['OUTBOX_RETRY_BASE_MS', { OUTBOX_RETRY_BASE_MS: '1s' }],
    ['OUTBOX_RETRY_MAX_MS', { OUTBOX_RETRY_BASE_MS: '60000', OUTBOX_RETRY_MAX_MS: '1000' }],
    ['OUTBOX_GIVE_UP_HOURS', { OUTBOX_GIVE_UP_HOURS: '0' }],
  ])('names %s when it is invalid', (name, env) => {
    expect(configError(env).message).toContain(name);
  });

  it('sends the digest at 08:00 in the alliance time zone unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ timeZone: 'Asia/Shanghai', digestAt: '08:00' });
    expect(loadConfig({ ALLIANCE_TIME_ZONE: 'Africa/Addis_Ababa', DIGEST_AT: '7:30' })).toMatchObject({
      timeZone: 'Africa/Addis_Ababa',
      digestAt: '7:30',
    });
    expect(loadConfig({ DIGEST_AT: 'off' }).digestAt).toBeNull();
  });

  it('trusts a counted number of proxies, never every hop (a client could then choose its own address)', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('accepts a PostgreSQL URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/alliance' }).databaseUrl).toBe(
      'postgres://u@db:5432/alliance',
    );
  });

  describe('in production', () => {
    it('requires SESSION_SECRET', () => {
      expect(configError({ NODE_ENV: 'production' }).message).toContain('SESSION_SECRET');
    });

    it('refuses the development default secret', () => {
      expect(configError({ NODE_ENV: 'production', SESSION_SECRET: DEFAULT_SESSION_SECRET }).message).toContain(
        'SESSION_SECRET',
      );
    });

    it('refuses SEED_DEMO=true', () => {
      expect(configError({ NODE_ENV: 'production', SESSION_SECRET: SECRET, SEED_DEMO: 'true' }).message).toContain(
        'SEED_DEMO',
      );
    });

    it('starts with a real secret, and does not seed demo data', () => {
      const config = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET });
      expect(config).toMatchObject({ nodeEnv: 'production', sessionSecret: SECRET, seedDemo: false });
    });
  });
});
