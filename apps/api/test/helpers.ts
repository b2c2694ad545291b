import type request from 'supertest';
import type { HttpClient, TestApp } from './support/test-app';

/** The `field`s named in an error body's `details`. */
export function fields(res: { body: { details?: { field: string }[] } }): string[] {
  return (res.body.details ?? []).map((d) => d.field);
}

/** Each field named in an error body's `details` once (a field may break several rules). */
export function fieldSet(res: { body: { details?: { field: string }[] } }): string[] {
  return [...new Set(fields(res))];
}

/** The session cookie a client holds, as a `Cookie` header value, to replay it from another client. */
export function sessionCookie(client: HttpClient): string {
  const cookie = client.agent.jar.getCookie('ap_session', {
    domain: '127.0.0.1',
    path: '/',
    secure: false,
    script: false,
  });
  if (!cookie) throw new Error('no session cookie');
  return `ap_session=${cookie.value}`;
}

/** Rows in audit_events, read straight from the database. */
export async function auditCount(t: TestApp): Promise<number> {
  const [row] = (await t.db.dataSource.query('SELECT count(*)::int AS n FROM audit_events')) as { n: number }[];
  return Number(row.n);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new active user of the same organization as `colleagueEmail` (same password), for tests that need two people of one side. */
export async function addColleague(
  t: TestApp,
  colleagueEmail: string,
  email: string,
  orgRole: 'admin' | 'member' = 'member',
): Promise<void> {
  await t.db.dataSource.query(
    `INSERT INTO users (email, display_name, organization_id, org_role, status, password_hash, locale)
     SELECT $2, $3, organization_id, $4, 'active', password_hash, 'en' FROM users WHERE email = $1`,
    [colleagueEmail, email, `Colleague ${email.split('@')[0]}`, orgRole],
  );
}

/** Counting is per minute of the database's clock: start a flood with enough of the minute left that it stays in one window. */
export async function freshWindow(t: TestApp, needSeconds = 15): Promise<void> {
  const [{ left }] = (await t.db.dataSource.query(`SELECT 60 - extract(epoch FROM now())::numeric % 60 AS left`)) as {
    left: string;
  }[];
  if (Number(left) < needSeconds) await sleep(Number(left) * 1000 + 200);
}

export function expectThrottled(res: request.Response): void {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ statusCode: 429, error: 'TOO_MANY_REQUESTS' });
  expect(res.body.details).toEqual([expect.objectContaining({ field: 'retryAfter', constraint: 'throttle' })]);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(res.body.details[0].message).toBe(String(retryAfter));
}
