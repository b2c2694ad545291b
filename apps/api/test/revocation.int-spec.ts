import { sessionCookie } from './helpers';
import { createTestApp, DEMO_ACCOUNTS, DEMO_PASSWORD, ORG, type HttpClient, type TestApp } from './support/test-app';

/**
 * A session ends at once when its user or organization may no longer sign in. Sign-out and
 * password change are covered by auth.int-spec.ts; here: a disabled user, a suspended or
 * withdrawn organization. Each case replays the old cookie from another client as well.
 */
describe('session revocation', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    secretariat = await t.signIn('secretariat@example.org');
  });
  afterAll(() => t.close());

  const idOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!.id;
  const login = (email: string) => t.anonymous().post('/api/auth/login', { email, password: DEMO_PASSWORD });
  const replay = (cookie: string) => t.anonymous().get('/api/auth/me').set('Cookie', cookie);
  const liveSessions = async (userId: string) => {
    const [row] = (await t.db.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL',
      [userId],
    )) as {
      n: number;
    }[];
    return Number(row.n);
  };

  it('ends the sessions of a user their org admin disables; the user cannot sign in until enabled', async () => {
    const banker = await t.signIn('banker@example.org');
    const secondBrowser = await t.signIn('banker@example.org');
    const cookie = sessionCookie(banker);
    expect((await banker.get('/api/auth/me')).status).toBe(200);
    const approver = await t.signIn('approver@example.org');

    const disabled = await approver.post(`/api/users/${idOf('banker@example.org')}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.status).toBe('disabled');

    const next = await banker.get('/api/users');
    expect(next.status).toBe(401);
    expect(next.body.error).toBe('UNAUTHENTICATED');
    expect((await secondBrowser.get('/api/auth/me')).status).toBe(401);
    expect((await replay(cookie)).status).toBe(401);
    expect(await liveSessions(idOf('banker@example.org'))).toBe(0);

    const refused = await login('banker@example.org');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('ACCOUNT_INACTIVE');

    // Enabling lets the user sign in again, but does not bring the old sessions back.
    expect((await approver.post(`/api/users/${idOf('banker@example.org')}/enable`)).status).toBe(200);
    expect((await replay(cookie)).status).toBe(401);
    expect((await login('banker@example.org')).status).toBe(200);
  });

  it("ends the sessions of a suspended organization's users; they cannot sign in until it is reinstated", async () => {
    const operator = await t.signIn('operator@example.org');
    const cookie = sessionCookie(operator);
    const otherOrg = await t.signIn('operator2@example.org');
    expect((await operator.get('/api/auth/me')).status).toBe(200);

    const suspended = await secretariat.post(`/api/organizations/${ORG.ssez}/suspend`, { reason: 'Revocation test' });
    expect(suspended.status).toBe(200);

    const next = await operator.get('/api/auth/me');
    expect(next.status).toBe(401);
    expect(next.body.error).toBe('UNAUTHENTICATED');
    const write = await operator.patch(`/api/organizations/${ORG.ssez}`, { website: 'https://still-here.example.org' });
    expect(write.status).toBe(401);
    expect((await replay(cookie)).status).toBe(401);
    expect(await liveSessions(idOf('operator@example.org'))).toBe(0);
    // Only that organization's users are affected.
    expect((await otherOrg.get('/api/auth/me')).status).toBe(200);
    expect((await secretariat.get('/api/auth/me')).status).toBe(200);

    const refused = await login('operator@example.org');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('ACCOUNT_INACTIVE');

    expect((await secretariat.post(`/api/organizations/${ORG.ssez}/reinstate`, { reason: 'Resolved' })).status).toBe(
      200,
    );
    expect((await replay(cookie)).status).toBe(401);
    const again = await login('operator@example.org');
    expect(again.status).toBe(200);
    expect(again.body.organization.status).toBe('active');
  });

  it("ends the sessions of a withdrawn organization's users for good", async () => {
    const insurer = await t.signIn('insurer@example.org');
    expect((await secretariat.post(`/api/organizations/${ORG.sinosure}/withdraw`, { reason: 'Left' })).status).toBe(
      200,
    );
    const next = await insurer.get('/api/auth/me');
    expect(next.status).toBe(401);
    expect(next.body.error).toBe('UNAUTHENTICATED');
    expect(await liveSessions(idOf('insurer@example.org'))).toBe(0);
    expect((await login('insurer@example.org')).status).toBe(403);
  });
});
