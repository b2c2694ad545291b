import type { AuditEventDto } from '@alliance/contracts';
import { auditCount, fields } from './helpers';
import { createTestApp, DEMO_ACCOUNTS, ORG, type HttpClient, type TestApp } from './support/test-app';

const idOf = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!.id;

describe('audit trail', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient;
  let banker: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
    ]);
  });
  afterAll(() => t.close());

  const events = async (query: string): Promise<AuditEventDto[]> => {
    const res = await secretariat.get(`/api/audit?limit=100&${query}`);
    expect(res.status).toBe(200);
    return res.body.items as AuditEventDto[];
  };

  describe('recording', () => {
    it('records a suspension with actor, organization, before/after, reason and the request id', async () => {
      const res = await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Audit: unpaid dues' });
      expect(res.status).toBe(200);
      const requestId = res.headers['x-request-id'];
      expect(requestId).toBeTruthy();

      const found = await events(`entityId=${ORG.egypt}&action=organization.suspend`);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        actorUserId: idOf('secretariat@example.org'),
        actorEmail: 'secretariat@example.org',
        organizationId: ORG.egypt,
        action: 'organization.suspend',
        entityType: 'Organization',
        entityId: ORG.egypt,
        requestId,
      });
      expect(found[0].changes).toEqual({
        status: { before: 'active', after: 'suspended' },
        reason: { before: null, after: 'Audit: unpaid dues' },
      });
    });

    it('records only the changed fields of an edit, under the caller-supplied request id', async () => {
      const res = await operator
        .patch(`/api/organizations/${ORG.ssez}`, {
          nameEn: 'Sihanoukville SEZ (renamed)',
          nameZh: '西哈努克港经济特区有限公司', // unchanged
          country: 'KH', // unchanged
        })
        .set('x-request-id', 'audit-rename-1');
      expect(res.status).toBe(200);
      expect(res.headers['x-request-id']).toBe('audit-rename-1');

      const found = await events(`entityId=${ORG.ssez}&action=organization.update`);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        actorUserId: idOf('operator@example.org'),
        organizationId: ORG.ssez,
        entityType: 'Organization',
        requestId: 'audit-rename-1',
      });
      expect(found[0].changes).toEqual({
        nameEn: { before: 'Sihanoukville Special Economic Zone Co., Ltd.', after: 'Sihanoukville SEZ (renamed)' },
      });
    });

    it('records user changes without secrets', async () => {
      const bankerId = idOf('banker@example.org');
      const approver = await t.signIn('approver@example.org');
      const res = await approver.patch(`/api/users/${bankerId}/role`, { orgRole: 'admin' });
      expect(res.status).toBe(200);
      const [event] = await events(`entityId=${bankerId}&action=user.change_role`);
      expect(event).toMatchObject({
        actorUserId: idOf('approver@example.org'),
        organizationId: ORG.bankOfJiangsu,
        requestId: res.headers['x-request-id'],
      });
      expect(event.changes).toEqual({ orgRole: { before: 'member', after: 'admin' } });
      await approver.patch(`/api/users/${bankerId}/role`, { orgRole: 'member' });

      // A password change is recorded, the hash never is.
      await banker.post('/api/auth/password', {
        currentPassword: 'alliance-demo-2026',
        newPassword: 'audit-safe-passphrase-1',
      });
      const [{ password_hash: hash }] = (await t.db.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [
        bankerId,
      ])) as {
        password_hash: string;
      }[];
      const leaks = (await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE changes::text LIKE '%' || $1 || '%' OR changes ? 'passwordHash' OR changes ? 'tokenHash'`,
        [hash],
      )) as { n: number }[];
      expect(Number(leaks[0].n)).toBe(0);
      banker = await t.signIn('banker@example.org', 'audit-safe-passphrase-1');
    });

    it('writes the event in the same transaction: if the event cannot be written, the change is undone', async () => {
      await t.db.dataSource.query(
        `CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused by test'; END $$`,
      );
      await t.db.dataSource.query(
        `CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`,
      );
      try {
        const res = await secretariat.post(`/api/organizations/${ORG.vietnam}/suspend`, { reason: 'Should not stick' });
        expect(res.status).toBe(500);
        expect(res.body.error).toBe('INTERNAL');
        const edit = await operator.patch(`/api/organizations/${ORG.ssez}`, {
          website: 'https://not-stored.example.org',
        });
        expect(edit.status).toBe(500);
      } finally {
        await t.db.dataSource.query('DROP TRIGGER test_refuse_audit ON audit_events');
        await t.db.dataSource.query('DROP FUNCTION test_refuse_audit()');
      }
      expect((await secretariat.get(`/api/organizations/${ORG.vietnam}`)).body.status).toBe('active');
      expect((await secretariat.get(`/api/organizations/${ORG.ssez}`)).body.website).not.toBe(
        'https://not-stored.example.org',
      );
      // And no half-written trail: neither attempt left an event behind.
      expect(await events(`entityId=${ORG.vietnam}`)).toHaveLength(0);
      expect(await events(`entityId=${ORG.ssez}&action=organization.update`)).toHaveLength(1);
    });

    it('writes no event for an update that changes nothing, nor for a switch of language', async () => {
      const before = await auditCount(t);
      const same = await operator.patch(`/api/organizations/${ORG.ssez}`, { country: 'KH' });
      expect(same.status).toBe(200);
      expect((await operator.patch('/api/auth/me', { locale: 'zh' })).status).toBe(200);
      expect((await operator.patch('/api/auth/me', { locale: 'en' })).status).toBe(200);
      expect(await auditCount(t)).toBe(before);

      // A real change of the profile is recorded, without the language that went with it.
      expect((await operator.patch('/api/auth/me', { displayName: 'SSEZ Admin (audited)', locale: 'zh' })).status).toBe(
        200,
      );
      const [renamed] = await events(`entityId=${idOf('operator@example.org')}&action=user.update_profile`);
      expect(renamed.changes).toEqual({
        displayName: { before: 'Sihanoukville SEZ Admin', after: 'SSEZ Admin (audited)' },
      });
      await operator.patch('/api/auth/me', { displayName: 'Sihanoukville SEZ Admin', locale: 'en' });
    });

    it('writes nothing for a refused change', async () => {
      const before = await auditCount(t);
      const refused = [
        // illegal transition: egypt is already suspended
        await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Twice' }),
        // validation failure
        await operator.patch(`/api/organizations/${ORG.ssez}`, { country: 'Cambodia' }),
        await secretariat.post(`/api/organizations/${ORG.egypt}/reinstate`, {}),
        // not allowed, not found, not visible
        await operator.post(`/api/organizations/${ORG.indonesia}/suspend`, { reason: 'Not mine' }),
        await operator.patch(`/api/organizations/${ORG.indonesia}`, { website: 'https://x.example.org' }),
        await secretariat.post(`/api/organizations/00000000-0000-4000-8000-00000000ffff/suspend`, { reason: 'Nobody' }),
        // business rule
        await secretariat.post(`/api/organizations/${ORG.secretariat}/suspend`, { reason: 'Self' }),
      ];
      expect(refused.map((r) => r.status)).toEqual([409, 400, 400, 403, 404, 404, 422]);
      expect(await auditCount(t)).toBe(before);
    });
  });

  describe('reading', () => {
    it('is only for the secretariat', async () => {
      for (const client of [operator, banker]) {
        const res = await client.get('/api/audit');
        expect(res.status).toBe(403);
        expect(res.body.error).toBe('FORBIDDEN');
      }
      const anon = await t.anonymous().get('/api/audit');
      expect(anon.status).toBe(401);
      expect(anon.body.error).toBe('UNAUTHENTICATED');
      expect((await secretariat.get('/api/audit')).status).toBe(200);
    });

    it('names each record, its actor and organization, with a link to the record', async () => {
      const [suspension] = await events(`entityId=${ORG.egypt}&action=organization.suspend`);
      expect(suspension).toMatchObject({
        actorName: 'Secretariat Officer',
        organization: { id: ORG.egypt, nameEn: 'Jiangsu–Egypt Industrial Zone Co.', nameZh: expect.any(String) },
        record: {
          nameEn: 'Jiangsu–Egypt Industrial Zone Co.',
          nameZh: expect.any(String),
          link: `/admin/organizations/${ORG.egypt}`,
        },
      });
      const [role] = await events(`action=user.change_role`);
      expect(role.record).toEqual({
        nameEn: 'Bank of Jiangsu Analyst',
        nameZh: 'Bank of Jiangsu Analyst',
        link: '/admin/users?q=banker@example.org',
      });
      const [login] = await events(`action=auth.login&actorUserId=${idOf('operator@example.org')}`);
      expect(login).toMatchObject({ entityType: 'Session', record: { nameEn: expect.any(String), link: null } });
      expect(fields(await secretariat.get('/api/audit?entityType=Spaceship'))).toEqual(['entityType']);
    });

    it('filters by action, exact or by prefix', async () => {
      const exact = await events('action=organization.suspend');
      expect(exact.length).toBeGreaterThan(0);
      for (const e of exact) expect(e.action).toBe('organization.suspend');

      const prefix = await events('action=organization.');
      expect(new Set(prefix.map((e) => e.action))).toEqual(new Set(['organization.suspend', 'organization.update']));
      // A prefix without the dot is an exact match, so it finds nothing.
      expect(await events('action=organization')).toHaveLength(0);
    });

    it('filters by entity type, entity id, actor and organization', async () => {
      const users = await events('entityType=User');
      expect(users.length).toBeGreaterThan(0);
      for (const e of users) expect(e.entityType).toBe('User');

      const egypt = await events(`entityId=${ORG.egypt}`);
      expect(egypt.length).toBeGreaterThan(0);
      for (const e of egypt) expect(e.entityId).toBe(ORG.egypt);

      const byOperator = await events(`actorUserId=${idOf('operator@example.org')}`);
      expect(byOperator.map((e) => e.action)).toEqual(expect.arrayContaining(['organization.update', 'auth.login']));
      for (const e of byOperator) expect(e.actorUserId).toBe(idOf('operator@example.org'));

      const bank = await events(`organizationId=${ORG.bankOfJiangsu}`);
      expect(bank.map((e) => e.action)).toEqual(expect.arrayContaining(['user.change_role', 'auth.password_changed']));
      for (const e of bank) expect(e.organizationId).toBe(ORG.bankOfJiangsu);

      const bad = await secretariat.get('/api/audit?actorUserId=operator&organizationId=1');
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('VALIDATION_FAILED');
      expect(new Set(fields(bad))).toEqual(new Set(['actorUserId', 'organizationId']));
    });

    it('filters by time, newest first', async () => {
      const all = await events('');
      expect(all.length).toBeGreaterThan(3);
      const times = all.map((e) => Date.parse(e.occurredAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);

      const pivot = all.find((e) => e.action === 'organization.update')!;
      const pivotMs = Date.parse(pivot.occurredAt);
      const from = await events(`from=${encodeURIComponent(pivot.occurredAt)}`);
      expect(from.map((e) => e.id)).toContain(pivot.id);
      for (const e of from) expect(Date.parse(e.occurredAt)).toBeGreaterThanOrEqual(pivotMs);
      expect(from.length).toBeLessThan(all.length);

      // occurredAt is shown to the millisecond; the stored time may be a fraction later.
      const to = await events(`to=${encodeURIComponent(new Date(pivotMs + 1).toISOString())}`);
      expect(to.map((e) => e.id)).toContain(pivot.id);
      for (const e of to) expect(Date.parse(e.occurredAt)).toBeLessThanOrEqual(pivotMs + 1);
      expect(to.length).toBeLessThan(all.length);

      expect(await events('to=2000-01-01T00:00:00Z')).toHaveLength(0);
      expect(await events('from=2999-01-01T00:00:00Z')).toHaveLength(0);

      const bad = await secretariat.get('/api/audit?from=yesterday');
      expect(bad.status).toBe(400);
      expect(fields(bad)).toEqual(['from']);
    });

    it('pages, with the page size capped at 100', async () => {
      const capped = await secretariat.get('/api/audit?limit=101');
      expect(capped.status).toBe(400);
      expect(capped.body.error).toBe('VALIDATION_FAILED');
      expect(fields(capped)).toEqual(['limit']);

      const one = await secretariat.get('/api/audit?limit=1');
      expect(one.status).toBe(200);
      expect(one.body.items).toHaveLength(1);
      expect(one.body.total).toBe(await auditCount(t));
      expect(one.body.total).toBeGreaterThan(1);
      const second = await secretariat.get('/api/audit?limit=1&page=2');
      expect(second.body.items[0].id).not.toBe(one.body.items[0].id);
    });
  });

  describe('append-only', () => {
    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      const before = await auditCount(t);
      await expect(t.db.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(t.db.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(t.db.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
      expect(await auditCount(t)).toBe(before);
      const [row] = (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'x'`)) as {
        n: number;
      }[];
      expect(Number(row.n)).toBe(0);
    });
  });
});
