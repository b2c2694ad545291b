import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ORG } from '../../../seeds/demo-data';
import { JIANGSU_PARKS_INITIATIVE } from '../../../seeds/demo-initiatives';
import { seedDemoData } from '../../../seeds/demo-seed';
import { InitiativeJobsService } from '../src/modules/initiatives/initiative-jobs.service';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

/**
 * Initiatives through the API: the initiative's status machine per role (and its dates, reached by the
 * job runner), one endorsement per organization (two admins at once: one wins, the other 409), only
 * admins sign (a member gets 403 and proposes), withdrawal only while open, suspended organizations
 * leaving the public list, publication telling every admin of an active member, and the exports.
 */
describe('initiatives and endorsements', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin, Sihanoukville SEZ
  let operator2: HttpClient; // admin, Jiangsu–Indonesia park (endorsed the demo initiative)
  let banker: HttpClient; // member (no admin), Bank of Jiangsu
  let approver: HttpClient; // admin, Bank of Jiangsu
  let researcher: HttpClient; // admin, Nanjing institute
  let visitor: HttpClient;

  const text = {
    titleEn: 'Initiative on green parks',
    titleZh: '绿色园区倡议',
    preambleEn: 'The parks commit themselves to the following.',
    preambleZh: '各园区倡议如下。',
    principles: [
      { en: 'Save energy', zh: '节约能源' },
      { en: 'Protect water', zh: '保护水资源' },
    ],
    targetOrganizations: 10,
  };

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker, approver, researcher] = await Promise.all(
      [
        'secretariat@example.org',
        'operator@example.org',
        'operator2@example.org',
        'banker@example.org',
        'approver@example.org',
        'researcher@example.org',
      ].map((email) => t.signIn(email)),
    );
    visitor = t.anonymous();
  });
  afterAll(() => t.close());

  /** A draft by the secretariat, then published (open now) unless asked otherwise. */
  async function initiative(extra: object = {}, publish = true): Promise<{ id: string; version: number }> {
    const created = await secretariat.post('/api/initiatives', { ...text, ...extra });
    expect(created.status).toBe(201);
    if (!publish) return { id: created.body.id, version: created.body.version };
    const published = await secretariat.post(`/api/initiatives/${created.body.id}/publish`, {
      version: created.body.version,
    });
    expect(published.status).toBe(200);
    return { id: published.body.id, version: published.body.version };
  }

  /** An active user of an organization, signed in (the demo password hash copied from the operator). */
  async function colleague(organizationId: string, orgRole: 'admin' | 'member'): Promise<HttpClient> {
    const email = `initiatives-${randomUUID().slice(0, 8)}@example.org`;
    await t.db.dataSource.query(
      `INSERT INTO users (email, display_name, organization_id, org_role, status, password_hash, locale)
       SELECT $1, $2, $3, $4, 'active', password_hash, 'zh' FROM users WHERE email = 'operator@example.org'`,
      [email, `Colleague ${orgRole}`, organizationId, orgRole],
    );
    return t.signIn(email);
  }

  const signatoryNames = async (id: string) =>
    ((await visitor.get(`/api/initiatives/${id}/signatories?limit=100`)).body.items as { nameEn: string }[]).map(
      (s) => s.nameEn,
    );
  const notifiedUsers = async (id: string, type: string) =>
    (
      (await t.db.dataSource.query(
        `SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type = $2 ORDER BY u.email`,
        [id, type],
      )) as { email: string }[]
    ).map((r) => r.email);
  const errorOf = (res: Response) => ({ status: res.status, error: res.body.error, reason: res.body.reason });

  describe('the demo initiative', () => {
    it('is public with its six principles, progress and founding signatories, for visitors too', async () => {
      const res = await visitor.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        titleZh: '关于共同推动江苏境外园区高质量发展的倡议书',
        status: 'open_for_endorsement',
        targetOrganizations: 20,
        endorsements: 5,
        mine: null,
        actions: [],
      });
      expect(res.body.principles).toHaveLength(6);
      expect(res.body.principles[0]).toEqual({
        en: expect.stringContaining('consultation'),
        zh: '坚持共商共建共享。',
      });
      const list = await visitor.get('/api/initiatives');
      expect(list.body.items.map((i: { id: string }) => i.id)).toContain(JIANGSU_PARKS_INITIATIVE);
      const signatories = await visitor.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories`);
      expect(signatories.body.total).toBe(5);
      expect(signatories.body.items[0]).toMatchObject({ organizationId: ORG.jocic, country: 'AE' });
      expect(signatories.body.items.map((s: { organizationId: string }) => s.organizationId)).not.toContain(ORG.ssez);
    });

    it('is seeded once: seeding again changes nothing', async () => {
      expect(await seedDemoData(t.db.dataSource)).toBe(0);
      expect((await visitor.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}`)).body.endorsements).toBe(5);
    });
  });

  describe('the status machine', () => {
    it('lets only the secretariat write, publish and close; a draft is 404 to everyone else', async () => {
      for (const member of [operator, banker]) expect((await member.post('/api/initiatives', text)).status).toBe(403);
      expect((await visitor.post('/api/initiatives', text)).status).toBe(401);
      const { id, version } = await initiative({}, false);
      expect((await visitor.get(`/api/initiatives/${id}`)).status).toBe(404);
      expect((await operator.get(`/api/initiatives/${id}`)).status).toBe(404);
      expect((await visitor.get(`/api/initiatives/${id}/signatories`)).status).toBe(404);
      expect((await visitor.get('/api/initiatives')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
      const draft = await secretariat.get(`/api/initiatives/${id}`);
      expect(draft.body).toMatchObject({ status: 'draft', actions: ['update', 'publish'] });
      // Endorsing a draft: not found for the member.
      expect((await operator.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(404);
      for (const member of [operator, approver])
        expect((await member.post(`/api/initiatives/${id}/publish`, { version })).status).toBe(403);

      // Not published without principles, nor with its closing date passed; nothing changes.
      const bare = await initiative({ principles: [] }, false);
      const incomplete = await secretariat.post(`/api/initiatives/${bare.id}/publish`, { version: bare.version });
      expect([incomplete.status, incomplete.body.reason]).toEqual([422, 'INITIATIVE_INCOMPLETE']);
      const late = await initiative({ closesOn: '2020-01-01' }, false);
      const pastClose = await secretariat.post(`/api/initiatives/${late.id}/publish`, { version: late.version });
      expect([pastClose.status, pastClose.body.reason]).toEqual([422, 'INITIATIVE_DATES_ORDER']);
      for (const refused of [bare, late])
        expect((await secretariat.get(`/api/initiatives/${refused.id}`)).body.status).toBe('draft');

      const published = await secretariat.post(`/api/initiatives/${id}/publish`, { version });
      expect(published.body).toMatchObject({ status: 'open_for_endorsement', actions: ['update', 'close', 'export'] });
      expect(
        (await secretariat.post(`/api/initiatives/${id}/publish`, { version: published.body.version })).body,
      ).toMatchObject({
        error: 'ILLEGAL_TRANSITION',
      });
      expect((await operator.post(`/api/initiatives/${id}/close`, { version: published.body.version })).status).toBe(
        403,
      );
      // A stale version is refused.
      expect((await secretariat.post(`/api/initiatives/${id}/close`, { version: version })).status).toBe(409);
      const closed = await secretariat.post(`/api/initiatives/${id}/close`, { version: published.body.version });
      expect(closed.body).toMatchObject({ status: 'closed', actions: ['export'] });
      expect(
        errorOf(await secretariat.patch(`/api/initiatives/${id}`, { ...text, version: closed.body.version })),
      ).toEqual({
        status: 422,
        error: 'UNPROCESSABLE',
        reason: 'INITIATIVE_CLOSED',
      });
      expect((await visitor.get(`/api/initiatives/${id}`)).body.status).toBe('closed');
    });

    it('opens on its opening date and closes after its closing date by the job runner', async () => {
      const jobs = t.app.get(InitiativeJobsService);
      const { id, version } = await initiative({ opensOn: '2099-01-01', closesOn: '2099-12-31' }, false);
      const scheduled = await secretariat.post(`/api/initiatives/${id}/publish`, { version });
      expect(scheduled.body).toMatchObject({ status: 'draft', scheduled: true });
      await jobs.openDue();
      expect((await secretariat.get(`/api/initiatives/${id}`)).body.status).toBe('draft');
      await t.db.dataSource.query(
        `UPDATE initiatives SET opens_on = current_date - 1, closes_on = current_date + 5 WHERE id = $1`,
        [id],
      );
      expect(await jobs.openDue()).toBeGreaterThanOrEqual(1);
      expect((await visitor.get(`/api/initiatives/${id}`)).body).toMatchObject({
        status: 'open_for_endorsement',
        scheduled: false,
      });
      expect(await notifiedUsers(id, 'initiative_opened')).toContain('operator@example.org');
      // A pending proposal lapses when it closes.
      expect((await banker.post(`/api/initiatives/${id}/proposal`, { note: 'Shall we?' })).status).toBe(200);
      await t.db.dataSource.query(`UPDATE initiatives SET closes_on = current_date - 2 WHERE id = $1`, [id]);
      expect(await jobs.closeDue()).toBeGreaterThanOrEqual(1);
      expect((await visitor.get(`/api/initiatives/${id}`)).body.status).toBe('closed');
      const [proposal] = (await t.db.dataSource.query(
        `SELECT status FROM endorsement_proposals WHERE initiative_id = $1`,
        [id],
      )) as { status: string }[];
      expect(proposal.status).toBe('lapsed');
    });
  });

  describe('endorsements', () => {
    it('are one per organization: two admins at once, one wins and the other gets 409', async () => {
      const { id } = await initiative();
      const second = await colleague(ORG.ssez, 'admin');
      const results = await Promise.all([
        operator.post(`/api/initiatives/${id}/endorsement`, { statementZh: '我们支持' }),
        second.post(`/api/initiatives/${id}/endorsement`, { statementEn: 'We support it' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const [{ n }] = (await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM endorsements WHERE initiative_id = $1 AND organization_id = $2`,
        [id, ORG.ssez],
      )) as { n: number }[];
      expect(n).toBe(1);
      expect((await visitor.get(`/api/initiatives/${id}`)).body.endorsements).toBe(1);
      // Signing again while endorsed is refused too.
      expect((await operator.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(409);
    });

    it('are signed by admins only: a member gets 403 and proposes; an admin is told, then signs or declines', async () => {
      const { id } = await initiative();
      expect((await banker.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(403);
      expect((await secretariat.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(403);
      expect((await visitor.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(401);
      expect((await banker.get(`/api/initiatives/${id}`)).body.mine.actions).toEqual(['propose']);

      const proposed = await banker.post(`/api/initiatives/${id}/proposal`, { note: 'Our bank finances green parks' });
      expect(proposed.status).toBe(200);
      expect(proposed.body.mine).toMatchObject({ proposal: { status: 'pending' }, actions: [] });
      expect(errorOf(await banker.post(`/api/initiatives/${id}/proposal`, {}))).toMatchObject({
        status: 422,
        reason: 'ENDORSEMENT_PROPOSAL_PENDING',
      });
      expect(await notifiedUsers(id, 'endorsement_proposed')).toEqual(['approver@example.org']);
      expect((await banker.post(`/api/initiatives/${id}/proposal/decline`, {})).status).toBe(403);
      expect((await approver.get(`/api/initiatives/${id}`)).body.mine.actions).toEqual(['endorse', 'sign', 'decline']);

      const declined = await approver.post(`/api/initiatives/${id}/proposal/decline`, {});
      expect(declined.status).toBe(200);
      expect(declined.body.mine.proposal).toBeNull();
      expect(await notifiedUsers(id, 'endorsement_proposal_declined')).toEqual(['banker@example.org']);

      expect((await banker.post(`/api/initiatives/${id}/proposal`, {})).status).toBe(200);
      const signed = await approver.post(`/api/initiatives/${id}/endorsement`, { statementEn: 'Signed for the bank' });
      expect(signed.status).toBe(200);
      expect(signed.body.mine).toMatchObject({
        endorsement: { status: 'endorsed', statementEn: 'Signed for the bank' },
      });
      expect(await notifiedUsers(id, 'endorsement_proposal_signed')).toEqual(['banker@example.org']);
      expect(await signatoryNames(id)).toEqual(['Bank of Jiangsu']);
      expect(errorOf(await banker.post(`/api/initiatives/${id}/proposal`, {}))).toMatchObject({
        status: 422,
        reason: 'ENDORSEMENT_ALREADY_SIGNED',
      });
    });

    it('are withdrawn only while open (the reason in the audit only) and signed again; the list shows the latest', async () => {
      const { id } = await initiative();
      expect(errorOf(await researcher.post(`/api/initiatives/${id}/endorsement/withdraw`, {}))).toMatchObject({
        status: 422,
        reason: 'ENDORSEMENT_NOT_SIGNED',
      });
      await researcher.post(`/api/initiatives/${id}/endorsement`, { statementEn: 'First' });
      const withdrawn = await researcher.post(`/api/initiatives/${id}/endorsement/withdraw`, {
        reason: 'Board review',
      });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ endorsements: 0, mine: { endorsement: { status: 'withdrawn' } } });
      expect(await signatoryNames(id)).toEqual([]);
      expect((await researcher.post(`/api/initiatives/${id}/endorsement/withdraw`, {})).status).toBe(409);
      const [audit] = (await t.db.dataSource.query(
        `SELECT changes FROM audit_events WHERE action = 'endorsement.withdraw' AND entity_id = $1`,
        [withdrawn.body.mine.endorsement.id],
      )) as { changes: { reason: { after: string } } }[];
      expect(audit.changes.reason.after).toBe('Board review');
      expect(JSON.stringify((await visitor.get(`/api/initiatives/${id}/signatories`)).body)).not.toContain(
        'Board review',
      );

      const again = await researcher.post(`/api/initiatives/${id}/endorsement`, { statementZh: '再次签署' });
      expect(again.body.mine.endorsement).toMatchObject({
        status: 'endorsed',
        statementEn: null,
        statementZh: '再次签署',
      });
      const signatories = (await visitor.get(`/api/initiatives/${id}/signatories`)).body;
      expect(signatories.items).toHaveLength(1);
      expect(signatories.items[0]).toMatchObject({ statementZh: '再次签署', statementEn: null });

      const current = await secretariat.get(`/api/initiatives/${id}`);
      await secretariat.post(`/api/initiatives/${id}/close`, { version: current.body.version });
      expect(errorOf(await researcher.post(`/api/initiatives/${id}/endorsement/withdraw`, {}))).toMatchObject({
        status: 422,
        reason: 'INITIATIVE_NOT_OPEN',
      });
      expect((await researcher.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(422);
    });

    it('of a suspended organization leave the public list but stay, marked, in the secretariat’s export', async () => {
      const { id } = await initiative();
      await operator2.post(`/api/initiatives/${id}/endorsement`, {});
      await researcher.post(`/api/initiatives/${id}/endorsement`, {});
      expect((await signatoryNames(id)).sort()).toHaveLength(2);
      const suspended = await secretariat.post(`/api/organizations/${ORG.nanjing}/suspend`, { reason: 'Dues unpaid' });
      expect(suspended.status).toBe(200);
      try {
        const names = await signatoryNames(id);
        expect(names).toHaveLength(1);
        expect(names[0]).toContain('Indonesia');
        expect((await visitor.get(`/api/initiatives/${id}`)).body.endorsements).toBe(1);
        const csv = await secretariat.get(`/api/initiatives/${id}/signatories.csv?lang=en`);
        expect(csv.status).toBe(200);
        const lines = csv.text
          .replace(/^\uFEFF/, '')
          .trim()
          .split('\r\n');
        expect(lines).toHaveLength(3);
        expect(lines.find((l) => l.includes('Nanjing'))).toMatch(/Suspended,no$/);
        expect(lines.find((l) => l.includes('Indonesia'))).toMatch(/Active,yes$/);
      } finally {
        await secretariat.post(`/api/organizations/${ORG.nanjing}/reinstate`, { reason: 'Dues paid' });
      }
    });

    it('of a withdrawn organization leave the public list too, and stay in the export marked', async () => {
      const { id } = await initiative();
      const kazakhAdmin = await colleague(ORG.kazakhstan, 'admin');
      expect((await kazakhAdmin.post(`/api/initiatives/${id}/endorsement`, {})).status).toBe(200);
      expect((await signatoryNames(id)).some((n) => n.includes('Kazakhstan'))).toBe(true);
      const withdrawn = await secretariat.post(`/api/organizations/${ORG.kazakhstan}/withdraw`, { reason: 'Left' });
      expect(withdrawn.status).toBe(200);
      expect(await signatoryNames(id)).toEqual([]);
      const csv = await secretariat.get(`/api/initiatives/${id}/signatories.csv?lang=en`);
      expect(csv.text.split('\r\n').find((l) => l.includes('Kazakhstan'))).toMatch(/Withdrawn,no$/);
    });
  });

  describe('publication', () => {
    it('tells every admin of an active member organization, never members or the secretariat', async () => {
      const { id } = await initiative();
      const told = await notifiedUsers(id, 'initiative_opened');
      expect(told).toEqual(
        expect.arrayContaining([
          'approver@example.org',
          'insurer@example.org',
          'operator2@example.org',
          'operator@example.org',
          'partner@example.org',
          'researcher@example.org',
        ]),
      );
      expect(told).not.toContain('banker@example.org');
      expect(told).not.toContain('secretariat@example.org');
    });
  });

  describe('exports', () => {
    it('are the secretariat’s: a CSV of the signatories in either language', async () => {
      for (const member of [operator, approver])
        expect((await member.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories.csv`)).status).toBe(403);
      expect((await visitor.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories.csv`)).status).toBe(401);
      const csv = await secretariat.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories.csv?lang=zh`);
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const [header, ...rows] = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(header).toBe(
        '单位名称（英文）,单位名称（中文）,国家（ISO 代码）,签署时间,签署人,声明（英文）,声明（中文）,签署状态,会员状态,公开显示',
      );
      expect(rows).toHaveLength(5);
      expect(rows[0]).toContain('2021-05-12T03:00:00.000Z');
      expect(rows[0]).toContain('已签署,正常,是');
    });

    it('are the secretariat’s: a PDF with the initiative’s text whose Chinese title reads back', async () => {
      expect((await operator.get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories.pdf`)).status).toBe(403);
      const res = await secretariat
        .get(`/api/initiatives/${JIANGSU_PARKS_INITIATIVE}/signatories.pdf?lang=zh`)
        .buffer(true)
        .parse((response, callback) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => callback(null, Buffer.concat(chunks)));
        });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'initiative-pdf-')), 'signatories.pdf');
      fs.writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8');
      expect(text).toContain('关于共同推动江苏境外园区高质量发展的倡议书');
      expect(text).toContain('坚持共商共建共享');
      expect(text).toContain('签署单位 (5)');
      expect(text.replace(/\s+/g, ' ')).toContain('Initiative on Jointly Promoting the High-Quality Development');
    });
  });
});
