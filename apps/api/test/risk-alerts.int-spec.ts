import { ORG } from '../../../seeds/demo-data';
import { RiskAlertsService } from '../src/modules/risk-alerts/risk-alerts.service';
import { addColleague, fieldSet, sleep } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_REQUEST = '00000000-0000-4000-8000-000000000701'; // demo: a financing request of the Sihanoukville zone (KH)
const DEMO_CUSTOMS_ALERT = '00000000-0000-4000-8000-000000001502'; // demo: KH, VN, ID; acknowledged by two of three

const alert = (override: Record<string, unknown> = {}) => ({
  severity: 'warning',
  category: 'security',
  countries: ['KH'],
  place: 'Sihanoukville',
  titleEn: 'Protests near the port',
  titleZh: '港口附近发生抗议活动',
  bodyEn: 'Avoid the port road this week.',
  bodyZh: '本周请避开港口道路。',
  validFrom: new Date().toISOString(),
  validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
  ...override,
});

describe('risk alerts', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let researcher: HttpClient; // admin, research institute: issues alerts
  let partner: HttpClient; // admin, service provider: issues alerts
  let operator: HttpClient; // admin, Sihanoukville SEZ (KH): exposed in Cambodia
  let operator2: HttpClient; // admin, Indonesia park (ID)
  let banker: HttpClient; // member, Bank of Jiangsu: follows Cambodia below
  let approver: HttpClient; // admin, Bank of Jiangsu: not exposed anywhere
  let ssezMember: HttpClient; // a member (not admin) of the Sihanoukville SEZ, on the daily digest

  /** The users told about an alert by notifications of `type`, by e-mail address, each as many times as told. */
  const told = async (alertId: string, type: string): Promise<string[]> =>
    (
      (await t.db.dataSource.query(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = $2 ORDER BY u.email`,
        [alertId, type],
      )) as { email: string }[]
    ).map((r) => r.email);

  const alertMails = async (to: string, alertId: string) =>
    (await t.outbox(to)).filter((m) => m.bodyText.includes(`/policy/alerts/${alertId}`));

  beforeAll(async () => {
    t = await createTestApp();
    await addColleague(t, 'operator@example.org', 'ssez.member@example.org');
    await addColleague(t, 'operator@example.org', 'ssez.off@example.org');
    await addColleague(t, 'operator@example.org', 'ssez.left@example.org');
    await t.db.dataSource.query(
      `UPDATE users SET notification_email_mode = 'daily' WHERE email = 'ssez.member@example.org'`,
    );
    await t.db.dataSource.query(
      `UPDATE users SET notification_email_mode = 'off' WHERE email = 'ssez.off@example.org'`,
    );
    await t.db.dataSource.query(`UPDATE users SET status = 'disabled' WHERE email = 'ssez.left@example.org'`);
    [secretariat, researcher, partner, operator, operator2, banker, approver, ssezMember] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('researcher@example.org'),
      t.signIn('partner@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('ssez.member@example.org'),
    ]);
    const follows = { countries: ['KH'], sectors: [], kinds: [], organizationIds: [] };
    expect((await banker.put('/api/me/follows', follows)).status).toBe(200);
    // The operator follows its own country too: exposed and a follower, told once.
    expect((await operator.put('/api/me/follows', follows)).status).toBe(200);
  });
  afterAll(() => t.close());

  it('is issued by the secretariat and by research institutes’ and service providers’ admins, and by nobody else', async () => {
    const before = await t.db.dataSource.query('SELECT count(*)::int AS n FROM risk_alerts');
    expect((await t.anonymous().post('/api/risk-alerts', alert())).status).toBe(401);
    expect((await operator.post('/api/risk-alerts', alert())).status).toBe(403);
    expect((await banker.post('/api/risk-alerts', alert())).status).toBe(403);
    expect((await t.db.dataSource.query('SELECT count(*)::int AS n FROM risk_alerts'))[0].n).toBe(before[0].n);

    for (const issuer of [secretariat, researcher, partner]) {
      const res = await issuer.post('/api/risk-alerts', alert({ severity: 'info' }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'active', updateNumber: 0, countries: ['KH'], place: 'Sihanoukville' });
      expect(res.body.issuedAt).not.toBeNull();
    }
  });

  it('refuses bad input with every field named, and domain rules by their reason, writing nothing', async () => {
    const count = async () => (await t.db.dataSource.query('SELECT count(*)::int AS n FROM risk_alerts'))[0].n;
    const before = await count();
    const bad = await secretariat.post('/api/risk-alerts', {
      severity: 'apocalyptic',
      category: 'weather',
      countries: [],
      validFrom: 'tomorrow',
      titleEn: 'x'.repeat(301),
    });
    expect(bad.status).toBe(400);
    expect(fieldSet(bad).sort()).toEqual(['category', 'countries', 'severity', 'titleEn', 'validFrom']);
    expect((await secretariat.post('/api/risk-alerts', alert({ countries: ['XX'] }))).status).toBe(400);
    const reasons = [
      [alert({ titleEn: ' ', titleZh: null }), 'ALERT_TITLE_REQUIRED'],
      [alert({ bodyEn: null, bodyZh: '' }), 'ALERT_BODY_REQUIRED'],
      [alert({ validUntil: new Date(Date.now() - 86_400_000 * 10).toISOString() }), 'ALERT_VALIDITY_ENDS_BEFORE_START'],
      [
        alert({
          validFrom: new Date(Date.now() - 86_400_000 * 3).toISOString(),
          validUntil: new Date(Date.now() - 86_400_000).toISOString(),
        }),
        'ALERT_VALIDITY_PAST',
      ],
    ] as const;
    for (const [body, reason] of reasons) {
      const res = await secretariat.post('/api/risk-alerts', body);
      expect(res.status).toBe(422);
      expect(res.body.reason).toBe(reason);
    }
    expect(await count()).toBe(before);
  });

  it('reaches the exposed organizations’ active users and the country’s followers, each once; never a suspended organization', async () => {
    // A user of an operator exposed in Viet Nam, whose organization is suspended.
    await addColleague(t, 'operator2@example.org', 'vn.staff@example.org');
    await t.db.dataSource.query(`UPDATE users SET organization_id = $1 WHERE email = 'vn.staff@example.org'`, [
      ORG.vietnam,
    ]);
    expect(
      (await secretariat.post(`/api/organizations/${ORG.vietnam}/suspend`, { reason: 'Dues unpaid' })).status,
    ).toBe(200);

    const res = await secretariat.post('/api/risk-alerts', alert({ countries: ['KH', 'VN'] }));
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    // Exposed: the Sihanoukville SEZ (its park, its open financing request and its open cooperation project); followers of KH: the banker.
    expect(await told(id, 'alert_issued')).toEqual([
      'banker@example.org',
      'operator@example.org',
      'ssez.member@example.org',
      'ssez.off@example.org',
    ]);
    const report = await secretariat.get(`/api/risk-alerts/${id}/report`);
    expect(report.body.organizations.map((o: { organization: { id: string } }) => o.organization.id)).toEqual([
      ORG.ssez,
    ]);
    expect(report.body.organizations[0]).toMatchObject({ reasons: ['financing', 'park', 'project'], usersReached: 3 });
    expect(report.body).toMatchObject({ usersReached: 4, followersReached: 1, acknowledged: 0, unacknowledged: 1 });

    // E-mail: at once to those who want it so; a warning waits for the digest of a digest user; none when off.
    expect(await alertMails('operator@example.org', id)).toHaveLength(1);
    expect(await alertMails('banker@example.org', id)).toHaveLength(1);
    expect(await alertMails('ssez.member@example.org', id)).toHaveLength(0);
    expect(await alertMails('ssez.off@example.org', id)).toHaveLength(0);
  });

  it('e-mails a critical alert at once to exposed users on the digest, not to those who turned e-mail off', async () => {
    const res = await secretariat.post('/api/risk-alerts', alert({ severity: 'critical', titleEn: 'Port closed' }));
    expect(res.status).toBe(201);
    expect(await alertMails('ssez.member@example.org', res.body.id)).toHaveLength(1);
    expect(await alertMails('ssez.off@example.org', res.body.id)).toHaveLength(0);
    expect(await told(res.body.id, 'alert_issued')).toContain('ssez.off@example.org'); // in the app still
  });

  it('holds a member’s critical alert until a secretariat user releases it', async () => {
    const res = await researcher.post(
      '/api/risk-alerts',
      alert({ severity: 'critical', titleEn: 'Curfew in Sihanoukville' }),
    );
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect(res.body).toMatchObject({ status: 'pending_release', issuedAt: null, actions: ['withdraw'] });
    expect(await told(id, 'alert_issued')).toEqual([]);
    expect(await told(id, 'alert_release_requested')).toEqual(['secretariat@example.org']);
    // Nobody else sees it yet.
    expect((await operator.get(`/api/risk-alerts/${id}`)).status).toBe(404);
    expect(
      (await operator.get('/api/risk-alerts?status=all')).body.items.map((a: { id: string }) => a.id),
    ).not.toContain(id);
    expect((await operator.post(`/api/risk-alerts/${id}/release`, { version: 1 })).status).toBe(403);
    expect((await researcher.post(`/api/risk-alerts/${id}/release`, { version: 1 })).status).toBe(403);

    const released = await secretariat.post(`/api/risk-alerts/${id}/release`, { version: res.body.version });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'active', releasedByName: expect.any(String) });
    expect(await told(id, 'alert_released')).toEqual(['researcher@example.org']);
    expect(await told(id, 'alert_issued')).toContain('operator@example.org');
    const again = await secretariat.post(`/api/risk-alerts/${id}/release`, { version: released.body.version });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('ILLEGAL_TRANSITION');
  });

  it('numbers updates and tells everyone again, once per update; refuses an empty or stale one', async () => {
    const { body: issued } = await researcher.post('/api/risk-alerts', alert());
    expect(
      (await operator.post(`/api/risk-alerts/${issued.id}/updates`, { noteEn: 'x', version: issued.version })).status,
    ).toBe(403);
    expect(
      (await partner.post(`/api/risk-alerts/${issued.id}/updates`, { noteEn: 'x', version: issued.version })).status,
    ).toBe(403);
    const empty = await researcher.post(`/api/risk-alerts/${issued.id}/updates`, { version: issued.version });
    expect(empty.status).toBe(422);
    expect(empty.body.reason).toBe('ALERT_UPDATE_EMPTY');

    const first = await researcher.post(`/api/risk-alerts/${issued.id}/updates`, {
      noteEn: 'The road is open again.',
      noteZh: '道路已重新开放。',
      version: issued.version,
    });
    expect(first.status).toBe(200);
    const second = await secretariat.post(`/api/risk-alerts/${issued.id}/updates`, {
      severity: 'critical',
      version: first.body.version,
    });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ updateNumber: 2, severity: 'critical' });
    expect(second.body.updates.map((u: { number: number }) => u.number)).toEqual([2, 1]);
    expect(second.body.updates[1]).toMatchObject({ noteEn: 'The road is open again.', severity: 'warning' });
    const updated = await told(issued.id, 'alert_updated');
    expect(updated.filter((e) => e === 'operator@example.org')).toHaveLength(2);
    expect(updated.filter((e) => e === 'banker@example.org')).toHaveLength(2);
    expect(updated).not.toContain('researcher@example.org'); // told of the second (not their own), not the first
    const stale = await researcher.post(`/api/risk-alerts/${issued.id}/updates`, {
      noteEn: 'x',
      version: first.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('CONFLICT');
  });

  it('withdraws with an all clear that reaches exactly those the alert reached', async () => {
    const { body: issued } = await partner.post('/api/risk-alerts', alert({ titleEn: 'Issued in error' }));
    const reached = await told(issued.id, 'alert_issued');
    // Someone who starts following Cambodia afterwards was not reached, and is not told the all clear.
    expect(
      (await approver.put('/api/me/follows', { countries: ['KH'], sectors: [], kinds: [], organizationIds: [] }))
        .status,
    ).toBe(200);
    const noText = await partner.post(`/api/risk-alerts/${issued.id}/withdraw`, { version: issued.version });
    expect(noText.status).toBe(422);
    expect(noText.body.reason).toBe('ALERT_ALL_CLEAR_REQUIRED');
    expect(
      (await researcher.post(`/api/risk-alerts/${issued.id}/withdraw`, { allClearEn: 'x', version: issued.version }))
        .status,
    ).toBe(403);

    const res = await partner.post(`/api/risk-alerts/${issued.id}/withdraw`, {
      allClearEn: 'Issued in error: there are no protests.',
      version: issued.version,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'withdrawn', allClearEn: 'Issued in error: there are no protests.' });
    expect(await told(issued.id, 'alert_all_clear')).toEqual(reached);
    expect(reached).not.toContain('approver@example.org');
    const update = await partner.post(`/api/risk-alerts/${issued.id}/updates`, {
      noteEn: 'x',
      version: res.body.version,
    });
    expect(update.status).toBe(409);
    expect(update.body.error).toBe('ILLEGAL_TRANSITION');
    // Withdrawn alerts leave the current list.
    expect((await operator.get('/api/risk-alerts')).body.items.map((a: { id: string }) => a.id)).not.toContain(
      issued.id,
    );
  });

  it('leaves the active lists when its validity ends, and the job runner marks it expired', async () => {
    const { body: issued } = await secretariat.post(
      '/api/risk-alerts',
      alert({ validUntil: new Date(Date.now() + 1500).toISOString() }),
    );
    expect(
      (await operator.get('/api/risk-alerts?status=active')).body.items.map((a: { id: string }) => a.id),
    ).toContain(issued.id);
    await sleep(1700);
    expect(
      (await operator.get('/api/risk-alerts?status=active')).body.items.map((a: { id: string }) => a.id),
    ).not.toContain(issued.id);
    expect(await t.app.get(RiskAlertsService).expireOverdue()).toBeGreaterThanOrEqual(1);
    const after = await operator.get(`/api/risk-alerts/${issued.id}`);
    expect(after.body).toMatchObject({ status: 'expired', actions: [] });
    const [audit] = await t.db.dataSource.query(
      `SELECT actor_user_id FROM audit_events WHERE entity_id = $1 AND action = 'risk_alert.expire'`,
      [issued.id],
    );
    expect(audit).toEqual({ actor_user_id: null });
    expect(
      (await operator.get('/api/risk-alerts?status=expired')).body.items.map((a: { id: string }) => a.id),
    ).toContain(issued.id);
  });

  it('is acknowledged by an exposed organization’s admin, once; the secretariat sees who has not and reminds them', async () => {
    const { body: issued } = await secretariat.post('/api/risk-alerts', alert({ countries: ['KH', 'ID'] }));
    expect(issued.actions).toEqual(['update', 'withdraw', 'remind']);
    const asOperator = await operator.get(`/api/risk-alerts/${issued.id}`);
    expect(asOperator.body.actions).toEqual(['acknowledge']);
    expect(asOperator.body.exposure).toEqual({ reasons: ['financing', 'park', 'project'], acknowledgedAt: null });

    // The list of those waiting for an acknowledgement: the organization's own; the secretariat's, anyone's.
    const waiting = async (client: HttpClient) =>
      (await client.get('/api/risk-alerts?status=active&unacknowledged=true&limit=100')).body.items.map(
        (a: { id: string }) => a.id,
      );
    expect(await waiting(operator)).toContain(issued.id);
    expect(await waiting(approver)).not.toContain(issued.id);
    expect((await ssezMember.post(`/api/risk-alerts/${issued.id}/acknowledge`, {})).status).toBe(403);
    const notExposed = await approver.post(`/api/risk-alerts/${issued.id}/acknowledge`, {});
    expect(notExposed.status).toBe(422);
    expect(notExposed.body.reason).toBe('ALERT_NOT_EXPOSED');
    const acked = await operator.post(`/api/risk-alerts/${issued.id}/acknowledge`, {
      note: 'All staff informed by SMS.',
    });
    expect(acked.status).toBe(200);
    expect(acked.body.acknowledgement).toMatchObject({
      note: 'All staff informed by SMS.',
      byName: expect.any(String),
    });
    expect(acked.body.actions).toEqual([]);
    expect(await waiting(operator)).not.toContain(issued.id);
    expect(await waiting(operator2)).toContain(issued.id);
    expect(await waiting(secretariat)).toContain(issued.id);
    const twice = await operator.post(`/api/risk-alerts/${issued.id}/acknowledge`, {});
    expect(twice.body.reason).toBe('ALERT_ALREADY_ACKNOWLEDGED');

    expect((await researcher.get(`/api/risk-alerts/${issued.id}/report`)).status).toBe(403);
    expect((await operator.get(`/api/risk-alerts/${issued.id}/report`)).status).toBe(403);
    const report = await secretariat.get(`/api/risk-alerts/${issued.id}/report`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ acknowledged: 1, unacknowledged: 1 });
    expect(
      report.body.organizations.map((o: { organization: { id: string }; acknowledgedAt: string | null }) => [
        o.organization.id,
        o.acknowledgedAt !== null,
      ]),
    ).toEqual([
      [ORG.indonesia, false],
      [ORG.ssez, true],
    ]);
    expect(report.body.organizations[1]).toMatchObject({ note: 'All staff informed by SMS.' });

    expect((await operator.post(`/api/risk-alerts/${issued.id}/remind`, {})).status).toBe(403);
    const remind = await secretariat.post(`/api/risk-alerts/${issued.id}/remind`, {});
    expect(remind.body).toEqual({ reminded: 1 });
    expect(await told(issued.id, 'alert_reminder')).toEqual(['operator2@example.org']);
    expect(
      (await secretariat.get(`/api/risk-alerts/${issued.id}/report`)).body.organizations[0].remindedAt,
    ).not.toBeNull();
    expect((await operator2.post(`/api/risk-alerts/${issued.id}/acknowledge`, {})).status).toBe(200);
    const nothing = await secretariat.post(`/api/risk-alerts/${issued.id}/remind`, {});
    expect(nothing.status).toBe(422);
    expect(nothing.body.reason).toBe('ALERT_NOTHING_TO_REMIND');
  });

  it('lists active alerts first and filters them; the exposed banner filter; members only', async () => {
    expect((await t.anonymous().get('/api/risk-alerts')).status).toBe(401);
    expect((await operator.get('/api/risk-alerts?severity=apocalyptic')).status).toBe(400);
    const kh = await operator.get('/api/risk-alerts?country=KH&category=regulatory&status=all');
    expect(kh.body.items.map((a: { id: string }) => a.id)).toContain(DEMO_CUSTOMS_ALERT);
    expect(kh.body.items.every((a: { category: string }) => a.category === 'regulatory')).toBe(true);
    const all = await operator.get('/api/risk-alerts?status=all&limit=100');
    const statuses = all.body.items.map((a: { status: string }) => a.status);
    expect(statuses.indexOf('active')).toBe(0);
    expect(statuses.lastIndexOf('active')).toBeLessThan(statuses.findIndex((s: string) => s !== 'active'));
    const banner = await operator2.get('/api/risk-alerts?status=active&exposed=true');
    expect(banner.body.items.length).toBeGreaterThan(0);
    expect(banner.body.items.every((a: { exposure: unknown }) => a.exposure !== null)).toBe(true);
    expect((await approver.get('/api/risk-alerts?status=active&exposed=true')).body.items).toEqual([]);
  });

  it('shows a country’s active alerts beside its grade on financing requests', async () => {
    const res = await operator.get(`/api/financing-requests/${SSEZ_REQUEST}`);
    expect(res.status).toBe(200);
    expect(res.body.countryAlerts).toEqual({
      count: expect.any(Number),
      severity: expect.stringMatching(/warning|critical/),
    });
    expect(res.body.countryAlerts.count).toBeGreaterThanOrEqual(2);
  });
});
