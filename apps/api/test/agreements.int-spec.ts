import { ORG } from '../../../seeds/demo-data';
import { DEMO_AGREEMENT } from '../../../seeds/demo-agreements';
import { seedDemoData } from '../../../seeds/demo-seed';
import { createApp } from '../src/bootstrap';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { AgreementJobsService } from '../src/modules/agreements/agreement-jobs.service';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5b50000000049454e44ae426082',
  'hex',
);
const DAY = 86_400_000;
/** A date `offset` days from today in the alliance's time zone (Asia/Shanghai in tests). */
const day = (offset: number, from = Date.now()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(from + offset * DAY));

const agreement = (override: Record<string, unknown> = {}) => ({
  kind: 'legal_services',
  titleEn: 'Legal services for overseas parks',
  titleZh: '境外园区法律服务',
  summaryEn: 'Legal help abroad.',
  scopeEn: 'Overseas legal service centres.',
  scopeZh: '境外法律服务中心。',
  counterpartyIds: [ORG.lawyers, ORG.bankOfJiangsu],
  ...override,
});

function upload(client: HttpClient, content: Buffer, name: string) {
  return client.agent
    .post('/api/attachments')
    .set('X-Requested-With', 'XMLHttpRequest')
    .attach('file', content, { filename: name, contentType: 'application/octet-stream' });
}

describe('partner agreements', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let partner: HttpClient; // admin, Jiangsu Lawyers Association (a counterparty below), reads Chinese
  let approver: HttpClient; // admin, Bank of Jiangsu (the other counterparty)
  let banker: HttpClient; // member (not admin), Bank of Jiangsu
  let operator: HttpClient; // admin, Sihanoukville SEZ: a member, never a party
  let visitor: HttpClient;

  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);

  /** An agreement made by the secretariat and moved along `steps` (e.g. negotiate, sign, activate). */
  async function made(steps: string[] = [], override: Record<string, unknown> = {}): Promise<string> {
    const res = await secretariat.post('/api/agreements', agreement(override));
    expect(res.status).toBe(201);
    for (const step of steps) {
      const moved = await secretariat.post(
        `/api/agreements/${res.body.id}/${step}`,
        step === 'sign' ? { signedOn: day(0) } : {},
      );
      expect([step, moved.status]).toEqual([step, 200]);
    }
    return res.body.id as string;
  }

  async function commitment(agreementId: string, override: Record<string, unknown> = {}): Promise<string> {
    const res = await secretariat.post(`/api/agreements/${agreementId}/commitments`, {
      titleEn: 'Open a legal service centre',
      titleZh: '设立法律服务中心',
      owner: 'counterparty',
      organizationId: ORG.lawyers,
      dueOn: day(90),
      ...override,
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: 'Asia/Shanghai' });
    [secretariat, partner, approver, banker, operator] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('partner@example.org'),
      t.signIn('approver@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('operator@example.org'),
    ]);
    visitor = t.anonymous();
  });
  afterAll(async () => {
    await t.close();
  });

  it('the demo data: the five agreements of 12 May 2021, active, each with its counterparty; their commitments are sample data; seeding again changes nothing', async () => {
    const rows = (await t.db.dataSource.query(
      `SELECT a.id, a.status, to_char(a.signed_on, 'YYYY-MM-DD') AS signed_on, a.sample, c.organization_id
         FROM partner_agreements a JOIN partner_agreement_counterparties c ON c.agreement_id = a.id
        WHERE a.id = ANY($1) ORDER BY a.id`,
      [Object.values(DEMO_AGREEMENT)],
    )) as { id: string; status: string; signed_on: string; sample: boolean; organization_id: string }[];
    expect(rows.map((r) => r.organization_id)).toEqual([
      ORG.lawyers,
      ORG.brvea,
      ORG.sinosure,
      ORG.bocJiangsu,
      ORG.bankOfJiangsu,
    ]);
    expect(new Set(rows.map((r) => `${r.status} ${r.signed_on} ${r.sample}`))).toEqual(
      new Set(['active 2021-05-12 false']),
    );
    const commitments = (await t.db.dataSource.query(
      `SELECT sample, title_en FROM agreement_commitments WHERE agreement_id = ANY($1)`,
      [Object.values(DEMO_AGREEMENT)],
    )) as { sample: boolean; title_en: string }[];
    expect(commitments.length).toBeGreaterThan(0);
    expect(commitments.every((c) => c.sample && c.title_en.endsWith('(sample data)'))).toBe(true);
    expect(await seedDemoData(t.db.dataSource)).toBe(0);
  });

  describe('the status machine, per role', () => {
    it('the secretariat drafts, negotiates, signs, activates and terminates with a reason; each step audited', async () => {
      const id = await made();
      expect((await secretariat.get(`/api/agreements/${id}`)).body).toMatchObject({
        status: 'draft',
        actions: ['update', 'negotiate', 'sign', 'terminate', 'addCommitment', 'addDocument'],
        party: true,
      });
      expect((await secretariat.post(`/api/agreements/${id}/negotiate`, {})).body.status).toBe('negotiating');
      const signed = await secretariat.post(`/api/agreements/${id}/sign`, { signedOn: day(0) });
      expect(signed.body).toMatchObject({ status: 'signed', signedOn: day(0), effectiveFrom: day(0) });
      const active = await secretariat.post(`/api/agreements/${id}/activate`, { version: signed.body.version });
      expect(active.status).toBe(200);
      expect(active.body.status).toBe('active');
      const noReason = await secretariat.post(`/api/agreements/${id}/terminate`, {});
      expect(noReason.status).toBe(422);
      expect(noReason.body.reason).toBe('AGREEMENT_TERMINATION_REASON_REQUIRED');
      const ended = await secretariat.post(`/api/agreements/${id}/terminate`, { reason: 'The partner withdrew' });
      expect(ended.body).toMatchObject({
        status: 'terminated',
        terminationReason: 'The partner withdrew',
        actions: [],
      });
      const audit = (await t.db.dataSource.query(
        `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at, id`,
        [id],
      )) as { action: string }[];
      expect(audit.map((a) => a.action)).toEqual([
        'partner_agreement.create',
        'partner_agreement.negotiate',
        'partner_agreement.sign',
        'partner_agreement.activate',
        'partner_agreement.terminate',
      ]);
    });

    it('refuses a step its status does not allow (409 naming what is allowed), an early activation and a stale version', async () => {
      const id = await made(['negotiate', 'sign', 'activate']);
      const again = await secretariat.post(`/api/agreements/${id}/negotiate`, {});
      expect(again.status).toBe(409);
      expect(again.body.error).toBe('ILLEGAL_TRANSITION');
      expect(again.body.message).toContain('terminate');
      const later = await made(['sign'], { effectiveFrom: day(10), expiresOn: day(400) });
      await secretariat.patch(`/api/agreements/${later}`, { effectiveFrom: day(10) });
      const early = await secretariat.post(`/api/agreements/${later}/activate`, {});
      expect(early.status).toBe(422);
      expect(early.body.reason).toBe('AGREEMENT_NOT_YET_EFFECTIVE');
      // Signed, but its expiry passed before anyone activated it (the job has not expired it yet).
      const lapsed = await made(['sign'], { signedOn: day(-30), effectiveFrom: day(-20), expiresOn: day(-1) });
      const tooLate = await secretariat.post(`/api/agreements/${lapsed}/activate`, {});
      expect([tooLate.status, tooLate.body.reason]).toEqual([422, 'AGREEMENT_EXPIRY_PASSED']);
      const stale = await secretariat.post(`/api/agreements/${later}/terminate`, { reason: 'x', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
      const backwards = await secretariat.post(
        '/api/agreements',
        agreement({ effectiveFrom: day(5), expiresOn: day(1) }),
      );
      expect(backwards.body.reason).toBe('AGREEMENT_DATES_OUT_OF_ORDER');
      const untitled = await secretariat.post('/api/agreements', agreement({ titleEn: null, titleZh: '  ' }));
      expect([untitled.status, untitled.body.reason]).toEqual([422, 'AGREEMENT_TITLE_REQUIRED']);
      const secretariatParty = await secretariat.post(
        '/api/agreements',
        agreement({ counterpartyIds: [ORG.secretariat] }),
      );
      expect(secretariatParty.body.reason).toBe('AGREEMENT_COUNTERPARTY_UNKNOWN');
      const none = await secretariat.post('/api/agreements', agreement({ counterpartyIds: [] }));
      expect(none.body.reason).toBe('AGREEMENT_COUNTERPARTY_REQUIRED');
    });

    it('nobody but the secretariat creates, edits or moves an agreement (members 403, visitors 401)', async () => {
      const id = await made(['sign']);
      for (const client of [partner, approver, operator]) {
        expect((await client.post('/api/agreements', agreement())).status).toBe(403);
        expect((await client.patch(`/api/agreements/${id}`, { titleEn: 'Mine' })).status).toBe(403);
        for (const step of ['negotiate', 'sign', 'activate', 'terminate'])
          expect([step, (await client.post(`/api/agreements/${id}/${step}`, { reason: 'x' })).status]).toEqual([
            step,
            403,
          ]);
        expect(
          (await client.post(`/api/agreements/${id}/commitments`, { owner: 'alliance', dueOn: day(3), titleEn: 'x' }))
            .status,
        ).toBe(403);
      }
      expect((await visitor.post('/api/agreements', agreement())).status).toBe(401);
      expect((await secretariat.get(`/api/agreements/${id}`)).body.status).toBe('signed');
    });

    it('a counterparty that owns commitments stays one; a closed agreement is not edited', async () => {
      const id = await made(['sign']);
      await commitment(id);
      const drop = await secretariat.patch(`/api/agreements/${id}`, { counterpartyIds: [ORG.bankOfJiangsu] });
      expect(drop.status).toBe(422);
      expect(drop.body.reason).toBe('COMMITMENT_ORGANIZATION_NOT_COUNTERPARTY');
      const add = await secretariat.patch(`/api/agreements/${id}`, {
        counterpartyIds: [ORG.lawyers, ORG.bankOfJiangsu, ORG.sinosure],
      });
      expect(add.body.counterparties.map((c: { id: string }) => c.id)).toEqual([
        ORG.lawyers,
        ORG.bankOfJiangsu,
        ORG.sinosure,
      ]);
      const unsigned = await secretariat.patch(`/api/agreements/${id}`, { signedOn: null });
      expect(unsigned.body.reason).toBe('AGREEMENT_SIGNED_ON_REQUIRED');
      const noEffect = await secretariat.patch(`/api/agreements/${id}`, { effectiveFrom: null });
      expect([noEffect.status, noEffect.body.reason]).toEqual([422, 'AGREEMENT_EFFECTIVE_FROM_REQUIRED']);
      await secretariat.post(`/api/agreements/${id}/terminate`, { reason: 'Replaced by a new agreement' });
      const edit = await secretariat.patch(`/api/agreements/${id}`, { titleEn: 'Changed' });
      expect(edit.status).toBe(422);
      expect(edit.body.reason).toBe('AGREEMENT_CLOSED');
    });
  });

  describe('who reads what', () => {
    it('visitors list active agreements with their parties, kind, date and summary, never the scope', async () => {
      const draft = await made();
      const active = await made(['sign', 'activate']);
      const list = await visitor.get('/api/agreements?limit=100');
      expect(list.status).toBe(200);
      expect(ids(list)).toContain(active);
      expect(ids(list)).toContain(DEMO_AGREEMENT.lawyers);
      expect(ids(list)).not.toContain(draft);
      expect(list.body.items.every((a: { status: string }) => a.status === 'active')).toBe(true);
      const one = list.body.items.find((a: { id: string }) => a.id === active);
      expect(one).toMatchObject({ kind: 'legal_services', signedOn: day(0), summaryEn: 'Legal help abroad.' });
      expect(one.counterparties.map((c: { id: string }) => c.id)).toEqual([ORG.lawyers, ORG.bankOfJiangsu]);
      const page = await visitor.get(`/api/agreements/${active}`);
      expect(page.body).toMatchObject({ scopeEn: null, scopeZh: null, party: false, actions: [] });
      expect((await visitor.get(`/api/agreements/${draft}`)).status).toBe(404);
    });

    it('the search box finds the agreements its reader may read, by a word of their title in either language', async () => {
      const word = `Xq${Date.now().toString(36)}`;
      const draft = await made([], { titleEn: `Draft ${word}`, titleZh: `草稿 ${word}` });
      const active = await made(['sign', 'activate'], { titleEn: `Centres ${word}`, titleZh: `中心 ${word}` });
      const found = async (client: HttpClient, q: string) =>
        (await client.get(`/api/search?q=${encodeURIComponent(q)}`)).body.items
          .filter((hit: { type: string }) => hit.type === 'partner_agreement')
          .map((hit: { id: string }) => hit.id);
      expect(await found(visitor, word)).toEqual([active]);
      expect((await found(secretariat, word)).sort()).toEqual([active, draft].sort());
      expect(await found(operator, `中心 ${word}`)).toEqual([active]);
      const hit = (await visitor.get(`/api/search?q=${word}`)).body.items[0];
      expect(hit).toMatchObject({ type: 'partner_agreement', kind: 'legal_services' });
      expect(hit.organization.id).toBe(ORG.lawyers);
    });

    it('lists the signed or active agreements expiring within some days (the secretariat’s home links there)', async () => {
      // Titles of their own: the job runner's test below counts the reminders of the default title.
      const titled = { titleEn: 'Expiring list', titleZh: '到期清单' };
      const soon = await made(['sign'], { ...titled, effectiveFrom: day(1), expiresOn: day(30) });
      const activeSoon = await made(['sign', 'activate'], { ...titled, expiresOn: day(60) });
      const later = await made(['sign'], { ...titled, effectiveFrom: day(1), expiresOn: day(61) });
      const draft = await made([], { ...titled, effectiveFrom: day(1), expiresOn: day(10) });
      const open = await made(['sign', 'activate'], titled);
      const listed = ids(await secretariat.get('/api/agreements?expiringWithinDays=60&limit=100'));
      expect(listed).toEqual(expect.arrayContaining([soon, activeSoon]));
      for (const id of [later, draft, open]) expect(listed).not.toContain(id);
      const members = ids(await operator.get('/api/agreements?expiringWithinDays=60&limit=100'));
      expect(members).toEqual(expect.arrayContaining([soon, activeSoon]));
      expect(members).not.toContain(draft);
      expect((await secretariat.get('/api/agreements?expiringWithinDays=0')).status).toBe(400);
      expect((await secretariat.get('/api/agreements?expiringWithinDays=soon')).status).toBe(400);
    });

    it('members read signed agreements with their scope; drafts are the secretariat’s; a counterparty also sees its negotiations', async () => {
      const draft = await made();
      const negotiating = await made(['negotiate']);
      const signed = await made(['sign']);
      expect((await operator.get(`/api/agreements/${signed}`)).body).toMatchObject({
        scopeEn: 'Overseas legal service centres.',
        party: false,
      });
      expect((await operator.get(`/api/agreements/${negotiating}`)).status).toBe(404);
      expect((await operator.get(`/api/agreements/${draft}`)).status).toBe(404);
      expect((await partner.get(`/api/agreements/${negotiating}`)).body).toMatchObject({
        status: 'negotiating',
        party: true,
      });
      expect((await partner.get(`/api/agreements/${draft}`)).status).toBe(404);
      const all = await secretariat.get('/api/agreements?status=draft&limit=100');
      expect(ids(all)).toContain(draft);
      const mine = await partner.get('/api/agreements?mine=true&limit=100');
      expect(ids(mine)).toEqual(expect.arrayContaining([signed, negotiating, DEMO_AGREEMENT.lawyers]));
      expect(ids(mine)).not.toContain(DEMO_AGREEMENT.sinosure);
    });

    it('commitments and documents open to the secretariat and the counterparties only: anyone else 404, files included', async () => {
      const id = await made(['sign', 'activate']);
      await commitment(id);
      const file = await upload(secretariat, PDF, 'agreement.pdf');
      const doc = await secretariat.post(`/api/agreements/${id}/documents`, {
        titleEn: 'Signed text',
        titleZh: '协议文本',
        attachmentId: file.body.id,
      });
      expect(doc.status).toBe(201);
      for (const client of [secretariat, partner, approver, banker]) {
        expect((await client.get(`/api/agreements/${id}/commitments`)).status).toBe(200);
        expect((await client.get(`/api/agreements/${id}/documents`)).status).toBe(200);
        expect((await client.agent.get(`/api/attachments/${file.body.id}`)).status).toBe(200);
      }
      const insurer = await t.signIn('insurer@example.org');
      for (const client of [operator, insurer]) {
        expect((await client.get(`/api/agreements/${id}`)).status).toBe(200);
        expect((await client.get(`/api/agreements/${id}/commitments`)).status).toBe(404);
        expect((await client.get(`/api/agreements/${id}/documents`)).status).toBe(404);
        expect((await client.agent.get(`/api/attachments/${file.body.id}`)).status).toBe(404);
      }
      expect((await visitor.get(`/api/agreements/${id}/commitments`)).status).toBe(401);
      expect((await visitor.agent.get(`/api/attachments/${file.body.id}`)).status).toBe(404);
    });
  });

  describe('commitments', () => {
    it('the counterparty’s admins mark their own done; another counterparty, a member and outsiders cannot', async () => {
      const id = await made(['sign', 'activate']);
      const own = await commitment(id);
      const theirs = await commitment(id, { organizationId: ORG.bankOfJiangsu, titleEn: 'Credit line' });
      const alliance = await commitment(id, { owner: 'alliance', organizationId: null, titleEn: 'Publish contacts' });
      const listed = await partner.get(`/api/agreements/${id}/commitments`);
      const actions = Object.fromEntries(
        listed.body.items.map((c: { id: string; actions: string[] }) => [c.id, c.actions]),
      );
      expect(actions).toEqual({ [own]: ['complete'], [theirs]: [], [alliance]: [] });
      expect((await approver.post(`/api/agreement-commitments/${own}/complete`, {})).status).toBe(403);
      expect((await banker.post(`/api/agreement-commitments/${theirs}/complete`, {})).status).toBe(403);
      expect((await operator.post(`/api/agreement-commitments/${own}/complete`, {})).status).toBe(404);
      expect((await partner.post(`/api/agreement-commitments/${alliance}/complete`, {})).status).toBe(403);
      expect((await partner.post(`/api/agreement-commitments/${own}/waive`, {})).status).toBe(403);
      const done = await partner.post(`/api/agreement-commitments/${own}/complete`, { note: '中心已开业' });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'done', note: '中心已开业', overdue: false, actions: [] });
      const twice = await partner.post(`/api/agreement-commitments/${own}/complete`, {});
      expect(twice.status).toBe(409);
      // The secretariat hears of it.
      const told = (await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.type = 'commitment_done' AND n.record_id = $1 AND u.email = 'secretariat@example.org'`,
        [id],
      )) as { n: number }[];
      expect(told[0].n).toBe(1);
      expect(
        (await secretariat.post(`/api/agreement-commitments/${theirs}/waive`, { note: 'Not needed' })).body.status,
      ).toBe('waived');
      expect((await secretariat.post(`/api/agreement-commitments/${theirs}/reopen`, {})).body.status).toBe('open');
      expect((await approver.post(`/api/agreement-commitments/${theirs}/complete`, {})).body.status).toBe('done');
    });

    it('lists the agreements with a commitment open or overdue: all for the secretariat, a member’s own only', async () => {
      const titled = { titleEn: 'Commitments list', titleZh: '承诺清单' };
      const lawyersLate = await made(['sign', 'activate'], titled);
      await commitment(lawyersLate, { dueOn: day(-3) });
      const bankOpen = await made(['sign', 'activate'], titled);
      await commitment(bankOpen, { organizationId: ORG.bankOfJiangsu, dueOn: day(20) });
      const done = await made(['sign', 'activate'], titled);
      const finished = await commitment(done, { dueOn: day(-3) });
      expect((await partner.post(`/api/agreement-commitments/${finished}/complete`, {})).status).toBe(200);
      const listed = async (client: HttpClient, filter: string) =>
        ids(await client.get(`/api/agreements?commitments=${filter}&limit=100`));
      const overdue = await listed(secretariat, 'overdue');
      expect(overdue).toContain(lawyersLate);
      for (const id of [bankOpen, done]) expect(overdue).not.toContain(id);
      expect(await listed(secretariat, 'open')).toEqual(expect.arrayContaining([lawyersLate, bankOpen]));
      expect(await listed(secretariat, 'open')).not.toContain(done);
      // A counterparty counts its own organization's commitments; another's are private to their parties.
      expect(await listed(partner, 'open')).toContain(lawyersLate);
      expect(await listed(partner, 'open')).not.toContain(bankOpen);
      expect(await listed(approver, 'open')).toContain(bankOpen);
      expect(await listed(approver, 'overdue')).not.toContain(lawyersLate);
      expect(await listed(operator, 'open')).toEqual([]);
      expect((await visitor.get('/api/agreements?commitments=open')).body.total).toBe(0);
      expect((await secretariat.get('/api/agreements?commitments=late')).status).toBe(400);
    });

    it('an open commitment past its due date is overdue; its owner must be a counterparty', async () => {
      const id = await made(['sign', 'activate']);
      const late = await commitment(id, { dueOn: day(-3) });
      const listed = await secretariat.get(`/api/agreements/${id}/commitments`);
      expect(listed.body.items.find((c: { id: string }) => c.id === late)).toMatchObject({
        overdue: true,
        status: 'open',
      });
      const outsider = await secretariat.post(`/api/agreements/${id}/commitments`, {
        titleEn: 'x',
        owner: 'counterparty',
        organizationId: ORG.ssez,
        dueOn: day(5),
      });
      expect(outsider.body.reason).toBe('COMMITMENT_ORGANIZATION_NOT_COUNTERPARTY');
      const moved = await secretariat.patch(`/api/agreement-commitments/${late}`, {
        dueOn: day(30),
        titleZh: '新标题',
      });
      expect(moved.body).toMatchObject({ dueOn: day(30), titleZh: '新标题', overdue: false });
      expect((await partner.patch(`/api/agreement-commitments/${late}`, { dueOn: day(40) })).status).toBe(403);
      const toAlliance = await secretariat.patch(`/api/agreement-commitments/${late}`, { owner: 'alliance' });
      expect(toAlliance.body).toMatchObject({ owner: 'alliance', organization: null });
      const nobody = await secretariat.post(`/api/agreements/${id}/commitments`, {
        titleEn: 'x',
        owner: 'counterparty',
        dueOn: day(5),
      });
      expect(nobody.body.reason).toBe('COMMITMENT_ORGANIZATION_REQUIRED');
      const untitled = await secretariat.post(`/api/agreements/${id}/commitments`, {
        owner: 'alliance',
        dueOn: day(5),
      });
      expect([untitled.status, untitled.body.reason]).toEqual([422, 'COMMITMENT_TITLE_REQUIRED']);
    });
  });

  describe('documents', () => {
    it('keeps every upload as a version, newest first, and takes PDFs only', async () => {
      const id = await made(['sign']);
      const first = await upload(secretariat, PDF, 'v1.pdf');
      const doc = await secretariat.post(`/api/agreements/${id}/documents`, {
        titleEn: 'Agreement',
        attachmentId: first.body.id,
      });
      const second = await upload(secretariat, PDF, 'v2.pdf');
      const next = await secretariat.post(`/api/agreement-documents/${doc.body.id}/versions`, {
        attachmentId: second.body.id,
      });
      expect(next.status).toBe(201);
      expect(next.body.versions.map((v: { version: number; fileName: string }) => [v.version, v.fileName])).toEqual([
        [2, 'v2.pdf'],
        [1, 'v1.pdf'],
      ]);
      const image = await upload(secretariat, PNG, 'scan.png');
      const refused = await secretariat.post(`/api/agreement-documents/${doc.body.id}/versions`, {
        attachmentId: image.body.id,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.reason).toBe('AGREEMENT_DOCUMENT_NOT_PDF');
      const untitled = await secretariat.post(`/api/agreements/${id}/documents`, {
        attachmentId: (await upload(secretariat, PDF, 'untitled.pdf')).body.id,
      });
      expect([untitled.status, untitled.body.reason]).toEqual([422, 'AGREEMENT_DOCUMENT_TITLE_REQUIRED']);
      // Ten versions at most: the eleventh is refused.
      for (let n = 3; n <= 10; n++) {
        const file = await upload(secretariat, PDF, `v${n}.pdf`);
        const added = await secretariat.post(`/api/agreement-documents/${doc.body.id}/versions`, {
          attachmentId: file.body.id,
        });
        expect(added.status).toBe(201);
      }
      const eleventh = await secretariat.post(`/api/agreement-documents/${doc.body.id}/versions`, {
        attachmentId: (await upload(secretariat, PDF, 'v11.pdf')).body.id,
      });
      expect([eleventh.status, eleventh.body.reason]).toEqual([422, 'AGREEMENT_DOCUMENT_TOO_MANY_VERSIONS']);
      expect(
        (await partner.post(`/api/agreement-documents/${doc.body.id}/versions`, { attachmentId: second.body.id }))
          .status,
      ).toBe(403);
    });
  });

  describe('the job runner', () => {
    /** A second API replica on the same database, with its own job runner. */
    async function replica(): Promise<{ jobs: AgreementJobsService; close: () => Promise<void> }> {
      const own = t.db.driver === 'postgres' ? await openDatabase(t.config) : null;
      const db: DatabaseHandle = own ?? { ...t.db, close: async () => undefined };
      const app = await createApp(t.config, db, createLogger('silent'));
      await app.init();
      return {
        jobs: app.get(AgreementJobsService),
        close: async () => {
          await app.close();
          await own?.close();
        },
      };
    }

    it('activates a signed agreement on its effective date and expires it on its expiry date', async () => {
      const id = await made(['sign'], { effectiveFrom: day(2), expiresOn: day(5) });
      await secretariat.patch(`/api/agreements/${id}`, { effectiveFrom: day(2) });
      const jobs = t.app.get(AgreementJobsService);
      await jobs.advance(undefined, new Date(Date.now() + 1 * DAY));
      expect((await secretariat.get(`/api/agreements/${id}`)).body.status).toBe('signed');
      await jobs.advance(undefined, new Date(Date.now() + 2 * DAY));
      expect((await secretariat.get(`/api/agreements/${id}`)).body.status).toBe('active');
      await jobs.advance(undefined, new Date(Date.now() + 5 * DAY));
      const expired = await secretariat.get(`/api/agreements/${id}`);
      expect(expired.body.status).toBe('expired');
      expect(expired.body.expiredAt).not.toBeNull();
      const told = (await t.db.dataSource.query(
        `SELECT n.type, u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.record_id = $1 ORDER BY n.type, u.email`,
        [id],
      )) as { type: string; email: string }[];
      expect(told.filter((n) => n.email === 'partner@example.org').map((n) => n.type)).toEqual([
        'agreement_activated',
        'agreement_expired',
      ]);
    });

    it('reminds the secretariat and the counterparty’s admins 60, 30 and 7 days ahead, once each across two job runners, in each one’s language', async () => {
      const id = await made(['sign', 'activate'], { expiresOn: day(60) });
      const due = await commitment(id, { dueOn: day(7), titleEn: 'Open the centre', titleZh: '中心开业' });
      const other = await replica();
      try {
        const mine = t.app.get(AgreementJobsService);
        await Promise.all([mine.remind(), other.jobs.remind(), mine.remind(), other.jobs.remind()]);
        await Promise.all([mine.remind(), other.jobs.remind()]);
      } finally {
        await other.close();
      }
      const claims = (await t.db.dataSource.query(
        `SELECT subject, record_id, days_before FROM agreement_reminders WHERE agreement_id = $1 ORDER BY subject`,
        [id],
      )) as { subject: string; record_id: string; days_before: number }[];
      expect(claims).toEqual([
        { subject: 'agreement_expiry', record_id: id, days_before: 60 },
        { subject: 'commitment_due', record_id: due, days_before: 7 },
      ]);
      const told = (await t.db.dataSource.query(
        `SELECT n.type, u.email FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.record_id = $1 AND n.type IN ('agreement_expiring', 'commitment_due') ORDER BY n.type, u.email`,
        [id],
      )) as { type: string; email: string }[];
      // The lawyers' commitment: its admins; the expiry: both counterparties' admins (never the bank's member).
      expect(told).toEqual([
        { type: 'agreement_expiring', email: 'approver@example.org' },
        { type: 'agreement_expiring', email: 'partner@example.org' },
        { type: 'agreement_expiring', email: 'secretariat@example.org' },
        { type: 'commitment_due', email: 'partner@example.org' },
        { type: 'commitment_due', email: 'secretariat@example.org' },
      ]);
      // In each one's language: the partner reads Chinese, the secretariat English.
      const zh = (await t.outbox('partner@example.org')).filter((m) => m.subject.includes('中心开业'));
      expect(zh).toHaveLength(1);
      expect(zh[0].subject).toContain('合作协议中的一项承诺将于');
      expect(zh[0].subject).toContain('（7天后）');
      const en = (await t.outbox('secretariat@example.org')).filter((m) =>
        m.subject.includes('Legal services for overseas parks'),
      );
      expect(en.map((m) => m.subject)).toEqual([expect.stringContaining('A partner agreement expires on')]);
      expect(en[0].subject).toContain('in 60 days');
      // Thirty days on, the expiry's 30-day reminder (the commitment is past its day: no more).
      const jobs = t.app.get(AgreementJobsService);
      await jobs.remind(undefined, new Date(Date.now() + 30 * DAY));
      await jobs.remind(undefined, new Date(Date.now() + 30 * DAY));
      const after = (await t.db.dataSource.query(
        `SELECT days_before FROM agreement_reminders WHERE agreement_id = $1 AND subject = 'agreement_expiry' ORDER BY days_before`,
        [id],
      )) as { days_before: number }[];
      expect(after.map((r) => r.days_before)).toEqual([30, 60]);
    });
  });
});
