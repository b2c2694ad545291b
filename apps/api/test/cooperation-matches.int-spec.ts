import { rankOrganizations, rankProjects, type OrganizationMatchDto, type ProjectMatchDto } from '@alliance/contracts';
import { DEMO_MATCH_DISMISSALS, seedMatchDismissals } from '../../../seeds/demo-cooperation-matches';
import { ORG } from '../../../seeds/demo-data';
import { CooperationMatchesQueries } from '../src/modules/cooperation/matches/cooperation-matches.queries';
import { CooperationMatchesService } from '../src/modules/cooperation/matches/cooperation-matches.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { addColleague } from './helpers';
import { insertProject, type ProjectFixture } from './support/cooperation';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

/**
 * Each test builds its organizations in countries and sectors of its own (none of the demo parks is
 * in them), so a list holds exactly what the test made, whatever the other tests add.
 */
describe('cooperation matches', () => {
  let t: TestApp;
  let n = 0;

  interface Member {
    id: string;
    email: string;
  }

  /** A member organization with one user (admin, demo password, `locale`). */
  async function member(
    options: {
      type?: string;
      status?: 'active' | 'suspended' | 'withdrawn' | 'applicant';
      locale?: 'en' | 'zh';
      emailMode?: 'immediately' | 'daily' | 'off';
    } = {},
  ): Promise<Member> {
    n += 1;
    const [org] = (await t.db.dataSource.query(
      `INSERT INTO organizations (name_en, name_zh, type, country, status)
       VALUES ($1, $2, $3, 'CN', $4) RETURNING id`,
      [`Match test organization ${n}`, `匹配测试机构${n}`, options.type ?? 'park_operator', options.status ?? 'active'],
    )) as { id: string }[];
    const email = `match-${n}@example.org`;
    await t.db.dataSource.query(
      `INSERT INTO users (email, display_name, organization_id, org_role, status, password_hash, locale, notification_email_mode)
       SELECT $1, $2, $3, 'admin', 'active', password_hash, $4, $5 FROM users WHERE email = 'operator@example.org'`,
      [email, `Match user ${n}`, org.id, options.locale ?? 'en', options.emailMode ?? 'immediately'],
    );
    return { id: org.id, email };
  }

  async function park(
    organizationId: string,
    fields: { country: string; sectors: string[]; investmentUsd?: string | null; enterprises?: number | null },
  ): Promise<void> {
    await t.db.dataSource.query(
      `INSERT INTO parks (organization_id, name_en, country, sectors, investment_usd, enterprise_count)
       VALUES ($1, 'Match test park', $2, $3, $4, $5)`,
      [organizationId, fields.country, fields.sectors, fields.investmentUsd ?? null, fields.enterprises ?? null],
    );
  }

  const project = (organizationId: string, fixture: Omit<ProjectFixture, 'organizationId'>) =>
    insertProject(t, { organizationId, ...fixture });

  async function expressed(projectId: string, organizationId: string, status = 'open'): Promise<void> {
    await t.db.dataSource.query(
      `INSERT INTO expressions_of_interest (project_id, organization_id, status, message) VALUES ($1, $2, $3, 'Interested')`,
      [projectId, organizationId, status],
    );
  }

  const signIn = (m: Member) => t.signIn(m.email);

  async function organizationMatches(client: HttpClient, projectId: string): Promise<OrganizationMatchDto[]> {
    const res = await client.get(`/api/cooperation/projects/${projectId}/matches`);
    expect(res.status).toBe(200);
    return res.body as OrganizationMatchDto[];
  }

  async function projectMatches(client: HttpClient): Promise<ProjectMatchDto[]> {
    const res = await client.get('/api/cooperation/matches');
    expect(res.status).toBe(200);
    return res.body as ProjectMatchDto[];
  }

  const ids = (matches: OrganizationMatchDto[]) => matches.map((m) => m.organization.id);
  /** The matches of the organizations a test made (demo and other tests' organizations may share a sector), in order. */
  const among = (matches: OrganizationMatchDto[], orgs: { id: string }[]) =>
    matches.filter((m) => orgs.some((o) => o.id === m.organization.id));
  const projectIds = (matches: ProjectMatchDto[]) => matches.map((m) => m.project.id);

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('ranks the organizations that fit an open project, best first, explained in the reader’s language', async () => {
    const owner = await member();
    const investor = await member(); // a park in Laos with the sector and investments beyond the size
    const sectorOnly = await member(); // the sector in Thailand, investments close to the size
    const bank = await member({ type: 'financial_institution' }); // a project of its own in Laos, no park
    const unrelated = await member({ type: 'research_institute' });
    await park(investor.id, { country: 'LA', sectors: ['pharmaceuticals'], investmentUsd: '10000000.00' });
    await park(sectorOnly.id, { country: 'TH', sectors: ['pharmaceuticals', 'trade'], investmentUsd: '2000000.00' });
    await project(bank.id, { country: 'LA', sectors: ['digital_economy'], kind: 'seeking_partner' });
    await park(unrelated.id, { country: 'FR', sectors: ['trade'] });
    const id = await project(owner.id, {
      kind: 'seeking_investment',
      country: 'LA',
      sectors: ['pharmaceuticals'],
      sizeUsd: '5000000.00',
    });

    const client = await signIn(owner);
    const made = [owner, investor, sectorOnly, bank, unrelated];
    const matches = among(await organizationMatches(client, id), made);
    expect(ids(matches)).toEqual([investor.id, sectorOnly.id, bank.id]);
    expect(matches.map((m) => m.score)).toEqual([100, 68, 40]);
    expect(matches[0].organization).toEqual({
      id: investor.id,
      nameEn: expect.stringMatching(/^Match test organization/),
      nameZh: expect.stringMatching(/^匹配测试机构/),
      type: 'park_operator',
      country: 'CN',
    });
    expect(matches[0].reasons).toEqual([
      { code: 'same_sector', sectors: ['pharmaceuticals'] },
      { code: 'park_in_country', country: 'LA' },
      { code: 'size_within_investments' },
      { code: 'complementary_kind', kind: 'seeking_investment', counterpart: 'park_operator' },
      { code: 'recent', days: 0 },
    ]);
    expect(matches[0].explanation).toBe(
      'same sector: pharmaceuticals; runs a park in Laos; size within its parks’ past investments; the project seeks investment; it is a park operator; published today',
    );
    expect(matches[1].reasons.map((r) => r.code)).toEqual([
      'same_sector',
      'size_near_investments',
      'complementary_kind',
      'recent',
    ]);
    expect(matches[2].explanation).toContain('has projects in Laos');
    expect(matches[2].explanation).toContain('it is a financial institution');

    // The same list for a reader who reads Chinese.
    await t.db.dataSource.query(`UPDATE users SET locale = 'zh' WHERE email = $1`, [owner.email]);
    const zh = among(await organizationMatches(client, id), made);
    expect(ids(zh)).toEqual(ids(matches));
    expect(zh[0].explanation).toBe(
      '相同行业：医药；在老挝运营园区；规模在其园区已有投资之内；项目寻求投资，对方为园区运营方；今天发布',
    );
    expect(zh[2].explanation).toContain('在老挝有合作项目');
  });

  it('never suggests the owner, the secretariat, an organization that is not an active member, one dismissed or one that expressed interest', async () => {
    const owner = await member();
    const kept = await member();
    const suspended = await member({ status: 'suspended' });
    const withdrawn = await member({ status: 'withdrawn' });
    const applicant = await member({ status: 'applicant' });
    const dismissed = await member();
    const interested = await member();
    const withdrewInterest = await member();
    const fit = { country: 'MN', sectors: ['digital_economy'], investmentUsd: '9000000.00' };
    for (const org of [owner, kept, suspended, withdrawn, applicant, dismissed, interested, withdrewInterest])
      await park(org.id, fit);
    await park(ORG.secretariat, fit);
    const id = await project(owner.id, { country: 'MN', sectors: ['digital_economy'], sizeUsd: '1000000.00' });
    await expressed(id, interested.id, 'open');
    await expressed(id, withdrewInterest.id, 'withdrawn');

    const made = [owner, kept, suspended, withdrawn, applicant, dismissed, interested, withdrewInterest];
    const listed = async () => ids(among(await organizationMatches(client, id), [...made, { id: ORG.secretariat }]));
    const client = await signIn(owner);
    expect(await listed()).toEqual([dismissed.id, kept.id].sort());
    expect(
      (await client.post('/api/cooperation/matches/dismissals', { projectId: id, organizationId: dismissed.id }))
        .status,
    ).toBe(204);
    expect(await listed()).toEqual([kept.id]);

    // The interested organization does not find the project in its own list either.
    expect(projectIds(await projectMatches(await signIn(interested)))).not.toContain(id);
    expect(projectIds(await projectMatches(await signIn(kept)))).toContain(id);
  });

  it('never reads financing requests: one in the project’s country and sector neither creates nor changes a match', async () => {
    const owner = await member();
    const borrower = await member(); // no park, no project: only a financing request there
    const operator = await member(); // a park in Nepal in another sector
    await park(operator.id, { country: 'NP', sectors: ['trade'], investmentUsd: '100000.00' });
    const id = await project(owner.id, {
      kind: 'seeking_investment',
      country: 'NP',
      sectors: ['energy_power'],
      sizeUsd: '90000000.00',
    });
    const client = await signIn(owner);
    const before = await organizationMatches(client, id);
    expect(ids(among(before, [owner, borrower, operator]))).toEqual([operator.id]);

    for (const org of [borrower, operator])
      await t.db.dataSource.query(
        `INSERT INTO financing_requests (organization_id, title_en, amount, currency, country, sector, status, submitted_at)
         VALUES ($1, 'A loan for a power plant', '500000000.00', 'USD', 'NP', 'energy_power', 'submitted', now())`,
        [org.id],
      );
    expect(await organizationMatches(client, id)).toEqual(before);
    // Nor does the borrower's own list gain the project.
    expect(projectIds(await projectMatches(await signIn(borrower)))).toEqual([]);
  });

  it('shows a project’s matches to its owner alone: 404 to everyone else, an empty list before publication', async () => {
    const owner = await member();
    const other = await member();
    await park(other.id, { country: 'BT', sectors: ['pharmaceuticals'] });
    const open = await project(owner.id, { country: 'BT', sectors: ['pharmaceuticals'] });
    const draft = await project(owner.id, { country: 'BT', sectors: ['pharmaceuticals'], status: 'draft' });
    const closed = await project(owner.id, { country: 'BT', sectors: ['pharmaceuticals'], status: 'closed' });

    const ownerClient = await signIn(owner);
    expect(ids(await organizationMatches(ownerClient, open))).toContain(other.id);
    expect(await organizationMatches(ownerClient, draft)).toEqual([]);
    expect(await organizationMatches(ownerClient, closed)).toEqual([]);

    const otherClient = await signIn(other);
    const secretariat = await t.signIn('secretariat@example.org');
    for (const id of [open, draft, closed]) {
      expect((await otherClient.get(`/api/cooperation/projects/${id}/matches`)).status).toBe(404);
      expect((await secretariat.get(`/api/cooperation/projects/${id}/matches`)).status).toBe(404);
      expect((await t.anonymous().get(`/api/cooperation/projects/${id}/matches`)).status).toBe(401);
    }
    expect(
      (await ownerClient.get('/api/cooperation/projects/00000000-0000-4000-8000-00000000ffff/matches')).status,
    ).toBe(404);
    expect((await ownerClient.get('/api/cooperation/projects/not-a-uuid/matches')).status).toBe(404);
  });

  it('lists the open projects of other active members that fit the reader’s organization, in its language', async () => {
    const reader = await member({ locale: 'zh' });
    const owner = await member();
    const suspended = await member({ status: 'suspended' });
    await park(reader.id, { country: 'KG', sectors: ['steel_metals'], investmentUsd: '30000000.00' });
    const fit = { country: 'KG', sectors: ['steel_metals'], sizeUsd: '10000000.00' };
    const open = await project(owner.id, { ...fit, kind: 'seeking_investment' });
    const publicOpen = await project(owner.id, { ...fit, audience: 'public', kind: 'seeking_partner' });
    const draft = await project(owner.id, { ...fit, status: 'draft' });
    const inReview = await project(owner.id, { ...fit, status: 'in_review' });
    const inTalks = await project(owner.id, { ...fit, status: 'in_talks' });
    const closed = await project(owner.id, { ...fit, status: 'closed' });
    const own = await project(reader.id, fit);
    const ofSuspended = await project(suspended.id, fit);
    const declined = await project(owner.id, fit);
    await expressed(declined, reader.id, 'declined');
    const elsewhere = await project(owner.id, { country: 'FR', sectors: ['trade'] });

    const matches = await projectMatches(await signIn(reader));
    const listed = projectIds(matches);
    expect(listed).toEqual(expect.arrayContaining([open, publicOpen]));
    for (const id of [draft, inReview, inTalks, closed, own, ofSuspended, declined, elsewhere])
      expect(listed).not.toContain(id);
    expect(listed.indexOf(open)).toBeLessThan(listed.indexOf(publicOpen)); // an investor for an investment
    const first = matches.find((m) => m.project.id === open) as ProjectMatchDto;
    expect(first.project).toEqual({
      id: open,
      kind: 'seeking_investment',
      titleEn: 'Garment factory investors wanted',
      titleZh: '诚招服装厂投资方',
      country: 'KG',
      sectors: ['steel_metals'],
      sizeUsd: '10000000.00',
      organization: { id: owner.id, nameEn: expect.any(String), nameZh: expect.any(String) },
    });
    expect(first.score).toBe(100);
    expect(first.explanation).toBe(
      '相同行业：钢铁及金属；在吉尔吉斯斯坦运营园区；规模在其园区已有投资之内；项目寻求投资，对方为园区运营方；今天发布',
    );

    expect((await (await t.signIn('secretariat@example.org')).get('/api/cooperation/matches')).status).toBe(403);
    expect((await t.anonymous().get('/api/cooperation/matches')).status).toBe(401);
  });

  it('serves an organization’s list from its cache while the data is unchanged, and anew after any change to what it is read from', async () => {
    const reader = await member();
    const owner = await member();
    // Matched by the country alone (no other test's project is in it).
    await park(reader.id, { country: 'TM', sectors: [] });
    const fit = { country: 'TM', sectors: ['digital_economy'] };
    const first = await project(owner.id, fit);
    const client = await signIn(reader);
    const cached = async () =>
      (
        (await t.db.dataSource.query(
          `SELECT c.version = v.n AS current, jsonb_array_length(c.projects) AS projects
             FROM match_candidates c, match_version v WHERE c.organization_id = $1`,
          [reader.id],
        )) as { current: boolean; projects: number }[]
      )[0];

    expect(projectIds(await projectMatches(client))).toEqual([first]);
    expect(await cached()).toEqual({ current: true, projects: 1 });
    // The cached list answers again, the same.
    expect(projectIds(await projectMatches(client))).toEqual([first]);

    // Each source table changed straight in SQL: the next list reads the data again.
    const second = await project(owner.id, { ...fit, kind: 'seeking_partner' });
    expect(await cached()).toMatchObject({ current: false });
    expect(new Set(projectIds(await projectMatches(client)))).toEqual(new Set([first, second]));
    await t.db.dataSource.query(`UPDATE cooperation_projects SET status = 'closed' WHERE id = $1`, [second]);
    expect(projectIds(await projectMatches(client))).toEqual([first]);
    await expressed(first, reader.id);
    expect(projectIds(await projectMatches(client))).toEqual([]);
    await t.db.dataSource.query(`DELETE FROM expressions_of_interest WHERE project_id = $1`, [first]);
    expect(projectIds(await projectMatches(client))).toEqual([first]);
    await t.db.dataSource.query(`UPDATE parks SET country = 'BN' WHERE organization_id = $1`, [reader.id]);
    expect(projectIds(await projectMatches(client))).toEqual([]);
    await t.db.dataSource.query(`UPDATE parks SET country = 'TM' WHERE organization_id = $1`, [reader.id]);
    expect(projectIds(await projectMatches(client))).toEqual([first]);
    await t.db.dataSource.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [owner.id]);
    expect(projectIds(await projectMatches(client))).toEqual([]);
    await t.db.dataSource.query(`UPDATE organizations SET status = 'active' WHERE id = $1`, [owner.id]);
    expect(projectIds(await projectMatches(client))).toEqual([first]);
    await t.db.dataSource.query(
      `INSERT INTO match_dismissals (organization_id, project_id, suggested_organization_id) VALUES ($1, $2, $1)`,
      [reader.id, first],
    );
    expect(projectIds(await projectMatches(client))).toEqual([]);
    // The home counts the same list.
    const home = await client.get('/api/me/work');
    expect(home.body.items.find((i: { key: string }) => i.key === 'cooperationMatches').count).toBe(0);
  });

  it('keeps a dismissal for every user of the organization that made it, once, audited; other organizations still see the match', async () => {
    const owner = await member();
    const reader = await member();
    const peer = await member();
    for (const org of [reader, peer]) await park(org.id, { country: 'UZ', sectors: ['chemicals'] });
    const id = await project(owner.id, { country: 'UZ', sectors: ['chemicals'] });
    await addColleague(t, reader.email, `colleague-of-${reader.email}`);
    const readerClient = await signIn(reader);
    expect(projectIds(await projectMatches(readerClient))).toContain(id);

    const audits = async () =>
      (
        (await t.db.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_events WHERE action = 'match.dismiss' AND organization_id = $1`,
          [reader.id],
        )) as { n: number }[]
      )[0].n;
    expect((await readerClient.post('/api/cooperation/matches/dismissals', { projectId: id })).status).toBe(204);
    expect((await readerClient.post('/api/cooperation/matches/dismissals', { projectId: id })).status).toBe(204);
    const rows = (await t.db.dataSource.query(
      `SELECT organization_id, suggested_organization_id, dismissed_by_user_id IS NOT NULL AS by_user
         FROM match_dismissals WHERE project_id = $1`,
      [id],
    )) as { organization_id: string; suggested_organization_id: string; by_user: boolean }[];
    expect(rows).toEqual([{ organization_id: reader.id, suggested_organization_id: reader.id, by_user: true }]);
    expect(await audits()).toBe(1);

    expect(projectIds(await projectMatches(readerClient))).not.toContain(id);
    expect(projectIds(await projectMatches(await t.signIn(`colleague-of-${reader.email}`)))).not.toContain(id);
    expect(projectIds(await projectMatches(await signIn(peer)))).toContain(id);
    // The reader's dismissal is of the project in its own list: the owner's list still suggests it.
    expect(ids(among(await organizationMatches(await signIn(owner), id), [reader, peer]))).toEqual(
      [peer.id, reader.id].sort(),
    );
  });

  it('refuses dismissals that are not the reader’s to make, or of a match never suggested', async () => {
    const owner = await member();
    const suggested = await member();
    const unrelated = await member();
    await park(suggested.id, { country: 'PK', sectors: ['automotive'] });
    await park(unrelated.id, { country: 'FR', sectors: ['trade'] });
    const id = await project(owner.id, { country: 'PK', sectors: ['automotive'] });
    const draft = await project(owner.id, { country: 'PK', sectors: ['automotive'], status: 'draft' });
    const ownerClient = await signIn(owner);
    const suggestedClient = await signIn(suggested);
    const dismiss = (client: HttpClient, body: object) => client.post('/api/cooperation/matches/dismissals', body);
    const count = async () =>
      (
        (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM match_dismissals WHERE project_id IN ($1, $2)`, [
          id,
          draft,
        ])) as { n: number }[]
      )[0].n;

    // Only the owner removes an organization from its project's list.
    expect((await dismiss(suggestedClient, { projectId: id, organizationId: unrelated.id })).status).toBe(404);
    // A project not published is nobody else's to dismiss.
    expect((await dismiss(suggestedClient, { projectId: draft })).status).toBe(404);
    // Pairs that are never suggested.
    for (const body of [
      { projectId: id, organizationId: unrelated.id },
      { projectId: id, organizationId: owner.id },
      { projectId: id, organizationId: ORG.secretariat },
      { projectId: id, organizationId: '00000000-0000-4000-8000-00000000ffff' },
      { projectId: draft, organizationId: suggested.id },
    ]) {
      const res = await dismiss(ownerClient, body);
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({ reason: 'MATCH_NOT_SUGGESTED' });
    }
    expect((await dismiss(ownerClient, { projectId: id })).status).toBe(422); // its own project
    expect((await dismiss(await signIn(unrelated), { projectId: id })).status).toBe(422);
    expect((await dismiss(await t.signIn('secretariat@example.org'), { projectId: id })).status).toBe(403);
    expect((await dismiss(t.anonymous(), { projectId: id })).status).toBe(401);
    expect((await dismiss(ownerClient, {})).status).toBe(400);
    expect((await dismiss(ownerClient, { projectId: 'nope', organizationId: 7 })).status).toBe(400);
    expect(await count()).toBe(0);
  });

  it('tells the users of strongly matching organizations when a project is published, at once or in the digest as each chose', async () => {
    const owner = await member();
    const strong = await member({ emailMode: 'immediately' });
    const weak = await member({ type: 'financial_institution' });
    await addColleague(t, strong.email, `digest-of-${strong.email}`);
    await t.db.dataSource.query(`UPDATE users SET notification_email_mode = 'daily' WHERE email = $1`, [
      `digest-of-${strong.email}`,
    ]);
    await park(strong.id, { country: 'LK', sectors: ['new_energy'], investmentUsd: '50000000.00' });
    await project(weak.id, { country: 'LK', sectors: ['trade'] }); // 40: a match, not a strong one
    const id = await project(owner.id, {
      kind: 'seeking_investment',
      country: 'LK',
      sectors: ['new_energy'],
      sizeUsd: '1000000.00',
      titleEn: 'Solar farm investors wanted',
      titleZh: '诚招光伏电站投资方',
    });
    const matches = t.app.get(CooperationMatchesService);
    const told = await t.db.dataSource.transaction((manager) => matches.notifyStrongMatches(manager, id));
    expect(told).toBeGreaterThanOrEqual(2); // organizations of the demo and of other tests may fit too

    const notified = (await t.db.dataSource.query(
      `SELECT u.email, n.emailed_at IS NOT NULL AS emailed FROM notifications n JOIN users u ON u.id = n.user_id
        WHERE n.type = 'match_suggested' AND n.record_id = $1 AND u.organization_id = ANY($2::uuid[]) ORDER BY u.email`,
      [id, [owner.id, strong.id, weak.id]],
    )) as { email: string; emailed: boolean }[];
    expect(notified).toEqual([
      { email: `digest-of-${strong.email}`, emailed: false },
      { email: strong.email, emailed: true },
    ]);
    const [mail] = await t.outbox(strong.email);
    expect(mail.bodyText).toContain(`/cooperation/projects/${id}`);
    expect(mail.subject).toContain('A cooperation project matches your organization');

    await t.app.get(NotificationsService).sendDailyDigests();
    const [digest] = await t.outbox(`digest-of-${strong.email}`);
    expect(digest.bodyText).toContain('Solar farm investors wanted');
    expect(digest.bodyText).toContain(`/cooperation/projects/${id}`);

    // Published once, told once.
    expect(await t.db.dataSource.transaction((manager) => matches.notifyStrongMatches(manager, id))).toBe(0);
  });

  it('seeds the demo dismissal once its project exists, and only once', async () => {
    const [demo] = DEMO_MATCH_DISMISSALS;
    const exists = async () =>
      ((await t.db.dataSource.query('SELECT 1 FROM cooperation_projects WHERE id = $1', [demo.projectId])) as unknown[])
        .length > 0;
    // Until the projects seed lands, the test writes the China-UAE zone's project itself.
    if (!(await exists())) {
      await t.db.dataSource.query('DELETE FROM match_dismissals WHERE id = $1', [demo.id]);
      expect(await t.db.dataSource.transaction((m) => seedMatchDismissals(m))).toBe(0);
      const id = await project(ORG.jocic, {
        kind: 'offering_capacity',
        country: 'AE',
        sectors: ['building_materials'],
      });
      await t.db.dataSource.query('UPDATE cooperation_projects SET id = $2 WHERE id = $1', [id, demo.projectId]);
    }
    await t.db.dataSource.transaction((m) => seedMatchDismissals(m));
    expect(await t.db.dataSource.transaction((m) => seedMatchDismissals(m))).toBe(0);
    const rows = (await t.db.dataSource.query(
      'SELECT organization_id, suggested_organization_id FROM match_dismissals WHERE project_id = $1',
      [demo.projectId],
    )) as { organization_id: string; suggested_organization_id: string }[];
    expect(rows).toEqual([{ organization_id: ORG.indonesia, suggested_organization_id: ORG.indonesia }]);
    const operator2 = await t.signIn('operator2@example.org');
    expect(projectIds(await projectMatches(operator2))).not.toContain(demo.projectId);
  });

  describe('the SQL preselects, by its estimate of the score, exactly the best the contracts’ functions rank', () => {
    /** A small deterministic generator, so that a failure repeats. */
    let seed = 20261205;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
    const SECTORS = ['pharmaceuticals', 'digital_economy', 'energy_power', 'trade'] as const;
    const COUNTRIES = ['GE', 'AM', 'AZ'] as const;
    const KINDS = ['seeking_investment', 'seeking_partner', 'offering_capacity', 'procurement'] as const;
    const TYPES = ['park_operator', 'financial_institution', 'service_provider', 'research_institute'] as const;
    const sectorsPicked = () => [...new Set([pick(SECTORS), pick(SECTORS)])];
    const money = () => pick([null, '500000.00', '3000000.00', '12000000.50', '80000000.00']);

    /** 80 organizations with varied published figures in the Caucasus. */
    async function varied(): Promise<Member[]> {
      const made: Member[] = [];
      for (let i = 0; i < 80; i++) {
        const org = await member({ type: pick(TYPES) });
        made.push(org);
        if (random() < 0.7)
          await park(org.id, {
            country: pick(COUNTRIES),
            sectors: sectorsPicked(),
            investmentUsd: money(),
            enterprises: pick([null, 3, 10, 40]),
          });
        if (random() < 0.4)
          await project(org.id, { country: pick(COUNTRIES), sectors: sectorsPicked(), kind: pick(KINDS) });
      }
      return made;
    }

    it('for a project’s owner', async () => {
      await varied();
      const owner = await member();
      const queries = t.app.get(CooperationMatchesQueries);
      const client = await signIn(owner);
      for (const kind of KINDS) {
        const id = await project(owner.id, {
          kind,
          country: 'GE',
          sectors: ['pharmaceuticals', 'trade'],
          sizeUsd: '4000000.00',
        });
        const all = await queries.candidatesFor((await queries.ownProject(id, owner.id))!.match);
        expect(all.length).toBeGreaterThan(60);
        const expected = rankOrganizations(
          (await queries.ownProject(id, owner.id))!.match,
          all.map((c) => c.figures),
        );
        const listed = await organizationMatches(client, id);
        expect(listed.map((m) => [m.organization.id, m.score])).toEqual(
          expected.map((m) => [m.organizationId, m.score]),
        );
        expect(listed).toHaveLength(20);
      }
    });

    it('for an organization', async () => {
      const reader = await member();
      await park(reader.id, {
        country: 'AM',
        sectors: ['energy_power', 'trade'],
        investmentUsd: '6000000.00',
        enterprises: 12,
      });
      await project(reader.id, { country: 'AZ', sectors: ['digital_economy'], kind: 'offering_capacity' });
      for (let i = 0; i < 80; i++) {
        const owner = await member();
        await project(owner.id, {
          kind: pick(KINDS),
          country: pick(COUNTRIES),
          sectors: sectorsPicked(),
          sizeUsd: money(),
          publishedAt: new Date(Date.now() - Math.floor(random() * 200) * 86_400_000 - 3_600_000),
        });
      }
      const queries = t.app.get(CooperationMatchesQueries);
      const figures = (await queries.organization(reader.id))!.figures;
      const all = await queries.projectsFor(figures, 100_000);
      expect(all.length).toBeGreaterThan(60);
      const expected = rankProjects(
        figures,
        all.map((p) => p.match),
      );
      const listed = await projectMatches(await signIn(reader));
      expect(listed.map((m) => [m.project.id, m.score])).toEqual(expected.map((m) => [m.projectId, m.score]));
      expect(listed).toHaveLength(20);
    });
  });
});
