import { fields } from './helpers';
import { createTestApp, DEMO_ACCOUNTS, ORG, type HttpClient, type TestApp } from './support/test-app';

const idOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!.id;
const GOOD_PASSWORD = 'invited-and-accepted-2026';

describe('users and invitations', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let approver: HttpClient; // admin of Bank of Jiangsu
  let banker: HttpClient; // member of Bank of Jiangsu
  let operator: HttpClient; // admin of the Sihanoukville SEZ operator
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, approver, banker, operator] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('operator@example.org'),
    ]);
  });
  afterAll(() => t.close());

  const invite = (client: HttpClient, email: string, extra: object = {}) =>
    client.post('/api/users', { email, displayName: 'New Colleague', orgRole: 'member', ...extra });
  const accept = (token: string, password: string) =>
    t.anonymous().post('/api/auth/invitations/accept', { token, password });
  const userCount = async () => {
    const [row] = (await t.db.dataSource.query('SELECT count(*)::int AS n FROM users')) as { n: number }[];
    return Number(row.n);
  };

  describe('invitations', () => {
    it('lets an org admin invite a colleague, who accepts the e-mailed link once and signs in', async () => {
      const res = await invite(approver, 'New.Analyst@Example.org', { displayName: 'New Analyst' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        email: 'new.analyst@example.org',
        displayName: 'New Analyst',
        status: 'invited',
        orgRole: 'member',
        organizationId: ORG.bankOfJiangsu,
        organizationNameEn: 'Bank of Jiangsu',
      });

      const mails = await t.outbox('new.analyst@example.org');
      expect(mails).toHaveLength(1);
      expect(mails[0].template).toBe('invitation');
      expect(mails[0].subject).toBe('Your invitation to the Alliance Portal');
      expect(mails[0].bodyText).toContain(
        'You have been invited to join “Bank of Jiangsu” on the Alliance Portal.\n\nSet your password',
      );
      const { link, token } = await t.linkFor('new.analyst@example.org');
      expect(link).toContain('/accept-invitation?token=');

      // No password yet: the account cannot sign in.
      const early = await t
        .anonymous()
        .post('/api/auth/login', { email: 'new.analyst@example.org', password: GOOD_PASSWORD });
      expect(early.status).toBe(401);

      const weak = await accept(token, 'short');
      expect(weak.status).toBe(422);
      expect(weak.body.error).toBe('WEAK_PASSWORD');
      expect(fields(weak)).toEqual(['password']);

      const ok = await accept(token, GOOD_PASSWORD);
      expect(ok.status).toBe(204);
      const client = await t.signIn('new.analyst@example.org', GOOD_PASSWORD);
      const me = await client.get('/api/auth/me');
      expect(me.body.user).toMatchObject({ email: 'new.analyst@example.org', orgRole: 'member' });
      expect(me.body.organization.id).toBe(ORG.bankOfJiangsu);

      const again = await accept(token, 'another-good-password-2026');
      expect(again.status).toBe(422);
      expect(again.body.error).toBe('TOKEN_INVALID');
      expect(fields(again)).toEqual(['token']);
    });

    it('refuses an e-mail already in use, whatever its case', async () => {
      const before = await userCount();
      const res = await invite(approver, 'BANKER@example.org');
      expect(res.status).toBe(409);
      expect(res.body.error).toBe('EMAIL_TAKEN');
      expect(fields(res)).toEqual(['email']);
      expect(await userCount()).toBe(before);
      expect(await t.outbox('banker@example.org')).toHaveLength(0);
    });

    it('refuses an org admin inviting into another organization', async () => {
      const res = await invite(approver, 'outsider@example.org', { organizationId: ORG.sinosure });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('FORBIDDEN');
      expect(await t.outbox('outsider@example.org')).toHaveLength(0);
      // Naming their own organization explicitly is fine.
      const own = await invite(approver, 'insider@example.org', { organizationId: ORG.bankOfJiangsu });
      expect(own.status).toBe(201);
    });

    it('refuses a plain member inviting anyone', async () => {
      const res = await invite(banker, 'friend@example.org');
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('FORBIDDEN');
      expect(await t.outbox('friend@example.org')).toHaveLength(0);
    });

    it('lets the secretariat invite into any organization, but only an active one', async () => {
      const res = await invite(secretariat, 'vietnam.admin@example.org', {
        organizationId: ORG.vietnam,
        orgRole: 'admin',
        locale: 'zh',
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        organizationId: ORG.vietnam,
        orgRole: 'admin',
        status: 'invited',
        locale: 'zh',
      });
      expect(await t.outbox('vietnam.admin@example.org')).toHaveLength(1);

      const unknown = await invite(secretariat, 'ghost@example.org', {
        organizationId: '00000000-0000-4000-8000-00000000ffff',
      });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error).toBe('NOT_FOUND');

      await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Invitation test' });
      const suspended = await invite(secretariat, 'egypt.user@example.org', { organizationId: ORG.egypt });
      expect(suspended.status).toBe(422);
      expect(fields(suspended)).toEqual(['organizationId']);
      await secretariat.post(`/api/organizations/${ORG.egypt}/reinstate`, { reason: 'Done' });
    });

    it('validates the invitation field by field', async () => {
      const res = await approver.post('/api/users', {
        email: 'not-an-email',
        displayName: '',
        orgRole: 'owner',
        locale: 'fr',
        organizationId: 'x',
        foo: 1,
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect(new Set(fields(res))).toEqual(
        new Set(['email', 'displayName', 'orgRole', 'locale', 'organizationId', 'foo']),
      );
    });

    it('expires the invitation link after 7 days', async () => {
      const res = await invite(approver, 'late.joiner@example.org');
      expect(res.status).toBe(201);
      const { token } = await t.linkFor('late.joiner@example.org');
      const [row] = (await t.db.dataSource.query(
        `SELECT extract(epoch FROM expires_at - now()) AS seconds FROM auth_tokens WHERE purpose = 'invitation' AND user_id = $1`,
        [res.body.id],
      )) as { seconds: string }[];
      expect(Math.abs(Number(row.seconds) - 7 * 24 * 3600)).toBeLessThan(120);

      await t.db.dataSource.query(
        `UPDATE auth_tokens SET expires_at = now() - interval '1 minute' WHERE purpose = 'invitation' AND user_id = $1`,
        [res.body.id],
      );
      const late = await accept(token, GOOD_PASSWORD);
      expect(late.status).toBe(422);
      expect(late.body.error).toBe('TOKEN_INVALID');
      const [user] = (await t.db.dataSource.query('SELECT status FROM users WHERE id = $1', [res.body.id])) as {
        status: string;
      }[];
      expect(user.status).toBe('invited');
    });
  });

  describe('list', () => {
    it("shows an org admin and a member only their own organization's users", async () => {
      for (const client of [approver, banker]) {
        const res = await client.get('/api/users?limit=100');
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeGreaterThanOrEqual(2);
        expect(res.body.total).toBe(res.body.items.length);
        for (const user of res.body.items) expect(user.organizationId).toBe(ORG.bankOfJiangsu);
        expect(res.body.items.map((u: { email: string }) => u.email)).toEqual(
          expect.arrayContaining(['banker@example.org', 'approver@example.org']),
        );
      }
      // Filtering by another organization does not widen the scope.
      const other = await approver.get(`/api/users?organizationId=${ORG.ssez}`);
      expect(other.status).toBe(200);
      expect(other.body.total).toBe(0);
    });

    it('shows the secretariat every user and filters by organization', async () => {
      const all = await secretariat.get('/api/users?limit=100');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(await userCount());
      expect(new Set(all.body.items.map((u: { organizationId: string }) => u.organizationId)).size).toBeGreaterThan(3);

      const ssez = await secretariat.get(`/api/users?organizationId=${ORG.ssez}`);
      expect(ssez.status).toBe(200);
      expect(ssez.body.items.length).toBeGreaterThan(0);
      for (const user of ssez.body.items) expect(user.organizationId).toBe(ORG.ssez);
      expect(ssez.body.items.map((u: { email: string }) => u.email)).toContain('operator@example.org');

      const bad = await secretariat.get('/api/users?organizationId=ssez&limit=101');
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(new Set(fields(bad))).toEqual(new Set(['organizationId', 'limit']));
    });

    it('is closed to visitors', async () => {
      const res = await t.anonymous().get('/api/users');
      expect(res.status).toBe(401);
      expect(res.body.error).toBe('UNAUTHENTICATED');
    });
  });

  describe('disable, enable and role', () => {
    it("answers 404 to an admin acting on another organization's user, and changes nothing", async () => {
      const operatorId = idOf('operator@example.org');
      const attempts = [
        await approver.post(`/api/users/${operatorId}/disable`),
        await approver.post(`/api/users/${operatorId}/enable`),
        await approver.patch(`/api/users/${operatorId}/role`, { orgRole: 'member' }),
      ];
      for (const res of attempts) {
        expect(res.status).toBe(404);
        expect(res.body.error).toBe('NOT_FOUND');
      }
      const [row] = (await t.db.dataSource.query('SELECT status, org_role FROM users WHERE id = $1', [operatorId])) as {
        status: string;
        org_role: string;
      }[];
      expect(row).toEqual({ status: 'active', org_role: 'admin' });
      expect((await operator.get('/api/auth/me')).status).toBe(200);
    });

    it('answers 404 to an unknown or malformed user id', async () => {
      for (const id of ['00000000-0000-4000-8000-00000000ffff', 'nope']) {
        const res = await secretariat.post(`/api/users/${id}/disable`);
        expect(res.status).toBe(404);
        expect(res.body.error).toBe('NOT_FOUND');
      }
    });

    it("changes a colleague's role, which takes effect on their next request", async () => {
      const bankerId = idOf('banker@example.org');
      expect((await invite(banker, 'before.promotion@example.org')).status).toBe(403);

      const promoted = await approver.patch(`/api/users/${bankerId}/role`, { orgRole: 'admin' });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ id: bankerId, orgRole: 'admin' });
      expect((await invite(banker, 'after.promotion@example.org')).status).toBe(201);

      const demoted = await approver.patch(`/api/users/${bankerId}/role`, { orgRole: 'member' });
      expect(demoted.status).toBe(200);
      expect(demoted.body.orgRole).toBe('member');

      const bad = await approver.patch(`/api/users/${bankerId}/role`, { orgRole: 'owner' });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(fields(bad)).toEqual(['orgRole']);
    });

    it('refuses a member changing roles or disabling colleagues', async () => {
      const approverId = idOf('approver@example.org');
      const role = await banker.patch(`/api/users/${approverId}/role`, { orgRole: 'member' });
      expect(role.status).toBe(403);
      expect(role.body.error).toBe('FORBIDDEN');
      const disable = await banker.post(`/api/users/${approverId}/disable`);
      expect(disable.status).toBe(403);
    });

    it('refuses an admin disabling themselves or changing their own role', async () => {
      const approverId = idOf('approver@example.org');
      const disable = await approver.post(`/api/users/${approverId}/disable`);
      expect(disable.status).toBe(422);
      expect(disable.body.error).toBe('UNPROCESSABLE');
      expect(disable.body.reason).toBe('OWN_ACCOUNT_STATUS');
      const role = await approver.patch(`/api/users/${approverId}/role`, { orgRole: 'member' });
      expect(role.status).toBe(422);
      expect(fields(role)).toEqual(['orgRole']);
      expect(role.body).toMatchObject({ reason: 'OWN_ROLE', details: [{ field: 'orgRole', constraint: 'OWN_ROLE' }] });
      expect((await approver.get('/api/auth/me')).body.user.orgRole).toBe('admin');
    });

    it('disables and enables once each: a second call is an illegal transition', async () => {
      const bankerId = idOf('banker@example.org');
      const disabled = await approver.post(`/api/users/${bankerId}/disable`);
      expect(disabled.status).toBe(200);
      expect(disabled.body.status).toBe('disabled');
      const disableAgain = await approver.post(`/api/users/${bankerId}/disable`);
      expect(disableAgain.status).toBe(409);
      expect(disableAgain.body.error).toBe('ILLEGAL_TRANSITION');
      expect(disableAgain.body.message).toBe('Cannot disable a record that is disabled; allowed: enable');

      const enabled = await approver.post(`/api/users/${bankerId}/enable`);
      expect(enabled.status).toBe(200);
      expect(enabled.body.status).toBe('active');
      const enableAgain = await approver.post(`/api/users/${bankerId}/enable`);
      expect(enableAgain.status).toBe(409);
      expect(enableAgain.body.error).toBe('ILLEGAL_TRANSITION');
      expect(enableAgain.body.message).toBe('Cannot enable a record that is active; allowed: disable');
    });

    it('returns a disabled invitee to invited, not active, when enabled', async () => {
      const invited = await invite(approver, 'pending@example.org');
      expect((await approver.post(`/api/users/${invited.body.id}/disable`)).status).toBe(200);
      const enabled = await approver.post(`/api/users/${invited.body.id}/enable`);
      expect(enabled.status).toBe(200);
      expect(enabled.body.status).toBe('invited');
    });
  });
});
