import type { Response } from 'supertest';
import { addColleague, auditCount, fieldSet, sleep } from './helpers';
import { createTestApp, DEMO_ACCOUNTS, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const INDONESIA_PARK = '00000000-0000-4000-8000-000000000203';
const COMMERCE = '00000000-0000-4000-8000-000000002103'; // Jiangsu Department of Commerce (seeds/demo-issues.ts)

const userId = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!.id;

const issue = (override: Record<string, unknown> = {}) => ({
  category: 'customs',
  country: 'KH',
  titleEn: 'Form E certificates refused at the port',
  titleZh: '港口拒收FORM E原产地证书',
  descriptionEn: 'Customs refused two certificates of origin over an eight-digit HS code.',
  descriptionZh: '海关因HS编码填写为八位拒收了两份原产地证书。',
  confidential: false,
  ...override,
});

const ids = (res: Response) => (res.body.items as { id: string }[]).map((i) => i.id);

describe('member issues log', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // Sihanoukville SEZ admin
  let colleague: HttpClient; // a second user of the Sihanoukville SEZ operator
  let operator2: HttpClient; // Jiangsu–Indonesia park admin
  let banker: HttpClient; // Bank of Jiangsu
  let approver: HttpClient; // Bank of Jiangsu, another user
  let partner: HttpClient; // Jiangsu Lawyers Association

  /** Who was told what of a record: (user, type) pairs in the notifications table. */
  async function told(recordId: string): Promise<{ user_id: string; type: string }[]> {
    return (await t.db.dataSource.query(
      `SELECT user_id, type::text AS type FROM notifications WHERE record_type = 'member_issue' AND record_id = $1 ORDER BY created_at, array_position(ARRAY['issue_submitted', 'issue_acknowledged', 'issue_relayed', 'issue_answered', 'issue_resolved', 'issue_closed'], type::text)`,
      [recordId],
    )) as { user_id: string; type: string }[];
  }

  async function raise(client: HttpClient, override: Record<string, unknown> = {}): Promise<string> {
    const res = await client.post('/api/member-issues', issue(override));
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  /** Files an issue (in a new case unless `caseId`), returning the case. */
  async function file(issueId: string, caseId?: string): Promise<{ id: string; version: number }> {
    const res = await secretariat.post(`/api/member-issues/${issueId}/file`, caseId ? { caseId } : {});
    expect(res.status).toBe(200);
    const kase = await secretariat.get(`/api/issue-cases/${res.body.caseId}`);
    return { id: kase.body.id, version: kase.body.version };
  }

  async function relay(caseId: string, version: number): Promise<Response> {
    return secretariat.post(`/api/issue-cases/${caseId}/relay`, {
      governmentBodyId: COMMERCE,
      relayedText: 'Members report refusals of Form E certificates over formal errors.',
      version,
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    await addColleague(t, 'operator@example.org', 'ssez-colleague@example.org');
    [secretariat, operator, colleague, operator2, banker, approver, partner] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('ssez-colleague@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('partner@example.org'),
    ]);
  });
  afterAll(() => t.close());

  describe('an issue', () => {
    it('is submitted by a member, told to the secretariat, filed (acknowledged) and closed by its organization, each step audited and told to it', async () => {
      const before = await auditCount(t);
      const created = await operator.post('/api/member-issues', issue({ parkId: SSEZ_PARK }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        status: 'submitted',
        caseId: null,
        case: null,
        park: { id: SSEZ_PARK },
        organization: { id: ORG.ssez },
        raisedByName: 'Sihanoukville SEZ Admin',
        actions: ['close'],
      });
      expect(created.body.reference).toMatch(/^MI-\d{4}-\d{5}$/);
      const id = created.body.id as string;
      expect(await told(id)).toEqual([{ user_id: userId('secretariat@example.org'), type: 'issue_submitted' }]);
      expect((await secretariat.get(`/api/member-issues/${id}`)).body.actions).toEqual(['file', 'close']);
      // Only the secretariat files; the colleague may close but not file.
      expect((await colleague.get(`/api/member-issues/${id}`)).body.actions).toEqual(['close']);
      expect((await operator.post(`/api/member-issues/${id}/file`, {})).status).toBe(403);

      const filed = await secretariat.post(`/api/member-issues/${id}/file`, {});
      expect(filed.status).toBe(200);
      expect(filed.body).toMatchObject({ status: 'acknowledged', actions: ['close'] });
      expect(filed.body.case).toMatchObject({ status: 'open', raisedBy: 1, titleEn: issue().titleEn, country: 'KH' });
      expect(filed.body.case.reference).toMatch(/^IC-\d{4}-\d{5}$/);
      expect(filed.body.caseId).toBe(filed.body.case.id);
      const again = await secretariat.post(`/api/member-issues/${id}/file`, {});
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');

      const closed = await operator.post(`/api/member-issues/${id}/close`, {
        reason: 'The port accepted a new certificate',
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closedReason: 'The port accepted a new certificate',
        actions: [],
      });
      expect((await operator.post(`/api/member-issues/${id}/close`, { reason: 'Again' })).body.error).toBe(
        'ILLEGAL_TRANSITION',
      );
      // Its organization is told of each step, except the one who took it.
      const steps = await told(id);
      expect(steps).toEqual(
        expect.arrayContaining([
          { user_id: userId('operator@example.org'), type: 'issue_acknowledged' },
          { user_id: expect.not.stringMatching(userId('operator@example.org')), type: 'issue_closed' },
        ]),
      );
      expect(steps.filter((s) => s.type === 'issue_acknowledged')).toHaveLength(2); // both SSEZ users
      expect(steps.filter((s) => s.type === 'issue_closed')).toHaveLength(1); // the colleague, not the closer
      const actions = (await t.db.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id IN ($1, $2) ORDER BY id`,
        [id, filed.body.caseId],
      )) as { action: string }[];
      expect(actions.map((a) => a.action).sort()).toEqual(
        ['issue_case.create', 'member_issue.close', 'member_issue.create', 'member_issue.file'].sort(),
      );
      expect(await auditCount(t)).toBeGreaterThanOrEqual(before + 4);
    });

    it('is closed by the secretariat with a reason; a stale version answers 409', async () => {
      const id = await raise(operator2, { country: 'ID' });
      const version = (await secretariat.get(`/api/member-issues/${id}`)).body.version as number;
      const stale = await secretariat.post(`/api/member-issues/${id}/close`, {
        reason: 'Duplicate',
        version: version + 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
      const closed = await secretariat.post(`/api/member-issues/${id}/close`, { reason: 'Duplicate', version });
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      expect(await told(id)).toContainEqual({ user_id: userId('operator2@example.org'), type: 'issue_closed' });
    });

    it('opens to its organization and the secretariat only (404 to anyone else, for reading and acting)', async () => {
      const id = await raise(banker, { category: 'finance' });
      expect((await approver.get(`/api/member-issues/${id}`)).status).toBe(200);
      expect((await secretariat.get(`/api/member-issues/${id}`)).status).toBe(200);
      for (const other of [operator, operator2, partner]) {
        expect((await other.get(`/api/member-issues/${id}`)).status).toBe(404);
        expect((await other.post(`/api/member-issues/${id}/close`, { reason: 'Not mine' })).status).toBe(404);
      }
      expect((await t.anonymous().get(`/api/member-issues/${id}`)).status).toBe(401);
    });

    it('is refused with named fields (400) and domain codes (422)', async () => {
      const empty = await operator.post('/api/member-issues', {});
      expect(empty.status).toBe(400);
      expect(fieldSet(empty)).toEqual(expect.arrayContaining(['category', 'country', 'confidential']));
      const unknown = await operator.post('/api/member-issues', issue({ organizationId: ORG.indonesia }));
      expect(unknown.status).toBe(400);
      expect(fieldSet(unknown)).toContain('organizationId');
      const badCategory = await operator.post('/api/member-issues', issue({ category: 'visa', country: 'XX1' }));
      expect(fieldSet(badCategory)).toEqual(expect.arrayContaining(['category', 'country']));

      const untitled = await operator.post('/api/member-issues', issue({ titleEn: '  ', titleZh: null }));
      expect(untitled.status).toBe(422);
      expect(untitled.body.reason).toBe('ISSUE_TITLE_REQUIRED');
      const undescribed = await operator.post('/api/member-issues', issue({ descriptionEn: null, descriptionZh: '' }));
      expect(undescribed.body.reason).toBe('ISSUE_DESCRIPTION_REQUIRED');
      const notMine = await operator.post('/api/member-issues', issue({ parkId: INDONESIA_PARK }));
      expect(notMine.status).toBe(422);
      expect(notMine.body.reason).toBe('ISSUE_PARK_NOT_YOURS');
      expect(fieldSet(notMine)).toEqual(['parkId']);
      // Chinese only is enough.
      expect((await operator.post('/api/member-issues', issue({ titleEn: null, descriptionEn: null }))).status).toBe(
        201,
      );
      // The secretariat files members' issues; it raises none.
      expect((await secretariat.post('/api/member-issues', issue())).status).toBe(403);
      expect((await t.anonymous().post('/api/member-issues', issue())).status).toBe(401);
      expect((await operator.post(`/api/member-issues/${await raise(operator)}/close`, {})).status).toBe(400);
    });

    it('is refused to an organization suspended while the request runs (ISSUE_ORGANIZATION_INACTIVE); after, it is signed out (401)', async () => {
      await addColleague(t, 'partner@example.org', 'lawyers2@example.org');
      const lawyer = await t.signIn('lawyers2@example.org');
      const suspension = t.db.dataSource.createQueryRunner();
      await suspension.connect();
      try {
        await suspension.startTransaction();
        await suspension.query(`UPDATE organizations SET status = 'suspended' WHERE id = $1`, [ORG.lawyers]);
        const pending = lawyer.post('/api/member-issues', issue()).then((res) => res);
        await sleep(500);
        await suspension.commitTransaction();
        const res = await pending;
        expect(res.status).toBe(422);
        expect(res.body.reason).toBe('ISSUE_ORGANIZATION_INACTIVE');
        expect((await lawyer.post('/api/member-issues', issue())).status).toBe(401);
        expect(
          await t.db.dataSource.query(`SELECT 1 FROM member_issues WHERE organization_id = $1`, [ORG.lawyers]),
        ).toEqual([]);
      } finally {
        await suspension.query(`UPDATE organizations SET status = 'active' WHERE id = $1`, [ORG.lawyers]);
        await suspension.release();
      }
    });

    it("lists a member's own issues and the secretariat's inbox of unfiled ones, oldest first", async () => {
      const mine = await raise(operator2, { country: 'ID', category: 'land' });
      const theirs = await raise(operator);
      const own = await operator2.get('/api/member-issues?limit=100');
      expect(own.status).toBe(200);
      expect(ids(own)).toContain(mine);
      expect(ids(own)).not.toContain(theirs);
      expect(
        (own.body.items as { organization: { id: string } }[]).every((i) => i.organization.id === ORG.indonesia),
      ).toBe(true);
      expect(ids(await operator2.get('/api/member-issues?category=land&country=ID'))).toContain(mine);
      expect(ids(await operator2.get('/api/member-issues?category=tax'))).not.toContain(mine);

      const inbox = await secretariat.get('/api/member-issues?unfiled=true&limit=100');
      expect(ids(inbox)).toEqual(expect.arrayContaining([mine, theirs]));
      expect(ids(inbox).indexOf(mine)).toBeLessThan(ids(inbox).indexOf(theirs));
      const dates = (inbox.body.items as { createdAt: string }[]).map((i) => i.createdAt);
      expect([...dates].sort()).toEqual(dates);
      await file(mine);
      expect(ids(await secretariat.get('/api/member-issues?unfiled=true&limit=100'))).not.toContain(mine);
      expect((await operator.get('/api/member-issues?unfiled=true')).status).toBe(403);
      expect((await secretariat.get('/api/member-issues?status=bogus')).status).toBe(400);
    });
  });

  describe('a case', () => {
    it('goes open → relayed → answered → resolved with its issues, each step told to each issue’s organization', async () => {
      const first = await raise(operator);
      const second = await raise(operator2, { country: 'ID' });
      const kase = await file(first);
      const joined = await secretariat.post(`/api/member-issues/${second}/file`, { caseId: kase.id });
      expect(joined.body).toMatchObject({ status: 'acknowledged', caseId: kase.id, case: { raisedBy: 2 } });
      let version = (await secretariat.get(`/api/issue-cases/${kase.id}`)).body.version as number;

      const stale = await relay(kase.id, version - 1);
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
      expect((await operator.post(`/api/issue-cases/${kase.id}/relay`, {})).status).toBe(403);
      const early = await secretariat.post(`/api/issue-cases/${kase.id}/answer`, { answerEn: 'Too early', version });
      expect(early.status).toBe(409);
      expect(early.body.error).toBe('ILLEGAL_TRANSITION');

      const relayed = await relay(kase.id, version);
      expect(relayed.status).toBe(200);
      expect(relayed.body).toMatchObject({
        status: 'relayed',
        governmentBody: { id: COMMERCE, nameZh: '江苏省商务厅' },
        relayedText: 'Members report refusals of Form E certificates over formal errors.',
        actions: ['update', 'answer', 'close'],
      });
      expect(relayed.body.issues.map((i: { status: string }) => i.status)).toEqual(['relayed', 'relayed']);
      version = relayed.body.version;

      const unanswered = await secretariat.post(`/api/issue-cases/${kase.id}/answer`, { answerEn: ' ', version });
      expect(unanswered.status).toBe(422);
      expect(unanswered.body.reason).toBe('CASE_ANSWER_REQUIRED');
      const answered = await secretariat.post(`/api/issue-cases/${kase.id}/answer`, {
        answerZh: '省商务厅已与签证机构沟通。',
        version,
      });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({
        status: 'answered',
        answerZh: '省商务厅已与签证机构沟通。',
        answerEn: null,
      });

      // The member reads the answer on its case, with its own issue only.
      const seen = await operator.get(`/api/issue-cases/${kase.id}`);
      expect(seen.status).toBe(200);
      expect(seen.body).toMatchObject({
        status: 'answered',
        raisedBy: 2,
        answerZh: '省商务厅已与签证机构沟通。',
        actions: [],
      });
      expect(seen.body.issues.map((i: { id: string }) => i.id)).toEqual([first]);
      expect((await operator.get(`/api/member-issues/${first}`)).body.case).toMatchObject({ status: 'answered' });

      const resolved = await secretariat.post(`/api/issue-cases/${kase.id}/resolve`, {
        version: answered.body.version,
      });
      expect(resolved.status).toBe(200);
      expect(resolved.body).toMatchObject({ status: 'resolved', actions: [] });
      const closeResolved = await secretariat.post(`/api/issue-cases/${kase.id}/close`, {
        reason: 'Done',
        version: resolved.body.version,
      });
      expect(closeResolved.body.error).toBe('ILLEGAL_TRANSITION');
      expect((await operator.get(`/api/member-issues/${first}`)).body.status).toBe('resolved');

      for (const [id, email] of [
        [first, 'operator@example.org'],
        [second, 'operator2@example.org'],
      ])
        expect((await told(id)).filter((n) => n.user_id === userId(email)).map((n) => n.type)).toEqual([
          'issue_acknowledged',
          'issue_relayed',
          'issue_answered',
          'issue_resolved',
        ]);
      expect((await told(first)).filter((n) => n.type === 'issue_resolved')).toHaveLength(2); // both SSEZ users

      // A finished case takes no new issue.
      const late = await raise(operator);
      const refused = await secretariat.post(`/api/member-issues/${late}/file`, { caseId: kase.id });
      expect(refused.status).toBe(422);
      expect(refused.body.reason).toBe('ISSUE_CASE_FINISHED');
      const audit = (await t.db.dataSource.query(`SELECT action FROM audit_events WHERE entity_id = $1`, [
        kase.id,
      ])) as {
        action: string;
      }[];
      expect(audit.map((a) => a.action)).toEqual(
        expect.arrayContaining(['issue_case.create', 'issue_case.relay', 'issue_case.answer', 'issue_case.resolve']),
      );
    });

    it('is closed with a reason, closing its open issues (an issue closed before stays as it was)', async () => {
      const open = await raise(operator);
      const withdrawn = await raise(operator2, { country: 'ID' });
      const kase = await file(open);
      await file(withdrawn, kase.id);
      await operator2.post(`/api/member-issues/${withdrawn}/close`, { reason: 'Solved locally' });
      const version = (await secretariat.get(`/api/issue-cases/${kase.id}`)).body.version;
      expect((await secretariat.post(`/api/issue-cases/${kase.id}/close`, { version })).status).toBe(400);
      const closed = await secretariat.post(`/api/issue-cases/${kase.id}/close`, {
        reason: 'The ministry has changed the rule',
        version,
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'closed', closedReason: 'The ministry has changed the rule' });
      const [a, b] = await Promise.all([
        operator.get(`/api/member-issues/${open}`),
        operator2.get(`/api/member-issues/${withdrawn}`),
      ]);
      expect(a.body).toMatchObject({ status: 'closed', closedReason: 'The ministry has changed the rule' });
      expect(b.body).toMatchObject({ status: 'closed', closedReason: 'Solved locally' });
      expect((await told(open)).map((n) => n.type)).toContain('issue_closed');
      expect((await told(withdrawn)).filter((n) => n.type === 'issue_closed')).toHaveLength(0); // closed by its only user
    });

    it('takes an issue filed into a relayed or answered case along to its step', async () => {
      const first = await raise(operator);
      const kase = await file(first);
      const relayed = await relay(kase.id, kase.version);
      const late = await raise(operator2, { country: 'ID' });
      const joined = await secretariat.post(`/api/member-issues/${late}/file`, { caseId: kase.id });
      expect(joined.body.status).toBe('relayed');
      expect((await told(late)).map((n) => n.type)).toEqual(['issue_submitted', 'issue_acknowledged', 'issue_relayed']);
      const version = (await secretariat.get(`/api/issue-cases/${kase.id}`)).body.version;
      expect(version).toBeGreaterThan(relayed.body.version); // filing changed the case (raisedBy)
      await secretariat.post(`/api/issue-cases/${kase.id}/answer`, { answerEn: 'Noted', version });
      const later = await raise(banker, { confidential: true });
      const joinedAnswered = await secretariat.post(`/api/member-issues/${later}/file`, { caseId: kase.id });
      expect(joinedAnswered.body.status).toBe('answered');
      expect((await told(later)).filter((n) => n.user_id === userId('banker@example.org')).map((n) => n.type)).toEqual([
        'issue_acknowledged',
        'issue_relayed',
        'issue_answered',
      ]);
    });

    it('is edited by the secretariat only, with a title in one language at least and the current version', async () => {
      const kase = await file(await raise(operator));
      expect(
        (await operator.patch(`/api/issue-cases/${kase.id}`, { titleEn: 'Mine', version: kase.version })).status,
      ).toBe(403);
      const untitled = await secretariat.patch(`/api/issue-cases/${kase.id}`, {
        titleEn: null,
        titleZh: '',
        version: kase.version,
      });
      expect(untitled.status).toBe(422);
      expect(untitled.body.reason).toBe('CASE_TITLE_REQUIRED');
      expect((await secretariat.patch(`/api/issue-cases/${kase.id}`, { titleEn: 'X' })).status).toBe(400);
      const edited = await secretariat.patch(`/api/issue-cases/${kase.id}`, {
        titleEn: 'Form E refusals in ASEAN ports',
        summaryZh: '多国港口拒收原产地证书。',
        version: kase.version,
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        titleEn: 'Form E refusals in ASEAN ports',
        summaryZh: '多国港口拒收原产地证书。',
      });
      expect(edited.body.version).toBe(kase.version + 1);
      const stale = await secretariat.patch(`/api/issue-cases/${kase.id}`, { titleEn: 'Y', version: kase.version });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
    });

    it('is relayed only to an active government body', async () => {
      const kase = await file(await raise(operator));
      const body = await secretariat.post('/api/government-bodies', {
        nameEn: 'Old liaison office',
        nameZh: '旧联络处',
      });
      expect(body.status).toBe(201);
      expect((await secretariat.patch(`/api/government-bodies/${body.body.id}`, { active: false })).body.active).toBe(
        false,
      );
      const refused = await secretariat.post(`/api/issue-cases/${kase.id}/relay`, {
        governmentBodyId: body.body.id,
        relayedText: 'Text',
        version: kase.version,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.reason).toBe('GOVERNMENT_BODY_INACTIVE');
      const empty = await secretariat.post(`/api/issue-cases/${kase.id}/relay`, { relayedText: '' });
      expect(empty.status).toBe(400);
      expect(fieldSet(empty)).toEqual(expect.arrayContaining(['governmentBodyId', 'relayedText', 'version']));
    });
  });

  describe('confidential issues', () => {
    it('are counted in their case but never shown or named to another member, a co-raiser included', async () => {
      const secret = await raise(banker, {
        category: 'finance',
        confidential: true,
        titleEn: 'Mortgage of a client factory refused by the land office',
        titleZh: '客户厂房抵押登记被拒',
      });
      for (const other of [operator, operator2, partner])
        expect((await other.get(`/api/member-issues/${secret}`)).status).toBe(404);
      const kase = await file(secret);
      // Every issue in it is confidential: the case is the bank's and the secretariat's only.
      for (const other of [operator, operator2, partner]) {
        expect((await other.get(`/api/issue-cases/${kase.id}`)).status).toBe(404);
        expect(ids(await other.get('/api/issue-cases?status=all&limit=100'))).not.toContain(kase.id);
      }
      expect((await approver.get(`/api/issue-cases/${kase.id}`)).status).toBe(200);
      expect(ids(await secretariat.get('/api/issue-cases?limit=100'))).toContain(kase.id);

      const open = await raise(operator, { category: 'finance' });
      await file(open, kase.id);
      const coRaiser = await operator.get(`/api/issue-cases/${kase.id}`);
      expect(coRaiser.status).toBe(200);
      expect(coRaiser.body.raisedBy).toBe(2);
      expect(coRaiser.body.issues.map((i: { id: string }) => i.id)).toEqual([open]);
      const bystander = await partner.get(`/api/issue-cases/${kase.id}`);
      expect(bystander.status).toBe(200);
      expect(bystander.body).toMatchObject({ raisedBy: 2, issues: [] });
      for (const res of [coRaiser, bystander, await partner.get('/api/issue-cases?status=all&limit=100')]) {
        const text = JSON.stringify(res.body);
        expect(text).not.toContain(secret);
        expect(text).not.toContain(ORG.bankOfJiangsu);
        expect(text).not.toContain('Bank of Jiangsu');
        expect(text).not.toContain('Mortgage of a client factory');
      }
      // The secretariat sees both, with their organizations.
      const all = await secretariat.get(`/api/issue-cases/${kase.id}`);
      expect(all.body.issues.map((i: { organization: { id: string } }) => i.organization.id)).toEqual([
        ORG.bankOfJiangsu,
        ORG.ssez,
      ]);
      const bank = await banker.get(`/api/issue-cases/${kase.id}`);
      expect(bank.body.issues.map((i: { id: string }) => i.id)).toEqual([secret]);
    });
  });

  describe('lists and export', () => {
    it('lists open cases oldest first, filtered by country and category; members the cases they may see', async () => {
      const kh = await file(await raise(operator, { category: 'tax' }));
      const id = await file(await raise(operator2, { category: 'tax', country: 'ID' }));
      const res = await secretariat.get('/api/issue-cases?limit=100');
      expect(res.status).toBe(200);
      const opened = (res.body.items as { openedAt: string; status: string }[]).map((c) => c.openedAt);
      expect([...opened].sort()).toEqual(opened);
      expect(
        (res.body.items as { status: string }[]).every((c) => ['open', 'relayed', 'answered'].includes(c.status)),
      ).toBe(true);
      const taxKh = await secretariat.get('/api/issue-cases?country=KH&category=tax&limit=100');
      expect(ids(taxKh)).toContain(kh.id);
      expect(ids(taxKh)).not.toContain(id.id);
      await secretariat.post(`/api/issue-cases/${kh.id}/close`, { reason: 'Merged', version: kh.version });
      expect(ids(await secretariat.get('/api/issue-cases?country=KH&category=tax'))).not.toContain(kh.id);
      expect(ids(await secretariat.get('/api/issue-cases?status=closed&country=KH&category=tax'))).toContain(kh.id);
      // A case with an issue that is not confidential is every member's to see (without the names).
      expect(ids(await partner.get('/api/issue-cases?category=tax&limit=100'))).toContain(id.id);
      expect((await t.anonymous().get('/api/issue-cases')).status).toBe(401);
      expect((await partner.get('/api/issue-cases?status=pending')).status).toBe(400);
    });

    it('exports the cases as CSV for the secretariat, headers and labels in the language asked for', async () => {
      const kase = await file(await raise(operator, { category: 'labour', titleEn: '=HYPERLINK("x")' }));
      await relay(kase.id, kase.version);
      const en = await secretariat.get('/api/issue-cases/export.csv?category=labour&country=KH');
      expect(en.status).toBe(200);
      expect(en.headers['content-type']).toContain('text/csv');
      const lines = en.text.replace(/^\uFEFF/, '').split('\r\n');
      expect(lines[0]).toBe(
        'Reference,Host country (ISO code),Category,Title (English),Title (Chinese),Status,Raised by (members),Open since,Relayed to,Relayed on,Answered on',
      );
      const reference = (await secretariat.get(`/api/issue-cases/${kase.id}`)).body.reference as string;
      const row = lines.find((l) => l.startsWith(reference));
      expect(row).toContain(',KH,Labour,');
      expect(row).toContain(`"'=HYPERLINK(""x"")"`);
      expect(row).toContain('Relayed,1,');
      expect(row).toContain('Jiangsu Department of Commerce');
      const zh = await secretariat.get('/api/issue-cases/export.csv?category=labour&lang=zh');
      expect(zh.text).toContain('编号,东道国（ISO 代码）,类别');
      expect(zh.text).toContain('劳工');
      expect(zh.text).toContain('江苏省商务厅');
      expect((await operator.get('/api/issue-cases/export.csv')).status).toBe(403);
    });
  });

  describe('government bodies', () => {
    it('are kept by the secretariat; members read the active ones', async () => {
      const listed = await operator.get('/api/government-bodies');
      expect(listed.status).toBe(200);
      expect(listed.body.items).toContainEqual({
        id: COMMERCE,
        nameEn: 'Jiangsu Department of Commerce',
        nameZh: '江苏省商务厅',
        active: true,
      });
      expect((await operator.get('/api/government-bodies?all=true')).status).toBe(403);
      expect((await operator.post('/api/government-bodies', { nameEn: 'X' })).status).toBe(403);
      const unnamed = await secretariat.post('/api/government-bodies', { nameEn: ' ' });
      expect(unnamed.status).toBe(422);
      expect(unnamed.body.reason).toBe('GOVERNMENT_BODY_NAME_REQUIRED');
      const created = await secretariat.post('/api/government-bodies', { nameZh: '江苏省某厅' });
      expect(created.body).toMatchObject({ nameEn: null, nameZh: '江苏省某厅', active: true });
      expect((await operator.patch(`/api/government-bodies/${created.body.id}`, { active: false })).status).toBe(403);
      await secretariat.patch(`/api/government-bodies/${created.body.id}`, { active: false });
      expect(ids(await operator.get('/api/government-bodies'))).not.toContain(created.body.id);
      expect(ids(await secretariat.get('/api/government-bodies?all=true'))).toContain(created.body.id);
      const cleared = await secretariat.patch(`/api/government-bodies/${created.body.id}`, { nameZh: null });
      expect(cleared.body.reason).toBe('GOVERNMENT_BODY_NAME_REQUIRED');
    });
  });
});
