import { ORG } from '../../../seeds/demo-data';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { addColleague, sleep } from './helpers';
import { insertProject, type ProjectFixture } from './support/cooperation';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

/**
 * Expressions of interest, their private threads and the deals they become. The Sihanoukville
 * operator owns the projects (written straight into the database); the Bank of Jiangsu (banker, a
 * member; approver, an admin) expresses interest; Sinosure (insurer) and the Indonesia park
 * (operator2) are third members who see none of it.
 */
describe('cooperation: expressions of interest, threads and deals', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient;
  let banker: HttpClient;
  let approver: HttpClient;
  let insurer: HttpClient;
  let operator2: HttpClient;
  let visitor: HttpClient;

  const MESSAGE = { message: 'Our clients in Suzhou make garments and look for a second base.' };

  const project = (fixture: Partial<ProjectFixture> = {}) => insertProject(t, { organizationId: ORG.ssez, ...fixture });

  const express = async (client: HttpClient, projectId: string): Promise<string> => {
    const res = await client.post(`/api/cooperation/projects/${projectId}/expressions`, MESSAGE);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  /** A project of the operator, the bank's interest in it accepted: the deal's id and the expression's. */
  const acceptedDeal = async (fixture: Partial<ProjectFixture> = {}) => {
    const projectId = await project(fixture);
    const expressionId = await express(banker, projectId);
    const res = await operator.post(`/api/cooperation/expressions/${expressionId}/accept`);
    expect(res.status).toBe(200);
    return { projectId, expressionId, dealId: res.body.deal.id as string };
  };

  /** The users told of a record by notifications of `type`, by e-mail. */
  const told = async (recordId: string, type: string): Promise<string[]> =>
    (
      (await t.db.dataSource.query(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = $2 ORDER BY u.email`,
        [recordId, type],
      )) as { email: string }[]
    ).map((r) => r.email);

  const audits = async (entityId: string) =>
    (
      (await t.db.dataSource.query(
        `SELECT action, changes::text AS changes FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`,
        [entityId],
      )) as { action: string; changes: string }[]
    ).map((r) => r.action);

  const statusOf = async (table: string, id: string, column = 'status') =>
    ((await t.db.dataSource.query(`SELECT ${column} AS s FROM ${table} WHERE id = $1`, [id])) as { s: string }[])[0]?.s;

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, banker, approver, insurer, operator2] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('insurer@example.org'),
      t.signIn('operator2@example.org'),
    ]);
    visitor = t.anonymous();
  });
  afterAll(() => t.close());

  describe('expressing interest', () => {
    it('is a user of another active member organization’s, with a message; the owner’s users are told and it is audited without its words', async () => {
      const projectId = await project();
      const res = await banker.post(`/api/cooperation/projects/${projectId}/expressions`, MESSAGE);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'open',
        message: MESSAGE.message,
        organization: { id: ORG.bankOfJiangsu },
        projectOrganization: { id: ORG.ssez },
        project: { id: projectId, country: 'KH' },
        authorName: 'Bank of Jiangsu Analyst',
        contacts: null,
        messages: [],
        deal: null,
        actions: ['withdraw'],
      });
      expect(await told(res.body.id, 'interest_expressed')).toEqual(['operator@example.org']);
      const [event] = (await t.db.dataSource.query(
        `SELECT changes::text AS changes FROM audit_events WHERE entity_id = $1 AND action = 'expression_of_interest.express'`,
        [res.body.id],
      )) as { changes: string }[];
      expect(event.changes).toContain('open');
      expect(event.changes).not.toContain('Suzhou');
      // The owner sees it with the answers it may give; a project in talks still takes expressions.
      const own = await operator.get(`/api/cooperation/expressions/${res.body.id}`);
      expect(own.body.actions).toEqual(['accept', 'decline']);
      const inTalks = await project({ status: 'in_talks' });
      expect((await insurer.post(`/api/cooperation/projects/${inTalks}/expressions`, MESSAGE)).status).toBe(201);
    });

    it('refuses the secretariat, visitors, the owner, a project not open, no message, and projects the reader may not see (404)', async () => {
      const open = await project();
      const count = async () =>
        ((await t.db.dataSource.query('SELECT count(*)::int AS n FROM expressions_of_interest'))[0] as { n: number }).n;
      const before = await count();
      const url = (id: string) => `/api/cooperation/projects/${id}/expressions`;
      expect((await secretariat.post(url(open), MESSAGE)).status).toBe(403);
      expect((await visitor.post(url(open), MESSAGE)).status).toBe(401);
      const reasons: [HttpClient, string, object, string][] = [
        [operator, open, MESSAGE, 'INTEREST_OWN_PROJECT'],
        [operator, await project({ status: 'draft' }), MESSAGE, 'PROJECT_NOT_OPEN'],
        [banker, open, {}, 'INTEREST_MESSAGE_REQUIRED'],
        [banker, open, { message: '   ' }, 'INTEREST_MESSAGE_REQUIRED'],
      ];
      for (const [client, id, body, reason] of reasons) {
        const res = await client.post(url(id), body);
        expect([res.status, res.body.reason]).toEqual([422, reason]);
      }
      expect((await banker.post(url(open), { message: 'x'.repeat(5001) })).status).toBe(400);
      // Another organization's draft, project in review or closed project, and no project at all.
      for (const status of ['draft', 'in_review', 'closed'] as const)
        expect((await banker.post(url(await project({ status })), MESSAGE)).status).toBe(404);
      expect((await banker.post(url('00000000-0000-4000-8000-00000000dead'), MESSAGE)).status).toBe(404);
      expect((await banker.post(url('not-an-id'), MESSAGE)).status).toBe(404);
      expect(await count()).toBe(before);
    });

    it('takes one open expression per organization: a second is a 409, and two at once give one 201 and one 409', async () => {
      const first = await project();
      await express(banker, first);
      const again = await approver.post(`/api/cooperation/projects/${first}/expressions`, MESSAGE);
      expect([again.status, again.body.error]).toEqual([409, 'CONFLICT']);

      const second = await project();
      const both = await Promise.all([
        banker.post(`/api/cooperation/projects/${second}/expressions`, MESSAGE),
        approver.post(`/api/cooperation/projects/${second}/expressions`, MESSAGE),
      ]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(both.find((r) => r.status === 409)?.body.error).toBe('CONFLICT');
      expect(
        await t.db.dataSource.query(`SELECT id FROM expressions_of_interest WHERE project_id = $1`, [second]),
      ).toHaveLength(1);
      // Once withdrawn, the organization may express interest again.
      const withdrawn = both.find((r) => r.status === 201)?.body.id as string;
      expect((await banker.post(`/api/cooperation/expressions/${withdrawn}/withdraw`)).status).toBe(200);
      expect((await approver.post(`/api/cooperation/projects/${second}/expressions`, MESSAGE)).status).toBe(201);
    });

    it('is refused to an organization suspended while the request runs (INTEREST_ORGANIZATION_INACTIVE)', async () => {
      const projectId = await project();
      await addColleague(t, 'partner@example.org', 'lawyers.coop@example.org');
      const lawyer = await t.signIn('lawyers.coop@example.org');
      const suspension = t.db.dataSource.createQueryRunner();
      await suspension.connect();
      try {
        await suspension.startTransaction();
        await suspension.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [ORG.lawyers]);
        const pending = lawyer.post(`/api/cooperation/projects/${projectId}/expressions`, MESSAGE).then((res) => res);
        await sleep(500);
        await suspension.commitTransaction();
        const res = await pending;
        expect([res.status, res.body.reason]).toEqual([422, 'INTEREST_ORGANIZATION_INACTIVE']);
        expect(
          await t.db.dataSource.query(`SELECT 1 FROM expressions_of_interest WHERE organization_id = $1`, [
            ORG.lawyers,
          ]),
        ).toEqual([]);
      } finally {
        await suspension.query(`UPDATE organizations SET status = 'active' WHERE id = $1`, [ORG.lawyers]);
        await suspension.release();
      }
    });
  });

  describe('who sees an expression', () => {
    it('is the two organizations only: a third member, the secretariat and a visitor get nothing', async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      for (const client of [operator, banker, approver])
        expect((await client.get(`/api/cooperation/expressions/${id}`)).status).toBe(200);
      for (const client of [insurer, operator2, secretariat])
        expect((await client.get(`/api/cooperation/expressions/${id}`)).status).toBe(404);
      expect((await visitor.get(`/api/cooperation/expressions/${id}`)).status).toBe(401);
      // Nor can anyone else answer it, withdraw it or write in its thread.
      for (const client of [insurer, secretariat]) {
        for (const step of ['accept', 'decline', 'withdraw'])
          expect((await client.post(`/api/cooperation/expressions/${id}/${step}`)).status).toBe(404);
        expect((await client.post(`/api/cooperation/expressions/${id}/messages`, { body: 'Hello' })).status).toBe(404);
      }
      expect(await statusOf('expressions_of_interest', id)).toBe('open');
    });

    it("lists a project's expressions for its owner only (404 to others, and for a project the reader may not see)", async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      const list = await operator.get(`/api/cooperation/projects/${projectId}/expressions`);
      expect(list.status).toBe(200);
      expect(list.body).toMatchObject({
        total: 1,
        items: [{ id, status: 'open', organization: { id: ORG.bankOfJiangsu } }],
      });
      for (const client of [banker, insurer, secretariat])
        expect((await client.get(`/api/cooperation/projects/${projectId}/expressions`)).status).toBe(404);
      expect((await visitor.get(`/api/cooperation/projects/${projectId}/expressions`)).status).toBe(401);
      const draft = await project({ organizationId: ORG.indonesia, status: 'draft' });
      expect((await operator.get(`/api/cooperation/projects/${draft}/expressions`)).status).toBe(404);
    });

    it('lists an organization’s sent and received expressions, paginated; never another’s', async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
      const sent = await approver.get('/api/cooperation/expressions?side=sent&limit=100');
      expect(sent.status).toBe(200);
      expect(ids(sent)).toContain(id);
      expect(
        (sent.body.items as { organization: { id: string } }[]).every((e) => e.organization.id === ORG.bankOfJiangsu),
      ).toBe(true);
      expect(ids(await approver.get('/api/cooperation/expressions?side=received&limit=100'))).not.toContain(id);
      const received = await operator.get('/api/cooperation/expressions?side=received&limit=1');
      expect(received.body).toMatchObject({ page: 1, limit: 1 });
      expect(received.body.total).toBeGreaterThan(1);
      expect(ids(await operator.get('/api/cooperation/expressions?side=received&limit=100'))).toContain(id);
      expect(ids(await operator.get('/api/cooperation/expressions?limit=100'))).toContain(id);
      expect(ids(await insurer.get('/api/cooperation/expressions?limit=100'))).not.toContain(id);
      expect((await secretariat.get('/api/cooperation/expressions')).status).toBe(403);
      expect((await visitor.get('/api/cooperation/expressions')).status).toBe(401);
      expect((await operator.get('/api/cooperation/expressions?side=both')).status).toBe(400);
    });
  });

  describe('answering an expression', () => {
    it('is withdrawn by its organization while open, the owner told; nobody else withdraws it', async () => {
      const id = await express(banker, await project());
      expect((await operator.post(`/api/cooperation/expressions/${id}/withdraw`)).status).toBe(403);
      const res = await approver.post(`/api/cooperation/expressions/${id}/withdraw`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'withdrawn', actions: [], decidedAt: null });
      expect(await told(id, 'interest_withdrawn')).toEqual(['operator@example.org']);
      const again = await banker.post(`/api/cooperation/expressions/${id}/withdraw`);
      expect([again.status, again.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);
      expect((await operator.post(`/api/cooperation/expressions/${id}/accept`)).status).toBe(409);
      expect(await audits(id)).toEqual(['expression_of_interest.express', 'expression_of_interest.withdraw']);
    });

    it('is declined by the owner with an optional reason the interested organization reads; it is told', async () => {
      const id = await express(banker, await project());
      expect((await banker.post(`/api/cooperation/expressions/${id}/decline`, { reason: 'No' })).status).toBe(403);
      const res = await operator.post(`/api/cooperation/expressions/${id}/decline`, {
        reason: 'We look for garment makers themselves.',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'declined', contacts: null, deal: null });
      expect(res.body.decidedAt).not.toBeNull();
      expect((await banker.get(`/api/cooperation/expressions/${id}`)).body).toMatchObject({
        status: 'declined',
        declineReason: 'We look for garment makers themselves.',
        actions: [],
      });
      expect(await told(id, 'interest_declined')).toEqual(['approver@example.org', 'banker@example.org']);
      expect((await operator.post(`/api/cooperation/expressions/${id}/decline`)).status).toBe(409);
      expect((await banker.post(`/api/cooperation/expressions/${id}/withdraw`)).status).toBe(409);
      // Without a reason is fine too.
      const other = await express(banker, await project());
      expect((await operator.post(`/api/cooperation/expressions/${other}/decline`)).body.declineReason).toBeNull();
    });

    it('is accepted by the owner: the project starts talks and a deal opens at contact, the contacts show to both sides, the bank is told', async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      expect((await banker.post(`/api/cooperation/expressions/${id}/accept`)).status).toBe(403);
      expect((await operator.get(`/api/cooperation/expressions/${id}`)).body.contacts).toBeNull();

      const res = await operator.post(`/api/cooperation/expressions/${id}/accept`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'accepted', actions: ['message'], deal: { stage: 'contact' } });
      expect(await statusOf('cooperation_projects', projectId)).toBe('in_talks');
      const dealId = res.body.deal.id as string;
      expect(await t.db.dataSource.query(`SELECT stage FROM deal_stage_changes WHERE deal_id = $1`, [dealId])).toEqual([
        { stage: 'contact' },
      ]);
      expect(await audits(id)).toEqual(['expression_of_interest.express', 'expression_of_interest.accept']);
      expect(await audits(projectId)).toEqual(['cooperation_project.start_talks']);
      expect(await audits(dealId)).toEqual(['deal.create']);
      expect(await told(id, 'interest_accepted')).toEqual(['approver@example.org', 'banker@example.org']);

      // Both sides read both contacts: the organizations' and the people's (who expressed, who accepted).
      for (const client of [operator, banker]) {
        const seen = await client.get(`/api/cooperation/expressions/${id}`);
        expect(seen.body.contacts).toMatchObject({
          owner: {
            organization: { id: ORG.ssez },
            contactEmail: expect.stringContaining('@example.org'),
            personName: 'Sihanoukville SEZ Admin',
            personEmail: 'operator@example.org',
          },
          interested: {
            organization: { id: ORG.bankOfJiangsu },
            personName: 'Bank of Jiangsu Analyst',
            personEmail: 'banker@example.org',
          },
        });
      }
      expect((await operator.post(`/api/cooperation/expressions/${id}/accept`)).status).toBe(409);
      expect((await banker.post(`/api/cooperation/expressions/${id}/withdraw`)).status).toBe(409);

      // A second acceptance on a project in talks opens its own deal; the project stays in talks.
      const second = await express(insurer, projectId);
      const again = await operator.post(`/api/cooperation/expressions/${second}/accept`);
      expect(again.status).toBe(200);
      expect(again.body.deal.id).not.toBe(dealId);
      expect(await audits(projectId)).toEqual(['cooperation_project.start_talks']);
    });

    it('accepts in one transaction: a failing step leaves the expression open, the project open, no deal and no audit', async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      const notifications = t.app.get(NotificationsService);
      const spy = jest.spyOn(notifications, 'notifyOrganizations').mockRejectedValueOnce(new Error('mail is down'));
      try {
        expect((await operator.post(`/api/cooperation/expressions/${id}/accept`)).status).toBe(500);
      } finally {
        spy.mockRestore();
      }
      expect(await statusOf('expressions_of_interest', id)).toBe('open');
      expect(await statusOf('cooperation_projects', projectId)).toBe('open');
      expect(await t.db.dataSource.query(`SELECT id FROM deals WHERE expression_id = $1`, [id])).toEqual([]);
      expect(await audits(id)).toEqual(['expression_of_interest.express']);
      expect(await audits(projectId)).toEqual([]);
      // And then it goes through.
      expect((await operator.post(`/api/cooperation/expressions/${id}/accept`)).status).toBe(200);
    });
  });

  describe('the private thread', () => {
    it('opens on acceptance only, to the two sides, oldest first; the other side is told; the audit keeps no words', async () => {
      const projectId = await project();
      const id = await express(banker, projectId);
      const early = await banker.post(`/api/cooperation/expressions/${id}/messages`, { body: 'Hello?' });
      expect([early.status, early.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);
      await operator.post(`/api/cooperation/expressions/${id}/accept`);

      const first = await operator.post(`/api/cooperation/expressions/${id}/messages`, {
        body: 'Workshops are ready in March.',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ side: 'owner', authorName: 'Sihanoukville SEZ Admin' });
      const second = await banker.post(`/api/cooperation/expressions/${id}/messages`, { body: '我们12月到访。' });
      expect(second.body.side).toBe('interested');
      expect((await approver.get(`/api/cooperation/expressions/${id}`)).body.messages).toMatchObject([
        { side: 'owner', body: 'Workshops are ready in March.' },
        { side: 'interested', body: '我们12月到访。' },
      ]);
      expect(await told(id, 'interest_message')).toEqual([
        'approver@example.org',
        'banker@example.org',
        'operator@example.org',
      ]);
      const logged = (await t.db.dataSource.query(
        `SELECT changes::text AS changes FROM audit_events WHERE entity_id = $1 AND action = 'expression_of_interest.message'`,
        [id],
      )) as { changes: string }[];
      expect(logged).toHaveLength(2);
      expect(logged.map((l) => l.changes).join()).not.toMatch(/March|12月/);

      expect((await banker.post(`/api/cooperation/expressions/${id}/messages`, { body: '  ' })).status).toBe(400);
      expect(
        (await banker.post(`/api/cooperation/expressions/${id}/messages`, { body: 'x'.repeat(5001) })).status,
      ).toBe(400);
      for (const client of [insurer, secretariat])
        expect((await client.post(`/api/cooperation/expressions/${id}/messages`, { body: 'Hi' })).status).toBe(404);
      expect((await visitor.post(`/api/cooperation/expressions/${id}/messages`, { body: 'Hi' })).status).toBe(401);
    });
  });

  describe('deals', () => {
    it('open to the two organizations and the secretariat; 404 to a third member, 401 to a visitor', async () => {
      const { dealId, projectId, expressionId } = await acceptedDeal();
      for (const client of [operator, banker, secretariat]) {
        const res = await client.get(`/api/cooperation/deals/${dealId}`);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          stage: 'contact',
          expressionId,
          project: { id: projectId, sizeUsd: '20000000.00', sectors: ['textiles_garments'] },
          ownerOrganization: { id: ORG.ssez },
          partnerOrganization: { id: ORG.bankOfJiangsu },
          history: [{ stage: 'contact', byName: 'Sihanoukville SEZ Admin' }],
        });
      }
      expect((await operator.get(`/api/cooperation/deals/${dealId}`)).body.actions).toEqual([
        'site_visit',
        'negotiation',
        'lost',
      ]);
      expect((await banker.get(`/api/cooperation/deals/${dealId}`)).body.actions).toEqual([]);
      expect((await secretariat.get(`/api/cooperation/deals/${dealId}`)).body.actions).toEqual([]);
      expect((await insurer.get(`/api/cooperation/deals/${dealId}`)).status).toBe(404);
      expect((await visitor.get(`/api/cooperation/deals/${dealId}`)).status).toBe(401);
      const ids = async (client: HttpClient, query = '') =>
        ((await client.get(`/api/cooperation/deals?limit=100${query}`)).body.items as { id: string }[]).map(
          (d) => d.id,
        );
      expect(await ids(operator)).toContain(dealId);
      expect(await ids(banker)).toContain(dealId);
      expect(await ids(secretariat)).toContain(dealId);
      expect(await ids(insurer)).not.toContain(dealId);
      expect(await ids(secretariat, '&stage=contact&country=KH&sector=textiles_garments')).toContain(dealId);
      expect(await ids(secretariat, '&stage=lost')).not.toContain(dealId);
      expect(await ids(secretariat, '&country=AE')).not.toContain(dealId);
      expect(await ids(secretariat, '&sector=electronics')).not.toContain(dealId);
    });

    it('is moved by the owner only, stage by stage, to the investment made (exact amount and date); the partner is told', async () => {
      const { dealId } = await acceptedDeal();
      const url = (step: string) => `/api/cooperation/deals/${dealId}/${step}`;
      expect((await banker.post(url('site_visit'))).status).toBe(403);
      expect((await secretariat.post(url('site_visit'))).status).toBe(403);
      expect((await insurer.post(url('site_visit'))).status).toBe(404);
      expect((await visitor.post(url('site_visit'))).status).toBe(401);
      const skipped = await operator.post(url('agreement_signed'));
      expect([skipped.status, skipped.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);

      const visit = await operator.post(url('site_visit'));
      expect(visit.status).toBe(200);
      expect(visit.body).toMatchObject({ stage: 'site_visit', actions: ['negotiation', 'lost'] });
      expect(await told(dealId, 'deal_moved')).toEqual(['approver@example.org', 'banker@example.org']);
      expect((await operator.post(url('negotiation'))).body.stage).toBe('negotiation');
      expect((await operator.post(url('agreement_signed'))).body.stage).toBe('agreement_signed');

      for (const body of [{}, { investedUsd: '12500000.00' }, { investedOn: '2026-11-30' }]) {
        const res = await operator.post(url('investment_made'), body);
        expect([res.status, res.body.reason]).toEqual([422, 'DEAL_INVESTMENT_REQUIRED']);
      }
      for (const body of [
        { investedUsd: 12500000, investedOn: '2026-11-30' },
        { investedUsd: '12.345', investedOn: '2026-11-30' },
        { investedUsd: '0.00', investedOn: '2026-11-30' },
        { investedUsd: '1000000000000.00', investedOn: '2026-11-30' },
        { investedUsd: '100.00', investedOn: '2026-02-30' },
      ])
        expect((await operator.post(url('investment_made'), body)).status).toBe(400);
      const made = await operator.post(url('investment_made'), {
        investedUsd: '12345678.91',
        investedOn: '2026-11-30',
      });
      expect(made.status).toBe(200);
      expect(made.body).toMatchObject({
        stage: 'investment_made',
        investedUsd: '12345678.91',
        investedOn: '2026-11-30',
        actions: [],
      });
      expect(made.body.history.map((h: { stage: string }) => h.stage)).toEqual([
        'contact',
        'site_visit',
        'negotiation',
        'agreement_signed',
        'investment_made',
      ]);
      expect((await operator.post(url('lost'), { reason: 'Too late' })).status).toBe(409);
      expect(await audits(dealId)).toEqual([
        'deal.create',
        'deal.site_visit',
        'deal.negotiation',
        'deal.agreement_signed',
        'deal.investment_made',
      ]);
    });

    it('is lost with a reason, from any stage before the end (DEAL_LOST_REASON_REQUIRED without)', async () => {
      const { dealId } = await acceptedDeal();
      const res = await operator.post(`/api/cooperation/deals/${dealId}/lost`, { reason: ' ' });
      expect([res.status, res.body.reason]).toEqual([422, 'DEAL_LOST_REASON_REQUIRED']);
      const lost = await operator.post(`/api/cooperation/deals/${dealId}/lost`, {
        reason: 'The investor chose Vietnam.',
      });
      expect(lost.body).toMatchObject({ stage: 'lost', lostReason: 'The investor chose Vietnam.', actions: [] });
      expect((await operator.post(`/api/cooperation/deals/${dealId}/site_visit`)).status).toBe(409);
    });

    it('gives the secretariat exact figures by stage, country and sector, and the CSV; members neither', async () => {
      // Projects in Tanzania only for this test: its figures are this test's alone.
      const a = await acceptedDeal({
        country: 'TZ',
        sizeUsd: '99999999999.99',
        sectors: ['logistics_warehousing', 'trade'],
      });
      const b = await acceptedDeal({ country: 'TZ', sizeUsd: '0.01', sectors: ['trade'] });
      for (const [{ dealId }, amount] of [
        [a, '12345678.91'],
        [b, '0.09'],
      ] as const) {
        for (const step of ['negotiation', 'agreement_signed'])
          expect((await operator.post(`/api/cooperation/deals/${dealId}/${step}`)).status).toBe(200);
        const made = await operator.post(`/api/cooperation/deals/${dealId}/investment_made`, {
          investedUsd: amount,
          investedOn: '2026-12-01',
        });
        expect(made.status).toBe(200);
      }
      const res = await secretariat.get('/api/cooperation/deals/figures');
      expect(res.status).toBe(200);
      const tz = (res.body.byCountry as { key: string }[]).find((r) => r.key === 'TZ');
      expect(tz).toEqual({ key: 'TZ', deals: 2, projectSizeUsd: '100000000000.00', investedUsd: '12345679.00' });
      const sector = (key: string) => (res.body.bySector as { key: string }[]).find((r) => r.key === key);
      expect(sector('logistics_warehousing')).toEqual({
        key: 'logistics_warehousing',
        deals: 1,
        projectSizeUsd: '99999999999.99',
        investedUsd: '12345678.91',
      });
      expect(sector('trade')).toMatchObject({ deals: 2, investedUsd: '12345679.00' });
      expect((res.body.byStage as { key: string }[]).map((s) => s.key)).toEqual([
        'contact',
        'site_visit',
        'negotiation',
        'agreement_signed',
        'investment_made',
        'lost',
      ]);
      const total = res.body.total as { deals: number };
      expect(total.deals).toBe((res.body.byStage as { deals: number }[]).reduce((sum, s) => sum + s.deals, 0));
      // A period before any deal: zeros, still exact strings.
      const empty = await secretariat.get('/api/cooperation/deals/figures?from=2000-01-01&to=2000-12-31');
      expect(empty.body.total).toEqual({ key: 'total', deals: 0, projectSizeUsd: '0.00', investedUsd: '0.00' });
      expect((await secretariat.get('/api/cooperation/deals/figures?from=yesterday')).status).toBe(400);
      for (const client of [operator, banker, insurer])
        expect((await client.get('/api/cooperation/deals/figures')).status).toBe(403);
      expect((await visitor.get('/api/cooperation/deals/figures')).status).toBe(401);

      const csv = await secretariat.get('/api/cooperation/deals/export.csv?country=TZ&lang=en');
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toContain('Project (English)');
      expect(lines).toHaveLength(3);
      expect(csv.text).toContain('12345678.91');
      expect(csv.text).toContain('99999999999.99');
      expect((await secretariat.get('/api/cooperation/deals/export.csv?lang=zh')).text).toContain('项目（英文）');
      expect((await operator.get('/api/cooperation/deals/export.csv')).status).toBe(403);
      // The export takes the list's scope and the figures' period, each refused when malformed.
      const outOfPeriod = await secretariat.get('/api/cooperation/deals/export.csv?country=TZ&to=2000-12-31&lang=en');
      expect(outOfPeriod.text.trim().split('\r\n')).toHaveLength(1);
      for (const bad of ['stage=won', 'country=ZZ', 'sector=mining', 'from=yesterday'])
        expect([bad, (await secretariat.get(`/api/cooperation/deals/export.csv?${bad}`)).status]).toEqual([bad, 400]);
      expect((await secretariat.get('/api/cooperation/deals?stage=won')).status).toBe(400);
    });
  });

  describe('demo data', () => {
    it('holds expressions in several states and the accepted one’s bilingual thread and deal at the site visit', async () => {
      const rows = (await t.db.dataSource.query(
        `SELECT status::text AS status FROM expressions_of_interest WHERE id::text LIKE '00000000-0000-4000-8000-0000000032%'`,
      )) as { status: string }[];
      expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['open', 'accepted', 'declined', 'withdrawn']));
      const accepted = await banker.get('/api/cooperation/expressions/00000000-0000-4000-8000-000000003201');
      expect(accepted.body).toMatchObject({ status: 'accepted', deal: { stage: 'site_visit' } });
      expect(accepted.body.messages).toHaveLength(3);
      expect((await operator.get('/api/cooperation/deals/00000000-0000-4000-8000-000000003401')).body).toMatchObject({
        stage: 'site_visit',
        actions: ['negotiation', 'lost'],
      });
    });
  });
});
