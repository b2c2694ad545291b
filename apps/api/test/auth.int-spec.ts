import { PASSWORD_RESETS_JOB, PasswordResetsService } from '../src/modules/auth/password-resets.service';
import { PasswordService } from '../src/modules/auth/password.service';
import { JobRunner } from '../src/modules/jobs/job-runner.service';
import { createTestApp, DEMO_PASSWORD, type HttpClient, type TestApp } from './support/test-app';

describe('sign-in, sessions and passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('signs in with a demo account and returns the user, organization and rules', async () => {
    const client = t.anonymous();
    const res = await client.post('/api/auth/login', { email: 'Operator@Example.org', password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user.email).toBe('operator@example.org');
    expect(res.body.organization.nameEn).toBe('Sihanoukville Special Economic Zone Co., Ltd.');
    expect(res.body.rules.length).toBeGreaterThan(0);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ap_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.get('/api/auth/me')).status).toBe(200);
  });

  it('checks the password of an unknown e-mail as of a known one (PasswordService then checks it against a decoy)', async () => {
    const verify = jest.spyOn(t.app.get(PasswordService), 'verify');
    try {
      await t.anonymous().post('/api/auth/login', { email: 'partner@example.org', password: 'not-the-password' });
      await t.anonymous().post('/api/auth/login', { email: 'nobody-at-all@example.org', password: 'not-the-password' });
      expect(verify.mock.calls).toEqual([
        [expect.stringMatching(/^\$argon2id\$/), 'not-the-password'],
        [null, 'not-the-password'],
      ]);
    } finally {
      verify.mockRestore();
    }
  });

  it('tells a page who is signed in without a 401 for a visitor', async () => {
    const visitor = await t.anonymous().get('/api/auth/session');
    expect(visitor.status).toBe(200);
    expect(visitor.body).toEqual({ me: null });
    const signedIn = await (await t.signIn('approver@example.org')).get('/api/auth/session');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.me).toMatchObject({
      user: { email: 'approver@example.org' },
      organization: { type: 'financial_institution' },
    });
  });

  it('answers a wrong password and an unknown e-mail with the same 401', async () => {
    const client = t.anonymous();
    const wrong = await client.post('/api/auth/login', { email: 'partner@example.org', password: 'not-the-password' });
    const unknown = await client.post('/api/auth/login', { email: 'nobody@example.org', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('refuses a malformed sign-in body field by field', async () => {
    const res = await t.anonymous().post('/api/auth/login', { email: 'not-an-email', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('VALIDATION_FAILED');
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'extra']));
  });

  it('answers 401 to /me without a session and with a forged cookie', async () => {
    expect((await t.anonymous().get('/api/auth/me')).status).toBe(401);
    const forged = await t.anonymous().get('/api/auth/me').set('Cookie', 'ap_session=forged');
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
    expect(forged.body.requestId).toBe(forged.headers['x-request-id']);
  });

  it('throttles repeated failures per account with 429 and Retry-After', async () => {
    const client = t.anonymous();
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post('/api/auth/login', { email: 'insurer@example.org', password: 'wrong-password' })).status,
      ).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email: 'insurer@example.org', password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other accounts are not blocked by one account's failures.
    expect(
      (await client.post('/api/auth/login', { email: 'approver@example.org', password: DEMO_PASSWORD })).status,
    ).toBe(200);
  });

  it('revokes the session on sign-out: the old cookie gets 401', async () => {
    const client = await t.signIn('banker@example.org');
    const stolen = t.anonymous();
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    const sessionCookie = await currentCookie(client);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const replay = await stolen.get('/api/auth/me').set('Cookie', sessionCookie);
    expect(replay.status).toBe(401);
  });

  it('revokes every session on password change, and the new password works', async () => {
    const client = await t.signIn('partner@example.org');
    const other = await t.signIn('partner@example.org');
    const oldCookie = await currentCookie(client);

    const weak = await client.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.error).toBe('WEAK_PASSWORD');
    const common = await client.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'password123',
    });
    expect(common.status).toBe(422);
    const wrongCurrent = await client.post('/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'a-much-better-passphrase',
    });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body.details[0].field).toBe('currentPassword');

    const ok = await client.post('/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'a-much-better-passphrase',
    });
    expect(ok.status).toBe(204);
    expect((await t.anonymous().get('/api/auth/me').set('Cookie', oldCookie)).status).toBe(401);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await client.get('/api/auth/me')).status).toBe(200); // this browser got a fresh cookie
    await t.signIn('partner@example.org', 'a-much-better-passphrase');
  });

  it('queues a forgotten-password request alike for known and unknown addresses; a job sends the link to the account only', async () => {
    const rows = async (table: string) =>
      Number(((await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n);
    const resets = t.app.get(PasswordResetsService);
    const counts = async () => ({
      queued: await rows('password_reset_requests'),
      tokens: await rows('auth_tokens'),
      mail: await rows('outbox_emails'),
      audit: await rows('audit_events'),
    });
    const before = await counts();
    const mailsBefore = (await t.outbox('insurer@example.org')).length;
    // Hold the job back to see what the requests themselves wrote.
    const send = jest.spyOn(resets, 'sendQueued').mockResolvedValue(0);
    let unknown, known, after;
    try {
      unknown = await t.anonymous().post('/api/auth/password/forgot', { email: 'Nobody@Example.org' });
      known = await t.anonymous().post('/api/auth/password/forgot', { email: 'insurer@example.org' });
      await t.app.get(JobRunner).whenIdle();
      after = await counts();
    } finally {
      send.mockRestore();
    }
    expect([unknown.status, known.status]).toEqual([202, 202]);
    expect(known.body).toEqual(unknown.body);
    // Each request wrote one queue row and nothing else.
    expect(after).toEqual({ ...before, queued: before.queued + 2 });

    expect(await t.app.get(JobRunner).runNow(PASSWORD_RESETS_JOB)).toBe(true);
    // The addresses are not kept (the rows stay an hour for the limits, with a keyed digest instead).
    expect(await t.db.dataSource.query(`SELECT email FROM password_reset_requests WHERE email IS NOT NULL`)).toEqual(
      [],
    );
    expect(await t.outbox('insurer@example.org')).toHaveLength(mailsBefore + 1);
    expect(await t.outbox('nobody@example.org')).toHaveLength(0);
    const [event] = (await t.db.dataSource.query(
      `SELECT request_id FROM audit_events WHERE action = 'auth.password_reset_requested' ORDER BY occurred_at DESC LIMIT 1`,
    )) as { request_id: string }[];
    expect(event.request_id).toBe(known.headers['x-request-id']);
  });

  it('resets a forgotten password through a single-use e-mailed link, sent by the job without being asked', async () => {
    const anon = t.anonymous();
    expect((await anon.post('/api/auth/password/forgot', { email: 'operator2@example.org' })).status).toBe(202);
    const { link, token } = await t.linkFor('operator2@example.org');
    expect(link).toContain('/reset-password?token=');
    const session = await t.signIn('operator2@example.org');
    expect((await anon.post('/api/auth/password/reset', { token, password: 'short' })).status).toBe(422);
    const reset = await anon.post('/api/auth/password/reset', { token, password: 'reset-and-renewed-2026' });
    expect(reset.body).toEqual({});
    expect(reset.status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const again = await anon.post('/api/auth/password/reset', { token, password: 'another-new-password' });
    expect(again.status).toBe(422);
    expect(again.body.error).toBe('TOKEN_INVALID');
    await t.signIn('operator2@example.org', 'reset-and-renewed-2026');
  });

  it('expires a reset link after an hour', async () => {
    await t.anonymous().post('/api/auth/password/forgot', { email: 'approver@example.org' });
    const { token } = await t.linkFor('approver@example.org');
    await t.db.dataSource.query(
      `UPDATE auth_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'password_reset'`,
    );
    const res = await t.anonymous().post('/api/auth/password/reset', { token, password: 'too-late-for-this-one' });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('TOKEN_INVALID');
  });

  it('saves the language choice on the account', async () => {
    const client = await t.signIn('secretariat@example.org');
    const res = await client.patch('/api/auth/me', { locale: 'zh' });
    expect(res.status).toBe(200);
    expect(res.body.user.locale).toBe('zh');
    expect(res.body.user.displayName).toBe('Secretariat Officer'); // fields not sent stay as they were
    // A preference of the pages, not a change to audit (the audit log used to fill with language switches).
    const events = await t.db.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'user.update_profile'`);
    expect(events).toEqual([]);
    expect((await t.signIn('secretariat@example.org').then((c) => c.get('/api/auth/me'))).body.user.locale).toBe('zh');
    expect((await client.patch('/api/auth/me', { locale: 'fr' })).body.details[0].field).toBe('locale');
    // Left out is "unchanged"; null is no name and no language (the column would refuse it).
    const cleared = await client.patch('/api/auth/me', { displayName: null, locale: null });
    expect(cleared.status).toBe(400);
    expect([...new Set(cleared.body.details.map((d: { field: string }) => d.field))].sort()).toEqual([
      'displayName',
      'locale',
    ]);
  });
});

async function currentCookie(client: HttpClient) {
  const cookie = client.agent.jar.getCookie('ap_session', {
    domain: '127.0.0.1',
    path: '/',
    secure: false,
    script: false,
  });
  if (!cookie) throw new Error('no session cookie');
  return `ap_session=${cookie.value}`;
}

describe('signing in from a browser that holds a session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ends the session a browser holds when it signs in as another account; the new account is signed in', async () => {
    const browser = await t.signIn('operator@example.org');
    const operatorCookie = await currentCookie(browser);
    const signIn = await browser.post('/api/auth/login', { email: 'banker@example.org', password: DEMO_PASSWORD });
    expect(signIn.status).toBe(200);
    expect((await browser.get('/api/auth/me')).body.user.email).toBe('banker@example.org');
    // The operator's cookie, kept aside, no longer opens anything.
    expect((await t.anonymous().get('/api/auth/me').set('Cookie', operatorCookie)).status).toBe(401);
    const [ended] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE u.email = 'operator@example.org' AND s.revoked_at IS NOT NULL`,
    )) as { n: number }[];
    expect(ended.n).toBeGreaterThanOrEqual(1);
  });

  it('rotates the session when a browser signs in again as the same account, and leaves its other browsers signed in', async () => {
    const laptop = await t.signIn('insurer@example.org');
    const phone = await t.signIn('insurer@example.org');
    const before = await currentCookie(laptop);
    expect(
      (await laptop.post('/api/auth/login', { email: 'insurer@example.org', password: DEMO_PASSWORD })).status,
    ).toBe(200);
    const after = await currentCookie(laptop);
    expect(after).not.toBe(before);
    expect((await t.anonymous().get('/api/auth/me').set('Cookie', before)).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(200);
  });

  it('keeps the session of a browser whose sign-in as another account fails', async () => {
    const browser = await t.signIn('operator2@example.org');
    const failed = await browser.post('/api/auth/login', { email: 'banker@example.org', password: 'not-the-password' });
    expect(failed.status).toBe(401);
    expect((await browser.get('/api/auth/me')).body.user.email).toBe('operator2@example.org');
  });
});

describe('sign-in throttling per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_FAILURES_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it('blocks an address that fails across many accounts, whatever account it tries next', async () => {
    const client = t.anonymous();
    for (const email of ['a@example.org', 'b@example.org', 'c@example.org']) {
      expect((await client.post('/api/auth/login', { email, password: 'guessing-passwords' })).status).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email: 'operator@example.org', password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('forgot-password limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PASSWORD_RESETS_PER_IP_PER_HOUR: '4', PASSWORD_RESETS_PER_ADDRESS_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('sends an address two links an hour at most, answering further requests alike, and refuses a fifth request from one IP with 429', async () => {
    const forgot = (email: string) => t.anonymous().post('/api/auth/password/forgot', { email });
    const answers = [
      await forgot('operator@example.org'),
      await forgot('operator@example.org'),
      await forgot('operator@example.org'),
    ];
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(new Set(answers.map((r) => JSON.stringify(r.body))).size).toBe(1);
    await t.app.get(JobRunner).whenIdle();
    expect(await t.outbox('operator@example.org')).toHaveLength(2);

    expect((await forgot('nobody@example.org')).status).toBe(202);
    const refused = await forgot('someone-else@example.org');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
  });
});
