import { MATCH_DIGEST_THRESHOLD, type OrganizationMatchDto } from '@alliance/contracts';
import { ORG } from '../../../seeds/demo-data';
import { CooperationProjectJobsService } from '../src/modules/cooperation/projects/cooperation-project-jobs.service';
import { addColleague, fieldSet, sleep } from './helpers';
import { insertProject, type ProjectFixture } from './support/cooperation';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PARK = { uae: '00000000-0000-4000-8000-000000000201', ssez: '00000000-0000-4000-8000-000000000202' };
const DEMO = {
  sihanoukville: '00000000-0000-4000-8000-000000003101', // open, public
  uae: '00000000-0000-4000-8000-000000003102', // open, members only
  inReview: '00000000-0000-4000-8000-000000003103', // the Indonesia park's
  draft: '00000000-0000-4000-8000-000000003104', // the Ethiopia zone's
};
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const project = (override: Record<string, unknown> = {}) => ({
  kind: 'seeking_investment',
  parkId: PARK.ssez,
  titleEn: 'Garment investors for the zone',
  titleZh: '诚招服装企业',
  summaryEn: 'Standard workshops ready for garment makers.',
  summaryZh: '标准厂房已就绪。',
  descriptionEn: 'Serviced plots, a one-stop service centre, trained workers.',
  sectors: ['textiles_garments'],
  country: 'KH',
  sizeUsd: '25000000.50',
  audience: 'members',
  ...override,
});

describe('cooperation projects', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin, Sihanoukville SEZ (KH)
  let colleague: HttpClient; // a member of the Sihanoukville SEZ, follows Cambodia
  let operator2: HttpClient; // admin, Jiangsu–Indonesia park
  let banker: HttpClient; // member, Bank of Jiangsu: follows Cambodia (demo) and textiles below
  let visitor: HttpClient;

  const jobs = () => t.app.get(CooperationProjectJobsService);
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
  /** The users told of a project by notifications of `type`, by e-mail address. */
  const told = async (projectId: string, type: string): Promise<string[]> =>
    (
      (await t.db.dataSource.query(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = $2 ORDER BY u.email`,
        [projectId, type],
      )) as { email: string }[]
    ).map((r) => r.email);
  const row = async (id: string) =>
    (
      (await t.db.dataSource.query(`SELECT * FROM cooperation_projects WHERE id = $1`, [id])) as Record<
        string,
        unknown
      >[]
    )[0];
  const fixture = (f: Partial<ProjectFixture> = {}) => insertProject(t, { organizationId: ORG.ssez, ...f });
  const create = async (client: HttpClient, override: Record<string, unknown> = {}) => {
    const res = await client.post('/api/cooperation/projects', project(override));
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  const upload = async (client: HttpClient): Promise<string> => {
    const res = await client.agent
      .post('/api/attachments')
      .set('X-Requested-With', 'XMLHttpRequest')
      .attach('file', PDF, { filename: 'brochure.pdf', contentType: 'application/octet-stream' });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    await addColleague(t, 'operator@example.org', 'ssez.colleague@example.org');
    [secretariat, operator, colleague, operator2, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('ssez.colleague@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
    ]);
    visitor = t.anonymous();
    const follows = (countries: string[], sectors: string[]) => ({
      countries,
      sectors,
      kinds: [],
      organizationIds: [],
    });
    expect((await banker.put('/api/me/follows', follows(['KH'], ['textiles_garments']))).status).toBe(200);
    expect((await colleague.put('/api/me/follows', follows(['KH'], []))).status).toBe(200);
    expect((await operator2.put('/api/me/follows', follows([], ['building_materials']))).status).toBe(200);
  });
  afterAll(() => t.close());

  describe('writing a project', () => {
    it('is a draft of the writer’s organization, with its size an exact decimal string', async () => {
      const res = await operator.post('/api/cooperation/projects', project({ deadline: isoDay(60) }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        status: 'draft',
        audience: 'members',
        sizeUsd: '25000000.50',
        deadline: isoDay(60),
        organization: { id: ORG.ssez, type: 'park_operator' },
        park: { id: PARK.ssez },
        publishedAt: null,
        expiresAt: null,
        openExpressions: 0,
        ownExpression: null,
        version: 1,
      });
      expect(res.body.actions).toEqual(['update', 'submit', 'close']);
      const audit = await t.db.dataSource.query(
        `SELECT actor_email FROM audit_events WHERE entity_id = $1 AND action = 'cooperation_project.create'`,
        [res.body.id],
      );
      expect(audit).toEqual([{ actor_email: 'operator@example.org' }]);
    });

    it('is refused to visitors (401) and to the secretariat, which owns no project (403)', async () => {
      expect((await visitor.post('/api/cooperation/projects', project())).status).toBe(401);
      expect((await secretariat.post('/api/cooperation/projects', project())).status).toBe(403);
    });

    it('refuses bad input with every field named, sizes as floats or past the limit included, writing nothing', async () => {
      const count = async () =>
        (await t.db.dataSource.query('SELECT count(*)::int AS n FROM cooperation_projects'))[0].n;
      const before = await count();
      const bad = await operator.post(
        '/api/cooperation/projects',
        project({
          kind: 'charity',
          country: 'XX',
          sizeUsd: 25000000.5,
          sectors: ['textiles_garments', 'space'],
          deadline: '31/12/2027',
          audience: 'everyone',
          titleEn: 'x'.repeat(301),
        }),
      );
      expect(bad.status).toBe(400);
      expect(fieldSet(bad).sort()).toEqual([
        'audience',
        'country',
        'deadline',
        'kind',
        'sectors',
        'sizeUsd',
        'titleEn',
      ]);
      for (const sizeUsd of ['1000000000000.00', '12.345', '-5', '1e6', '0']) {
        const res = await operator.post('/api/cooperation/projects', project({ sizeUsd }));
        expect([res.status, fieldSet(res)]).toEqual([400, ['sizeUsd']]);
      }
      expect((await operator.post('/api/cooperation/projects', project({ sizeUsd: '999999999999.99' }))).status).toBe(
        201,
      );
      const six = ['textiles_garments', 'electronics', 'trade', 'chemicals', 'automotive', 'new_energy'];
      expect(fieldSet(await operator.post('/api/cooperation/projects', project({ sectors: six })))).toEqual([
        'sectors',
      ]);
      const files = Array.from({ length: 11 }, () => '00000000-0000-4000-8000-000000000999');
      expect(fieldSet(await operator.post('/api/cooperation/projects', project({ attachmentIds: files })))).toEqual([
        'attachmentIds',
      ]);
      expect(await count()).toBe(before + 1);
    });

    it('refuses by reason: a title and a summary in one language at least, a sector, a deadline not past, its own park', async () => {
      const reasons = [
        [project({ titleEn: ' ', titleZh: null }), 'PROJECT_TITLE_REQUIRED', 'titleEn'],
        [project({ summaryEn: '', summaryZh: null }), 'PROJECT_SUMMARY_REQUIRED', 'summaryEn'],
        [project({ sectors: [] }), 'PROJECT_SECTOR_REQUIRED', 'sectors'],
        [project({ deadline: isoDay(-1) }), 'PROJECT_DEADLINE_PAST', 'deadline'],
        [project({ parkId: PARK.uae }), 'PROJECT_PARK_NOT_YOURS', 'parkId'],
      ] as const;
      for (const [body, reason, field] of reasons) {
        const res = await operator.post('/api/cooperation/projects', body);
        expect([res.status, res.body.reason, fieldSet(res)]).toEqual([422, reason, [field]]);
      }
      // One language is enough; today is not past.
      expect(
        (
          await operator.post(
            '/api/cooperation/projects',
            project({ titleEn: null, summaryEn: null, deadline: isoDay(0) }),
          )
        ).status,
      ).toBe(201);
    });

    it('is refused to an organization suspended while the request runs (PROJECT_ORGANIZATION_INACTIVE)', async () => {
      await addColleague(t, 'partner@example.org', 'lawyers.coop@example.org');
      const lawyer = await t.signIn('lawyers.coop@example.org');
      const suspension = t.db.dataSource.createQueryRunner();
      await suspension.connect();
      try {
        await suspension.startTransaction();
        await suspension.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [ORG.lawyers]);
        const pending = lawyer.post('/api/cooperation/projects', project({ parkId: null })).then((res) => res);
        await sleep(500);
        await suspension.commitTransaction();
        const res = await pending;
        expect([res.status, res.body.reason]).toEqual([422, 'PROJECT_ORGANIZATION_INACTIVE']);
        expect(
          await t.db.dataSource.query(`SELECT 1 FROM cooperation_projects WHERE organization_id = $1`, [ORG.lawyers]),
        ).toEqual([]);
      } finally {
        await suspension.query(`UPDATE organizations SET status = 'active' WHERE id = $1`, [ORG.lawyers]);
        await suspension.release();
      }
    });

    it('takes up to ten of the organization’s uploads, and edits with the version last read (409 when stale)', async () => {
      const mine = await upload(operator);
      const theirs = await upload(operator2);
      const refused = await operator.post('/api/cooperation/projects', project({ attachmentIds: [theirs] }));
      expect([refused.status, refused.body.reason]).toEqual([422, 'ATTACHMENT_NOT_USABLE']);
      const created = await create(operator, { attachmentIds: [mine] });
      const page = await operator.get(`/api/cooperation/projects/${created.id}`);
      expect(page.body.attachments).toEqual([
        { id: mine, fileName: 'brochure.pdf', contentType: 'application/pdf', size: PDF.length },
      ]);
      const edited = await colleague.patch(`/api/cooperation/projects/${created.id}`, {
        version: 1,
        titleEn: 'Knitting and dyeing investors',
        attachmentIds: [],
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ titleEn: 'Knitting and dyeing investors', attachments: [], version: 2 });
      const stale = await operator.patch(`/api/cooperation/projects/${created.id}`, { version: 1, titleEn: 'Late' });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
      const emptied = await operator.patch(`/api/cooperation/projects/${created.id}`, {
        version: 2,
        titleEn: null,
        titleZh: null,
      });
      expect([emptied.status, emptied.body.reason]).toEqual([422, 'PROJECT_TITLE_REQUIRED']);
      expect(
        fieldSet(await operator.patch(`/api/cooperation/projects/${created.id}`, { version: 2, kind: null })),
      ).toEqual(['kind']);
      expect((await operator.patch(`/api/cooperation/projects/${created.id}`, { titleEn: 'No version' })).status).toBe(
        400,
      );
    });
  });

  describe('review and publication', () => {
    it('goes draft → in review → back with a reason → in review → open, each step told, audited and refused out of turn', async () => {
      const { id } = await create(operator, { deadline: isoDay(90) });
      const submitted = await operator.post(`/api/cooperation/projects/${id}/submit`, { version: 1 });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'in_review', actions: ['close'] });
      expect(submitted.body.submittedAt).not.toBeNull();
      expect(await told(id, 'project_submitted')).toEqual(['secretariat@example.org']);
      // In review: its organization and the secretariat read it; nobody else.
      expect((await banker.get(`/api/cooperation/projects/${id}`)).status).toBe(404);
      expect((await visitor.get(`/api/cooperation/projects/${id}`)).status).toBe(404);
      const review = await secretariat.get('/api/cooperation/projects?scope=review&limit=100');
      expect(ids(review)).toContain(id);
      expect((await secretariat.get(`/api/cooperation/projects/${id}`)).body.actions).toEqual(['approve', 'return']);

      const noReason = await secretariat.post(`/api/cooperation/projects/${id}/return`, { version: 2, reason: ' ' });
      expect([noReason.status, noReason.body.reason]).toEqual([422, 'PROJECT_RETURN_REASON_REQUIRED']);
      const returned = await secretariat.post(`/api/cooperation/projects/${id}/return`, {
        version: 2,
        reason: 'Say how many workers the zone can train.',
      });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({
        status: 'draft',
        returnReason: 'Say how many workers the zone can train.',
      });
      expect(await told(id, 'project_returned')).toEqual(['operator@example.org', 'ssez.colleague@example.org']);
      expect((await operator.get(`/api/cooperation/projects/${id}`)).body.returnReason).toBe(
        'Say how many workers the zone can train.',
      );

      expect((await operator.post(`/api/cooperation/projects/${id}/submit`, { version: 3 })).status).toBe(200);
      // Every active member gets a user, so that each organization a match reaches has someone to tell.
      await t.db.dataSource.query(
        `INSERT INTO users (email, display_name, organization_id, org_role, status, password_hash, locale)
         SELECT 'member-' || o.id || '@example.org', 'Member', o.id, 'member', 'active', u.password_hash, 'en'
           FROM organizations o CROSS JOIN (SELECT password_hash FROM users WHERE email = 'operator@example.org') u
          WHERE o.status = 'active' AND o.type <> 'secretariat' AND NOT EXISTS (SELECT 1 FROM users x WHERE x.organization_id = o.id)`,
      );
      expect((await secretariat.post(`/api/cooperation/projects/${id}/approve`, { version: 3 })).status).toBe(409);
      const approved = await secretariat.post(`/api/cooperation/projects/${id}/approve`, { version: 4 });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'open', returnReason: null });
      // The deadline (90 days) comes before twelve months: it expires the day after.
      expect(approved.body.expiresAt).toBe(`${isoDay(91)}T00:00:00.000Z`);
      expect(Date.now() - Date.parse(approved.body.publishedAt)).toBeLessThan(60_000);
      expect(await told(id, 'project_approved')).toEqual(['operator@example.org', 'ssez.colleague@example.org']);
      // Followers of Cambodia or textiles hear of it, once each; never the owner's own people.
      expect(await told(id, 'project_published')).toEqual(['banker@example.org']);
      // The organizations it fits at the digest threshold or above hear of it as a match, each of their users once.
      const strong = ((await operator.get(`/api/cooperation/projects/${id}/matches`)).body as OrganizationMatchDto[])
        .filter((m) => m.score >= MATCH_DIGEST_THRESHOLD)
        .map((m) => m.organization.id);
      const matched = (await t.db.dataSource.query(
        `SELECT DISTINCT u.organization_id AS id FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = 'match_suggested'`,
        [id],
      )) as { id: string }[];
      expect(strong.length).toBeGreaterThan(0);
      expect(matched.map((m) => m.id).sort()).toEqual([...strong].sort());
      const again = await secretariat.post(`/api/cooperation/projects/${id}/approve`, { version: 5 });
      expect([again.status, again.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);
      const steps = await t.db.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, action`,
        [id],
      );
      expect(steps.map((s: { action: string }) => s.action)).toEqual([
        'cooperation_project.create',
        'cooperation_project.submit',
        'cooperation_project.return',
        'cooperation_project.submit',
        'cooperation_project.approve',
      ]);
    });

    it('without a deadline stays open twelve months; one whose deadline passed in review goes back (PROJECT_DEADLINE_PAST)', async () => {
      const open = await fixture({ status: 'in_review' });
      const approved = await secretariat.post(`/api/cooperation/projects/${open}/approve`, { version: 1 });
      const published = new Date(approved.body.publishedAt);
      const expected = new Date(published);
      expected.setUTCFullYear(expected.getUTCFullYear() + 1);
      expect(approved.body.expiresAt).toBe(expected.toISOString());

      const late = await fixture({ status: 'in_review' });
      await t.db.dataSource.query(`UPDATE cooperation_projects SET deadline = $2 WHERE id = $1`, [late, isoDay(-2)]);
      const refused = await secretariat.post(`/api/cooperation/projects/${late}/approve`, { version: 1 });
      expect([refused.status, refused.body.reason]).toEqual([422, 'PROJECT_DEADLINE_PAST']);
      expect((await row(late)).status).toBe('in_review');
    });

    it('never tells a follower twice, nor followers of other countries and sectors', async () => {
      const id = await fixture({
        status: 'in_review',
        country: 'AE',
        sectors: ['building_materials', 'textiles_garments'],
      });
      expect((await secretariat.post(`/api/cooperation/projects/${id}/approve`, { version: 1 })).status).toBe(200);
      // operator2 follows building materials, the banker textiles (and Cambodia, not the UAE); the colleague Cambodia only.
      expect(await told(id, 'project_published')).toEqual(['banker@example.org', 'operator2@example.org']);
    });
  });

  describe('each step per role', () => {
    // A fresh project of the Sihanoukville zone for each cell; the other member is the Bank of Jiangsu.
    const cases: [
      action: string,
      status: ProjectFixture['status'],
      body: object,
      expected: { owner: number; other: number; secretariat: number; visitor: number },
      expiresInDays: number,
    ][] = [
      ['submit', 'draft', {}, { owner: 200, other: 404, secretariat: 403, visitor: 401 }, 0],
      ['approve', 'in_review', {}, { owner: 403, other: 403, secretariat: 200, visitor: 401 }, 0],
      ['return', 'in_review', { reason: 'More detail' }, { owner: 403, other: 403, secretariat: 200, visitor: 401 }, 0],
      ['reopen', 'in_talks', {}, { owner: 200, other: 404, secretariat: 403, visitor: 401 }, 0],
      [
        'close',
        'open',
        { outcome: 'withdrawn', reason: 'Done' },
        { owner: 200, other: 404, secretariat: 403, visitor: 401 },
        0,
      ],
      ['renew', 'open', {}, { owner: 200, other: 404, secretariat: 403, visitor: 401 }, 10],
    ];
    it.each(cases)('%s on a project %s', async (action, status, body, expected, expiresInDays) => {
      const clients = { owner: operator, other: banker, secretariat, visitor } as const;
      for (const [role, client] of Object.entries(clients) as [keyof typeof clients, HttpClient][]) {
        const id = await fixture({
          status,
          ...(expiresInDays ? { expiresAt: new Date(Date.now() + expiresInDays * DAY) } : {}),
        });
        const res = await client.post(`/api/cooperation/projects/${id}/${action}`, { ...body, version: 1 });
        expect([role, res.status]).toEqual([role, expected[role]]);
        if (res.status !== 200) expect((await row(id)).status).toBe(status);
      }
    });

    it('edits per role: the owner a draft, open or in talks project; nobody else', async () => {
      for (const status of ['draft', 'open', 'in_talks'] as const) {
        const id = await fixture({ status });
        expect((await banker.patch(`/api/cooperation/projects/${id}`, { version: 1, titleEn: 'x' })).status).toBe(404);
        expect((await secretariat.patch(`/api/cooperation/projects/${id}`, { version: 1, titleEn: 'x' })).status).toBe(
          403,
        );
        expect((await visitor.patch(`/api/cooperation/projects/${id}`, { version: 1, titleEn: 'x' })).status).toBe(401);
        expect(
          (await operator.patch(`/api/cooperation/projects/${id}`, { version: 1, titleEn: 'Edited' })).status,
        ).toBe(200);
      }
      for (const status of ['in_review', 'closed'] as const) {
        const id = await fixture({ status });
        const res = await operator.patch(`/api/cooperation/projects/${id}`, { version: 1, titleEn: 'x' });
        expect([res.status, res.body.error]).toEqual([409, 'ILLEGAL_TRANSITION']);
      }
    });

    it('refuses steps out of turn (409 ILLEGAL_TRANSITION) and their missing reasons by name', async () => {
      const open = await fixture({ status: 'open' });
      for (const action of ['submit', 'reopen']) {
        const res = await operator.post(`/api/cooperation/projects/${open}/${action}`, { version: 1 });
        expect([action, res.status, res.body.error]).toEqual([action, 409, 'ILLEGAL_TRANSITION']);
      }
      const early = await operator.post(`/api/cooperation/projects/${open}/renew`, { version: 1 });
      expect([early.status, early.body.reason]).toEqual([422, 'PROJECT_RENEWAL_TOO_EARLY']);
      const noReason = await operator.post(`/api/cooperation/projects/${open}/close`, {
        version: 1,
        outcome: 'concluded',
      });
      expect([noReason.status, noReason.body.reason]).toEqual([422, 'PROJECT_CLOSE_REASON_REQUIRED']);
      const expired = await operator.post(`/api/cooperation/projects/${open}/close`, {
        version: 1,
        outcome: 'expired',
        reason: 'Only the job runner expires projects',
      });
      expect([expired.status, fieldSet(expired)]).toEqual([400, ['outcome']]);
      const closed = await fixture({ status: 'closed' });
      const bodies: Record<string, object> = { close: { outcome: 'concluded', reason: 'x' }, renew: {}, submit: {} };
      for (const [action, body] of Object.entries(bodies)) {
        const res = await operator.post(`/api/cooperation/projects/${closed}/${action}`, { version: 1, ...body });
        expect([action, res.status, res.body.error]).toEqual([action, 409, 'ILLEGAL_TRANSITION']);
      }
    });

    it('closing lapses the expressions still waiting (audited), and leaves the others', async () => {
      const id = await fixture({ status: 'in_talks' });
      const [waiting] = await t.db.dataSource.query(
        `INSERT INTO expressions_of_interest (project_id, organization_id, status, message) VALUES ($1, $2, 'open', 'Interested')
         RETURNING id`,
        [id, ORG.bankOfJiangsu],
      );
      const [accepted] = await t.db.dataSource.query(
        `INSERT INTO expressions_of_interest (project_id, organization_id, status, message) VALUES ($1, $2, 'accepted', 'Yes')
         RETURNING id`,
        [id, ORG.sinosure],
      );
      expect((await operator.get(`/api/cooperation/projects/${id}`)).body.openExpressions).toBe(1);
      const closed = await operator.post(`/api/cooperation/projects/${id}/close`, {
        version: 1,
        outcome: 'concluded',
        reason: 'Agreement signed with the bank',
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closeOutcome: 'concluded',
        closeReason: 'Agreement signed with the bank',
        openExpressions: 0,
        actions: [],
      });
      const statuses = await t.db.dataSource.query(
        `SELECT id, status FROM expressions_of_interest WHERE project_id = $1 ORDER BY status`,
        [id],
      );
      expect(statuses).toEqual([
        { id: accepted.id, status: 'accepted' },
        { id: waiting.id, status: 'lapsed' },
      ]);
      expect(await t.db.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [waiting.id])).toEqual(
        [{ action: 'expression_of_interest.lapse' }],
      );
      // Closed: the owner and the secretariat read it; other members no longer.
      expect((await banker.get(`/api/cooperation/projects/${id}`)).status).toBe(404);
      expect((await secretariat.get(`/api/cooperation/projects/${id}`)).status).toBe(200);
    });
  });

  describe('who sees what', () => {
    it('members read open and in-talks projects of anyone, and their own in any status; others’ unpublished ones are 404', async () => {
      const draft = await fixture({ status: 'draft' });
      const talks = await fixture({ status: 'in_talks' });
      expect((await banker.get(`/api/cooperation/projects/${talks}`)).status).toBe(200);
      expect((await banker.get(`/api/cooperation/projects/${DEMO.uae}`)).status).toBe(200);
      for (const id of [draft, DEMO.inReview, DEMO.draft])
        expect((await banker.get(`/api/cooperation/projects/${id}`)).status).toBe(404);
      expect((await operator.get(`/api/cooperation/projects/${draft}`)).status).toBe(200);
      expect((await operator2.get(`/api/cooperation/projects/${DEMO.inReview}`)).status).toBe(200);
      for (const id of [draft, DEMO.inReview, DEMO.draft])
        expect((await secretariat.get(`/api/cooperation/projects/${id}`)).status).toBe(200);

      const all = ids(await banker.get('/api/cooperation/projects?limit=100'));
      expect(all).toEqual(expect.arrayContaining([DEMO.sihanoukville, DEMO.uae, talks]));
      expect(all).not.toContain(draft);
      expect(all).not.toContain(DEMO.inReview);
      const mine = await operator.get('/api/cooperation/projects?scope=mine&limit=100');
      expect(ids(mine)).toEqual(expect.arrayContaining([draft, talks, DEMO.sihanoukville]));
      expect(mine.body.items.every((p: { organization: { id: string } }) => p.organization.id === ORG.ssez)).toBe(true);
      expect(mine.body.items.every((p: { openExpressions: number | null }) => p.openExpressions !== null)).toBe(true);
      // Another organization's drafts never show, whatever the filter.
      expect(ids(await banker.get('/api/cooperation/projects?status=draft&limit=100'))).toEqual([]);
      expect((await banker.get('/api/cooperation/projects?scope=review')).status).toBe(403);
      expect((await visitor.get('/api/cooperation/projects?scope=mine')).status).toBe(401);
    });

    it('visitors read public published projects only, their summary: no description, files or contacts', async () => {
      const list = await visitor.get('/api/cooperation/projects?limit=100');
      expect(list.status).toBe(200);
      expect(ids(list)).toContain(DEMO.sihanoukville);
      expect(ids(list)).not.toContain(DEMO.uae);
      expect(list.body.items.every((p: { audience: string }) => p.audience === 'public')).toBe(true);
      expect((await visitor.get(`/api/cooperation/projects/${DEMO.uae}`)).status).toBe(404);
      expect((await visitor.get(`/api/cooperation/projects/${DEMO.inReview}`)).status).toBe(404);

      const file = await upload(operator);
      const id = await fixture({ status: 'open', audience: 'public' });
      await t.db.dataSource.query(
        `UPDATE attachments SET record_type = 'cooperation_project', record_id = $2 WHERE id = $1`,
        [file, id],
      );
      const page = await visitor.get(`/api/cooperation/projects/${id}`);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({
        descriptionEn: null,
        descriptionZh: null,
        closeReason: null,
        returnReason: null,
        attachments: [],
        actions: [],
        ownExpression: null,
        openExpressions: null,
      });
      expect(page.body.summaryEn).toBe('Land and standard workshops ready for garment makers.');
      expect(JSON.stringify(page.body)).not.toMatch(/@|contact|phone/i);
      expect((await banker.get(`/api/cooperation/projects/${id}`)).body.descriptionEn).toBe(
        'Serviced land, standard workshops and a one-stop service centre.',
      );
    });

    it('serves a project’s files to whoever may open it; never to visitors, nor a draft’s to another member', async () => {
      const forMembers = await fixture({ status: 'open', audience: 'members' });
      const forPublic = await fixture({ status: 'open', audience: 'public' });
      const draft = await fixture({ status: 'draft' });
      const files: Record<string, string> = {};
      for (const [name, id] of Object.entries({ forMembers, forPublic, draft })) {
        files[name] = await upload(operator);
        await t.db.dataSource.query(
          `UPDATE attachments SET record_type = 'cooperation_project', record_id = $2 WHERE id = $1`,
          [files[name], id],
        );
      }
      const status = async (client: HttpClient, file: string) => (await client.get(`/api/attachments/${file}`)).status;
      expect(await status(visitor, files.forMembers)).toBe(404);
      expect(await status(visitor, files.forPublic)).toBe(404);
      expect(await status(banker, files.forMembers)).toBe(200);
      expect(await status(banker, files.draft)).toBe(404);
      expect(await status(colleague, files.draft)).toBe(200);
      expect(await status(secretariat, files.draft)).toBe(200);
    });

    it('filters by kind, sector, country, size, park, status and title words', async () => {
      const id = await fixture({
        status: 'open',
        kind: 'procurement',
        sectors: ['electronics', 'trade'],
        country: 'VN',
        sizeUsd: '750000.25',
        parkId: PARK.ssez,
        titleEn: 'Inverters for the rooftop programme',
        titleZh: '屋顶光伏逆变器采购',
      });
      const found = async (query: string) => ids(await banker.get(`/api/cooperation/projects?limit=100&${query}`));
      for (const query of [
        'kind=procurement',
        'sector=electronics',
        'country=VN',
        'minSizeUsd=750000.25',
        'maxSizeUsd=750000.25',
        `parkId=${PARK.ssez}`,
        'status=open',
        'q=rooftop%20INVERTERS',
        `q=${encodeURIComponent('逆变器')}`,
      ])
        expect([query, (await found(query)).includes(id)]).toEqual([query, true]);
      for (const query of [
        'kind=seeking_partner',
        'sector=chemicals',
        'country=KH',
        'minSizeUsd=750000.26',
        'maxSizeUsd=750000.24',
        `parkId=${PARK.uae}`,
        'status=in_talks',
        'q=rooftop%20cement',
        'q=100%25',
      ])
        expect([query, (await found(query)).includes(id)]).toEqual([query, false]);
      expect((await banker.get('/api/cooperation/projects?minSizeUsd=1.5e6')).status).toBe(400);
    });

    it('finds published projects in search as the lists do: members-only ones for members, public ones for visitors', async () => {
      const search = async (client: HttpClient, q: string) =>
        (
          (await client.get(`/api/search?q=${encodeURIComponent(q)}&limit=50`)).body.items as {
            type: string;
            id: string;
          }[]
        )
          .filter((hit) => hit.type === 'cooperation_project')
          .map((hit) => hit.id);
      const members = await fixture({
        status: 'open',
        titleEn: 'Zanzibar clove processing partner',
        audience: 'members',
      });
      const open = await fixture({ status: 'open', titleEn: 'Zanzibar seaweed farming investors', audience: 'public' });
      const draft = await fixture({ status: 'draft', titleEn: 'Zanzibar draft project' });
      expect((await search(banker, 'zanzibar')).sort()).toEqual([members, open].sort());
      expect(await search(visitor, 'zanzibar')).toEqual([open]);
      // A draft is found by nobody, its own organization included: search holds published projects.
      expect(await search(operator, 'zanzibar')).not.toContain(draft);
      expect(await search(secretariat, 'zanzibar draft')).toEqual([]);
      const hit = (await visitor.get('/api/search?q=seaweed')).body.items.find((h: { id: string }) => h.id === open);
      expect(hit).toMatchObject({
        type: 'cooperation_project',
        kind: 'seeking_investment',
        country: 'KH',
        organization: { id: ORG.ssez },
      });
      expect(await search(visitor, 'Sihanoukville')).toContain(DEMO.sihanoukville);
    });

    it('counts open and in-talks projects as exposure in their country for risk alerts', async () => {
      // The Bank of Jiangsu has no park nor financing request in Laos: its project there exposes it.
      await insertProject(t, { organizationId: ORG.bankOfJiangsu, status: 'in_talks', country: 'LA' });
      await insertProject(t, { organizationId: ORG.sinosure, status: 'draft', country: 'LA' });
      const alert = await secretariat.post('/api/risk-alerts', {
        severity: 'info',
        category: 'economic',
        countries: ['LA'],
        titleEn: 'Currency controls',
        bodyEn: 'Transfers abroad need approval.',
        validFrom: new Date().toISOString(),
      });
      expect(alert.status).toBe(201);
      const report = await secretariat.get(`/api/risk-alerts/${alert.body.id}/report`);
      const exposed = report.body.organizations.map((o: { organization: { id: string }; reasons: string[] }) => [
        o.organization.id,
        o.reasons,
      ]);
      expect(exposed).toContainEqual([ORG.bankOfJiangsu, ['project']]);
      expect(exposed.map(([id]: [string]) => id)).not.toContain(ORG.sinosure);
    });
  });

  describe('expiry, reminders and renewal (the job runner)', () => {
    it('brings a published project’s expiry forward to a new, earlier deadline; a later one waits for a renewal', async () => {
      const id = await fixture({ status: 'open' });
      const yearOn = (await row(id)).expires_at as Date;
      const earlier = await operator.patch(`/api/cooperation/projects/${id}`, { version: 1, deadline: isoDay(20) });
      expect(earlier.status).toBe(200);
      expect(earlier.body.expiresAt).toBe(`${isoDay(21)}T00:00:00.000Z`);
      const later = await operator.patch(`/api/cooperation/projects/${id}`, { version: 2, deadline: isoDay(200) });
      expect(later.body.expiresAt).toBe(`${isoDay(21)}T00:00:00.000Z`);
      const retitled = await operator.patch(`/api/cooperation/projects/${id}`, { version: 3, titleEn: 'Retitled' });
      expect(retitled.body.expiresAt).toBe(`${isoDay(21)}T00:00:00.000Z`);
      expect(new Date(retitled.body.expiresAt).getTime()).toBeLessThan(new Date(yearOn).getTime());
    });

    it('closes open projects past their expiry as expired, without an actor, lapsing their expressions and telling the owner', async () => {
      const overdue = await fixture({ status: 'open', expiresAt: new Date(Date.now() - 60_000) });
      const talks = await fixture({ status: 'in_talks', expiresAt: new Date(Date.now() - 60_000) });
      const current = await fixture({ status: 'open' });
      const [waiting] = await t.db.dataSource.query(
        `INSERT INTO expressions_of_interest (project_id, organization_id, status, message) VALUES ($1, $2, 'open', 'Hi')
         RETURNING id`,
        [overdue, ORG.bankOfJiangsu],
      );
      expect(await jobs().expireOverdue()).toBeGreaterThanOrEqual(1);
      expect(await row(overdue)).toMatchObject({ status: 'closed', close_outcome: 'expired' });
      expect((await row(overdue)).closed_at).not.toBeNull();
      expect((await row(talks)).status).toBe('in_talks');
      expect((await row(current)).status).toBe('open');
      const [audit] = await t.db.dataSource.query(
        `SELECT actor_user_id FROM audit_events WHERE entity_id = $1 AND action = 'cooperation_project.expire'`,
        [overdue],
      );
      expect(audit).toEqual({ actor_user_id: null });
      expect(
        (await t.db.dataSource.query(`SELECT status FROM expressions_of_interest WHERE id = $1`, [waiting.id]))[0]
          .status,
      ).toBe('lapsed');
      expect(await told(overdue, 'project_expired')).toEqual(['operator@example.org', 'ssez.colleague@example.org']);
      const page = await operator.get(`/api/cooperation/projects/${overdue}`);
      expect(page.body).toMatchObject({ status: 'closed', closeOutcome: 'expired', actions: [] });
      expect(await jobs().expireOverdue()).toBe(0);
    });

    it('reminds the owner once per expiry date, even with two runs at once; a renewal pushes expiry twelve months on', async () => {
      const expiresAt = new Date(Date.now() + 10 * DAY);
      const soon = await fixture({ status: 'open', expiresAt });
      const later = await fixture({ status: 'open', expiresAt: new Date(Date.now() + 40 * DAY) });
      const runs = await Promise.all([jobs().remindExpiring(), jobs().remindExpiring()]);
      expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
      expect(await told(soon, 'project_expiring')).toEqual(['operator@example.org', 'ssez.colleague@example.org']);
      expect(await told(later, 'project_expiring')).toEqual([]);
      expect(new Date((await row(soon)).reminded_for as string).getTime()).toBe(expiresAt.getTime());
      await jobs().remindExpiring();
      expect(await told(soon, 'project_expiring')).toHaveLength(2);

      const page = await operator.get(`/api/cooperation/projects/${soon}`);
      expect(page.body.actions).toContain('renew');
      expect((await operator.get(`/api/cooperation/projects/${later}`)).body.actions).not.toContain('renew');
      const renewed = await colleague.post(`/api/cooperation/projects/${soon}/renew`, { version: page.body.version });
      expect(renewed.status).toBe(200);
      const expected = new Date(expiresAt);
      expected.setUTCFullYear(expected.getUTCFullYear() + 1);
      expect(renewed.body.expiresAt).toBe(expected.toISOString());
      expect((await row(soon)).reminded_for).toBeNull();
      await jobs().remindExpiring();
      expect(await told(soon, 'project_expiring')).toHaveLength(2);
      expect(
        await t.db.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [
          soon,
        ]),
      ).toEqual([{ action: 'cooperation_project.remind' }, { action: 'cooperation_project.renew' }]);
    });
  });
});
