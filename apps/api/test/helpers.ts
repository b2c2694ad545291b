import type { HttpClient, TestApp } from './support/test-app';

/** The `field`s named in an error body's `details`. */
export function fields(res: { body: { details?: { field: string }[] } }): string[] {
  return (res.body.details ?? []).map((d) => d.field);
}

/** The session cookie a client holds, as a `Cookie` header value, to replay it from another client. */
export function sessionCookie(client: HttpClient): string {
  const cookie = client.agent.jar.getCookie('ap_session', { domain: '127.0.0.1', path: '/', secure: false, script: false });
  if (!cookie) throw new Error('no session cookie');
  return `ap_session=${cookie.value}`;
}

/**
 * `t.close()` closes the database twice: once through the DatabaseModule's shutdown hook
 * (`app.close()`), then again itself (`db.close()`). The PostgreSQL-server handle's close is not
 * idempotent (the PGlite one is), so against TEST_DATABASE_URL the second call throws and the
 * test database is never dropped. Until test/support or the handle is fixed, make it close once.
 */
export function closeDatabaseOnce(t: TestApp): TestApp {
  const close = t.db.close;
  let closing: Promise<void> | undefined;
  t.db.close = () =>
    (closing ??= t.db.driver === 'postgres' && !t.db.dataSource.isInitialized ? Promise.resolve() : close());
  return t;
}

/** Rows in audit_events, read straight from the database. */
export async function auditCount(t: TestApp): Promise<number> {
  const [row] = (await t.db.dataSource.query('SELECT count(*)::int AS n FROM audit_events')) as { n: number }[];
  return Number(row.n);
}
