import { parse } from 'csv-parse/sync';
import { median } from '@alliance/contracts';
import { DEMO_AGREEMENT } from '../../../seeds/demo-agreements';
import { ORG } from '../../../seeds/demo-data';
import { seedDemoData } from '../../../seeds/demo-seed';
import { statementsOf } from './support/meetings';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PARK = (n: number) => `00000000-0000-4000-8000-0000000002${String(n).padStart(2, '0')}`;
const SSEZ_PARK = PARK(2); // the Sihanoukville SEZ, the operator's
const INDONESIA_PARK = PARK(3); // operator2's
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe('the service catalogue of partner agreements', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let partner: HttpClient; // admin, Jiangsu Lawyers Association: the provider below
  let operator: HttpClient; // admin, Sihanoukville SEZ: a member that asks
  let operator2: HttpClient; // admin, the Indonesia park's operator: another member
  let approver: HttpClient; // admin, Bank of Jiangsu: neither side
  let visitor: HttpClient;

  /** An active agreement with the lawyers association, made by the secretariat. */
  async function activeAgreement(): Promise<string> {
    const res = await secretariat.post('/api/agreements', {
      kind: 'legal_services',
      titleEn: 'Legal services for overseas parks',
      titleZh: '境外园区法律服务',
      counterpartyIds: [ORG.lawyers],
    });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect((await secretariat.post(`/api/agreements/${id}/sign`, { signedOn: today() })).status).toBe(200);
    expect((await secretariat.post(`/api/agreements/${id}/activate`, {})).status).toBe(200);
    return id;
  }

  async function service(agreementId: string, override: Record<string, unknown> = {}): Promise<string> {
    const res = await secretariat.post(`/api/agreements/${agreementId}/services`, {
      nameEn: 'Overseas legal consultation',
      nameZh: '境外法律咨询',
      descriptionEn: 'A consultation at a legal service centre.',
      eligibilityEn: 'Member parks.',
      providerOrganizationId: ORG.lawyers,
      ...override,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  async function requested(serviceId: string, client = operator, body: Record<string, unknown> = {}) {
    const res = await client.post(`/api/agreement-services/${serviceId}/requests`, {
      parkId: SSEZ_PARK,
      needEn: 'A dispute with a supplier under Cambodian law.',
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  /** The users told of a record by notifications of `type`. */
  const told = async (recordId: string, type: string): Promise<string[]> =>
    (
      (await t.db.dataSource.query(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = $2 ORDER BY u.email`,
        [recordId, type],
      )) as { email: string }[]
    ).map((r) => r.email);

  let agreementId: string;
  let serviceId: string;

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: 'Asia/Shanghai' });
    [secretariat, partner, operator, operator2, approver] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('partner@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('approver@example.org'),
    ]);
    visitor = t.anonymous();
    agreementId = await activeAgreement();
    serviceId = await service(agreementId);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('services of an agreement', () => {
    it('the secretariat adds and edits them; members read them with their uptake; visitors and members may not add', async () => {
      const list = await operator.get(`/api/agreements/${agreementId}/services`);
      expect(list.status).toBe(200);
      expect(list.body.canManage).toBe(false);
      const found = list.body.services.find((s: { id: string }) => s.id === serviceId);
      expect(found).toMatchObject({
        nameEn: 'Overseas legal consultation',
        provider: { id: ORG.lawyers },
        active: true,
        canRequest: true,
        canManage: false,
      });
      // The provider does not request its own service.
      const own = (await partner.get(`/api/agreements/${agreementId}/services`)).body.services[0];
      expect(own.canRequest).toBe(false);
      expect((await visitor.get(`/api/agreements/${agreementId}/services`)).status).toBe(401);
      expect(
        (
          await operator.post(`/api/agreements/${agreementId}/services`, {
            nameEn: 'x',
            providerOrganizationId: ORG.lawyers,
          })
        ).status,
      ).toBe(403);
      const nameless = await secretariat.post(`/api/agreements/${agreementId}/services`, {
        providerOrganizationId: ORG.lawyers,
      });
      expect([nameless.status, nameless.body.reason]).toEqual([422, 'SERVICE_NAME_REQUIRED']);
      const unknown = await secretariat.post(`/api/agreements/${agreementId}/services`, {
        nameEn: 'x',
        providerOrganizationId: '00000000-0000-4000-8000-00000000ffff',
      });
      expect([unknown.status, unknown.body.reason]).toEqual([422, 'SERVICE_PROVIDER_UNKNOWN']);
      // The secretariat provides nothing itself.
      const bySecretariat = await secretariat.post(`/api/agreements/${agreementId}/services`, {
        nameEn: 'x',
        providerOrganizationId: ORG.secretariat,
      });
      expect([bySecretariat.status, bySecretariat.body.reason]).toEqual([422, 'SERVICE_PROVIDER_UNKNOWN']);
      const extra = await service(agreementId, { nameEn: 'Contract review' });
      const withdrawn = await secretariat.patch(`/api/agreement-services/${extra}`, { active: false });
      expect(withdrawn.body).toMatchObject({ active: false, canRequest: false });
      const refused = await operator.post(`/api/agreement-services/${extra}/requests`, { needEn: 'x' });
      expect([refused.status, refused.body.reason]).toEqual([422, 'SERVICE_NOT_OFFERED']);
      expect((await operator.patch(`/api/agreement-services/${extra}`, { active: true })).status).toBe(403);
      // What cannot be empty is refused as null (absent keeps it), naming the field; nothing changes.
      for (const field of ['active', 'providerOrganizationId']) {
        const empty = await secretariat.patch(`/api/agreement-services/${extra}`, { [field]: null });
        expect([empty.status, empty.body.details.map((d: { field: string }) => d.field)]).toEqual([400, [field]]);
      }
      expect((await secretariat.get(`/api/agreements/${agreementId}/services`)).body.services).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: extra, active: false })]),
      );
      // A draft agreement is not for members: its services are a 404.
      const draft = await secretariat.post('/api/agreements', {
        kind: 'training',
        titleEn: 'A draft',
        counterpartyIds: [ORG.brvea],
      });
      expect((await operator.get(`/api/agreements/${draft.body.id}/services`)).status).toBe(404);
    });
  });

  describe('the request machine, per role', () => {
    it('a member requests; the provider accepts and delivers; the member rates; each side told, each step audited', async () => {
      const id = await requested(serviceId);
      const asked = (await operator.get(`/api/service-requests/${id}`)).body;
      expect(asked).toMatchObject({
        status: 'requested',
        park: { id: SSEZ_PARK },
        organization: { id: ORG.ssez },
        provider: { id: ORG.lawyers },
        actions: ['message'],
      });
      expect(await told(id, 'service_requested')).toContain('partner@example.org');
      expect(await told(id, 'service_requested')).not.toContain('operator@example.org');
      expect((await partner.get(`/api/service-requests/${id}`)).body.actions).toEqual(['accept', 'decline', 'message']);

      // Only the provider answers: the member 403, the secretariat 403, another organization 404, a visitor 401.
      expect((await operator.post(`/api/service-requests/${id}/accept`, {})).status).toBe(403);
      expect((await secretariat.post(`/api/service-requests/${id}/accept`, {})).status).toBe(403);
      expect((await approver.post(`/api/service-requests/${id}/accept`, {})).status).toBe(404);
      expect((await visitor.post(`/api/service-requests/${id}/accept`, {})).status).toBe(401);
      const early = await partner.post(`/api/service-requests/${id}/deliver`, {});
      expect([early.status, early.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);

      const accepted = await partner.post(`/api/service-requests/${id}/accept`, {});
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: 'accepted', actions: ['deliver', 'decline', 'message'] });
      expect(await told(id, 'service_accepted')).toEqual(['operator@example.org']);
      expect((await operator.post(`/api/service-requests/${id}/deliver`, {})).status).toBe(403);
      const delivered = await partner.post(`/api/service-requests/${id}/deliver`, {});
      expect(delivered.body).toMatchObject({ status: 'delivered', actions: ['message'] });
      expect(delivered.body.deliveredAt).toEqual(expect.any(String));
      expect(await told(id, 'service_delivered')).toEqual(['operator@example.org']);
      expect((await operator.get(`/api/service-requests/${id}`)).body.actions).toEqual(['rate', 'message']);

      expect((await partner.post(`/api/service-requests/${id}/rate`, { rating: 5 })).status).toBe(403);
      expect((await secretariat.post(`/api/service-requests/${id}/rate`, { rating: 5 })).status).toBe(403);
      expect((await approver.post(`/api/service-requests/${id}/rate`, { rating: 5 })).status).toBe(404);
      const rated = await operator.post(`/api/service-requests/${id}/rate`, { rating: 4, comment: 'Clear advice.' });
      expect(rated.status).toBe(200);
      expect(rated.body).toMatchObject({ rating: 4, ratingComment: 'Clear advice.', actions: ['message'] });
      expect(await told(id, 'service_rated')).toContain('partner@example.org');

      const audit = (await t.db.dataSource.query(
        `SELECT action, changes::text AS changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`,
        [id],
      )) as { action: string; changes: string }[];
      expect(audit.map((a) => a.action)).toEqual([
        'service_request.create',
        'service_request.accept',
        'service_request.deliver',
        'service_request.rate',
      ]);
      expect(audit.map((a) => a.changes).join()).not.toContain('Cambodian');
    });

    it('the provider declines with a reason the member reads (never without one), before delivery only', async () => {
      const id = await requested(serviceId);
      const bare = await partner.post(`/api/service-requests/${id}/decline`, {});
      expect([bare.status, bare.body.reason]).toEqual([422, 'SERVICE_DECLINE_REASON_REQUIRED']);
      expect((await operator.post(`/api/service-requests/${id}/decline`, { reason: 'No' })).status).toBe(403);
      const declined = await partner.post(`/api/service-requests/${id}/decline`, {
        reason: 'No lawyer in Cambodia yet',
      });
      expect(declined.body).toMatchObject({ status: 'declined', actions: [] });
      expect((await operator.get(`/api/service-requests/${id}`)).body.declineReason).toBe('No lawyer in Cambodia yet');
      expect(await told(id, 'service_declined')).toEqual(['operator@example.org']);
      const again = await partner.post(`/api/service-requests/${id}/accept`, {});
      expect(again.status).toBe(409);
      const rating = await operator.post(`/api/service-requests/${id}/rate`, { rating: 3 });
      expect([rating.status, rating.body.reason]).toEqual([422, 'SERVICE_NOT_DELIVERED']);
    });

    it('refuses a park of another organization, a request without a need, by the secretariat or the provider itself', async () => {
      const wrongPark = await operator.post(`/api/agreement-services/${serviceId}/requests`, {
        parkId: INDONESIA_PARK,
        needEn: 'Help',
      });
      expect([wrongPark.status, wrongPark.body.reason]).toEqual([422, 'SERVICE_PARK_NOT_YOURS']);
      const noNeed = await operator.post(`/api/agreement-services/${serviceId}/requests`, { parkId: SSEZ_PARK });
      expect([noNeed.status, noNeed.body.reason]).toEqual([422, 'SERVICE_NEED_REQUIRED']);
      expect((await secretariat.post(`/api/agreement-services/${serviceId}/requests`, { needEn: 'x' })).status).toBe(
        403,
      );
      expect((await visitor.post(`/api/agreement-services/${serviceId}/requests`, { needEn: 'x' })).status).toBe(401);
      const own = await partner.post(`/api/agreement-services/${serviceId}/requests`, { needEn: 'x' });
      expect([own.status, own.body.reason]).toEqual([422, 'SERVICE_OWN_PROVIDER']);
      // An agreement not in force takes no request; a terminated one no new service either.
      const signed = await secretariat.post('/api/agreements', {
        kind: 'training',
        titleEn: 'Training, signed but not yet in force',
        counterpartyIds: [ORG.lawyers],
        effectiveFrom: '2099-01-01',
      });
      expect((await secretariat.post(`/api/agreements/${signed.body.id}/sign`, { signedOn: today() })).status).toBe(
        200,
      );
      const early = await service(signed.body.id);
      const notYet = await operator.post(`/api/agreement-services/${early}/requests`, { needEn: 'Training' });
      expect([notYet.status, notYet.body.reason]).toEqual([422, 'SERVICE_AGREEMENT_CLOSED']);
      await secretariat.post(`/api/agreements/${signed.body.id}/terminate`, { reason: 'Not renewed' });
      const closed = await secretariat.post(`/api/agreements/${signed.body.id}/services`, {
        nameEn: 'Late service',
        providerOrganizationId: ORG.lawyers,
      });
      expect([closed.status, closed.body.reason]).toEqual([422, 'SERVICE_AGREEMENT_CLOSED']);
      // For the organization itself (no park), in Chinese only: fine.
      const itself = await operator2.post(`/api/agreement-services/${serviceId}/requests`, { needZh: '合同审查' });
      expect(itself.status).toBe(201);
      expect(itself.body).toMatchObject({ park: null, needEn: null, needZh: '合同审查' });
    });

    it('rates once, after delivery, from 1 to 5', async () => {
      const id = await requested(serviceId);
      const before = await operator.post(`/api/service-requests/${id}/rate`, { rating: 5 });
      expect([before.status, before.body.reason]).toEqual([422, 'SERVICE_NOT_DELIVERED']);
      await partner.post(`/api/service-requests/${id}/accept`, {});
      await partner.post(`/api/service-requests/${id}/deliver`, {});
      for (const rating of [0, 6, 2.5, '4', null])
        expect([rating, (await operator.post(`/api/service-requests/${id}/rate`, { rating })).status]).toEqual([
          rating,
          400,
        ]);
      expect((await operator.post(`/api/service-requests/${id}/rate`, { rating: 1 })).status).toBe(200);
      const twice = await operator.post(`/api/service-requests/${id}/rate`, { rating: 5 });
      expect([twice.status, twice.body.reason]).toEqual([422, 'SERVICE_ALREADY_RATED']);
      expect((await operator.get(`/api/service-requests/${id}`)).body.rating).toBe(1);
    });

    it('lists what each side sent and received; others see none of it', async () => {
      const id = await requested(serviceId);
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
      expect(ids(await operator.get('/api/service-requests?side=sent&limit=100'))).toContain(id);
      expect(ids(await operator.get('/api/service-requests?side=received&limit=100'))).not.toContain(id);
      expect(ids(await partner.get('/api/service-requests?side=received&limit=100'))).toContain(id);
      expect(ids(await partner.get('/api/service-requests?side=sent&limit=100'))).not.toContain(id);
      expect(ids(await approver.get('/api/service-requests?limit=100'))).not.toContain(id);
      expect(ids(await secretariat.get(`/api/service-requests?agreementId=${agreementId}&limit=100`))).toContain(id);
      expect((await visitor.get('/api/service-requests')).status).toBe(401);
    });
  });

  describe('the thread', () => {
    it('is the two organizations’ only: others and the secretariat get 404; each message tells the other side', async () => {
      const id = await requested(serviceId);
      const m1 = await operator.post(`/api/service-requests/${id}/messages`, { body: 'The contract is attached.' });
      expect(m1.status).toBe(201);
      expect(m1.body).toMatchObject({ side: 'requester', body: 'The contract is attached.' });
      expect(await told(id, 'service_message')).toContain('partner@example.org');
      const m2 = await partner.post(`/api/service-requests/${id}/messages`, { body: 'Received, thank you.' });
      expect(m2.body.side).toBe('provider');
      expect(await told(id, 'service_message')).toContain('operator@example.org');
      expect(
        (await operator.get(`/api/service-requests/${id}/messages`)).body.items.map((m: { body: string }) => m.body),
      ).toEqual(['The contract is attached.', 'Received, thank you.']);
      expect((await partner.get(`/api/service-requests/${id}`)).body.messages).toHaveLength(2);

      for (const other of [approver, operator2, secretariat]) {
        expect((await other.get(`/api/service-requests/${id}/messages`)).status).toBe(404);
        expect((await other.post(`/api/service-requests/${id}/messages`, { body: 'Hello' })).status).toBe(404);
      }
      expect((await approver.get(`/api/service-requests/${id}`)).status).toBe(404);
      expect((await operator2.get(`/api/service-requests/${id}`)).status).toBe(404);
      expect((await visitor.get(`/api/service-requests/${id}/messages`)).status).toBe(401);
      // The secretariat follows the request for the uptake, never its thread.
      const seen = await secretariat.get(`/api/service-requests/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({ status: 'requested', messages: null, actions: [] });
      const audit = (await t.db.dataSource.query(
        `SELECT changes::text AS changes FROM audit_events WHERE entity_id = $1 AND action = 'service_request.message'`,
        [id],
      )) as { changes: string }[];
      expect(audit).toHaveLength(2);
      expect(audit.map((a) => a.changes).join()).not.toContain('contract is attached');
      // A declined request's thread closes.
      await partner.post(`/api/service-requests/${id}/decline`, { reason: 'Out of scope' });
      expect((await operator.post(`/api/service-requests/${id}/messages`, { body: 'Why?' })).status).toBe(409);
    });
  });

  describe('uptake', () => {
    it('shows exact figures per service and agreement, per park for the secretariat, the unused services and the CSV', async () => {
      const agreement = await activeAgreement();
      const consult = await service(agreement, { nameEn: 'Consultation' });
      const review = await service(agreement, { nameEn: 'Contract review' });
      const unused = await service(agreement, { nameEn: 'Arbitration support' });
      // Requests, their days to delivery and ratings (null: not delivered / not rated).
      const plan = [
        { svc: consult, client: operator, park: SSEZ_PARK as string | null, days: 3, rating: 5 },
        { svc: consult, client: operator, park: SSEZ_PARK, days: 10, rating: 2 },
        { svc: consult, client: operator2, park: INDONESIA_PARK, days: 4.5, rating: null },
        { svc: consult, client: operator2, park: INDONESIA_PARK, days: null, rating: null },
        { svc: review, client: operator, park: null, days: 7, rating: 4 },
        { svc: review, client: operator, park: null, days: null, rating: null },
      ];
      for (const p of plan) {
        const id = await requested(p.svc, p.client, { parkId: p.park });
        if (p.days === null) continue;
        await partner.post(`/api/service-requests/${id}/accept`, {});
        await partner.post(`/api/service-requests/${id}/deliver`, {});
        // Set the request's age so the days to delivery are known.
        await t.db.dataSource.query(
          `UPDATE service_requests SET created_at = delivered_at - make_interval(secs => $2) WHERE id = $1`,
          [id, p.days * 86400],
        );
        if (p.rating !== null) await p.client.post(`/api/service-requests/${id}/rate`, { rating: p.rating });
      }
      const figures = (rows: typeof plan) => {
        const delivered = rows.filter((r) => r.days !== null);
        const ratings = rows.flatMap((r) => (r.rating === null ? [] : [r.rating]));
        const m = median(delivered.map((r) => r.days as number));
        return {
          requests: rows.length,
          delivered: delivered.length,
          medianDaysToDelivery: m === null ? null : Math.round(m * 10) / 10,
          averageRating: ratings.length
            ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100
            : null,
          ratings: ratings.length,
        };
      };
      expect(figures(plan.filter((p) => p.svc === consult))).toEqual({
        requests: 4,
        delivered: 3,
        medianDaysToDelivery: 4.5,
        averageRating: 3.5,
        ratings: 2,
      });

      const page = (await operator.get(`/api/agreements/${agreement}/services`)).body;
      const bySvc = (id: string) => page.services.find((s: { id: string }) => s.id === id).uptake;
      expect(bySvc(consult)).toEqual(figures(plan.filter((p) => p.svc === consult)));
      expect(bySvc(review)).toEqual(figures(plan.filter((p) => p.svc === review)));
      expect(bySvc(unused)).toEqual({
        requests: 0,
        delivered: 0,
        medianDaysToDelivery: null,
        averageRating: null,
        ratings: 0,
      });
      expect(page.uptake).toEqual(figures(plan));
      expect(page.uptake).toMatchObject({ medianDaysToDelivery: 5.8, averageRating: 3.67 });

      // The secretariat: per park (and the organization itself), and the unused services.
      expect((await operator.get('/api/agreement-services/uptake')).status).toBe(403);
      expect((await visitor.get('/api/agreement-services/uptake')).status).toBe(401);
      const report = (await secretariat.get('/api/agreement-services/uptake')).body;
      const mine = report.rows.filter((r: { agreement: { id: string } }) => r.agreement.id === agreement);
      const group = (org: string, park: string | null) =>
        figures(plan.filter((p) => (p.client === operator ? ORG.ssez : ORG.indonesia) === org && p.park === park));
      expect(
        mine.map((r: { organization: { id: string }; park: { id: string } | null }) => [
          r.organization.id,
          r.park?.id ?? null,
        ]),
      ).toEqual(
        expect.arrayContaining([
          [ORG.ssez, SSEZ_PARK],
          [ORG.ssez, null],
          [ORG.indonesia, INDONESIA_PARK],
        ]),
      );
      expect(mine).toHaveLength(3);
      for (const row of mine) expect(row).toMatchObject(group(row.organization.id, row.park?.id ?? null));
      expect(report.agreements.find((a: { agreement: { id: string } }) => a.agreement.id === agreement)).toMatchObject(
        figures(plan),
      );
      const unusedIds = report.unused.map((s: { id: string }) => s.id);
      expect(unusedIds).toContain(unused);
      expect(unusedIds).not.toContain(consult);

      const csv = await secretariat.get('/api/agreement-services/uptake.csv?lang=en');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      const records = parse(csv.text.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
      const ssezPark = records.find(
        (r) =>
          r['Agreement (English)'] === 'Legal services for overseas parks' &&
          r.Park === 'Sihanoukville Special Economic Zone' &&
          r.Requests === '2',
      );
      expect(ssezPark).toMatchObject({
        Line: 'Uptake per park',
        'Member organization': expect.stringContaining('Sihanoukville'),
        Delivered: '2',
        'Median days to delivery': '6.5',
        'Average rating': '3.5',
        Ratings: '2',
      });
      expect(records.some((r) => r.Line === 'Service not used' && r.Service === 'Arbitration support')).toBe(true);
      const zh = await secretariat.get('/api/agreement-services/uptake.csv?lang=zh');
      expect(zh.text).toContain('交付天数中位数');
      expect((await operator.get('/api/agreement-services/uptake.csv')).status).toBe(403);
    });
  });
  describe('the demo data', () => {
    it('offers sample services under each agreement of 12 May 2021, requests in each state with ratings; a second seeding changes nothing', async () => {
      for (const agreement of Object.values(DEMO_AGREEMENT)) {
        const page = (await operator.get(`/api/agreements/${agreement}/services`)).body;
        expect([agreement, page.services.length > 0]).toEqual([agreement, true]);
        expect(page.services.every((s: { sample: boolean }) => s.sample)).toBe(true);
      }
      const states = (await t.db.dataSource.query(
        `SELECT status::text, count(*)::int AS n, count(rating)::int AS rated FROM service_requests WHERE sample GROUP BY status`,
      )) as { status: string; n: number; rated: number }[];
      expect(states.map((s) => s.status).sort()).toEqual(['accepted', 'declined', 'delivered', 'requested']);
      expect(states.find((s) => s.status === 'delivered')?.rated).toBeGreaterThan(0);
      // The Sihanoukville operator has no live legal consultation: the end-to-end journey makes one.
      const live = (await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM service_requests r JOIN agreement_services s ON s.id = r.service_id
          WHERE r.sample AND r.organization_id = $1 AND s.agreement_id = $2 AND r.status IN ('requested', 'accepted')`,
        [ORG.ssez, DEMO_AGREEMENT.lawyers],
      )) as { n: number }[];
      expect(live[0].n).toBe(0);
      expect(await seedDemoData(t.db.dataSource)).toBe(0);
    });
  });

  describe('the floor', () => {
    it('answers each list within 3 SQL statements and each detail within 6', async () => {
      const id = await requested(serviceId);
      const lists = [
        [operator, `/api/agreements/${agreementId}/services`],
        [operator, '/api/service-requests?side=sent'],
        [partner, '/api/service-requests?side=received&status=requested'],
        [secretariat, '/api/service-requests'],
        [secretariat, '/api/agreement-services/uptake'],
        [operator, `/api/service-requests/${id}/messages`],
      ] as const;
      const details = [
        [operator, `/api/service-requests/${id}`],
        [secretariat, `/api/service-requests/${id}`],
      ] as const;
      const counts = await statementsOf(t, async () => {
        for (const [client, url] of [...lists, ...details])
          expect([url, (await client.get(url)).status]).toEqual([url, 200]);
      });
      for (const [, url] of lists) expect([url, (counts.get(url) ?? 99) <= 3]).toEqual([url, true]);
      for (const [, url] of details) expect([url, (counts.get(url) ?? 99) <= 6]).toEqual([url, true]);
    });
  });
});
