import { auditCount, fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202'; // Sihanoukville SEZ, run by operator@example.org's organization
const INDONESIA_PARK = '00000000-0000-4000-8000-000000000203'; // run by operator2@example.org's organization
const UNKNOWN_ID = '00000000-0000-4000-8000-00000000ffff';
const DEMO_PARK_COUNT = 8;

const validPark = {
  nameEn: 'Phnom Penh Logistics Park',
  nameZh: '金边物流园',
  country: 'KH',
  city: 'Phnom Penh',
  latitude: 11.5564,
  longitude: 104.9282,
  establishedYear: 2019,
  areaKm2: 2.5,
  sectors: ['logistics_warehousing', 'trade'],
  status: 'operating',
  enterpriseCount: 12,
  investmentUsd: '12345678901234.56',
  localJobs: 850,
  contactEmail: 'logistics@example.org',
};

describe('parks', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // admin of the Sihanoukville SEZ operator
  let operator2: HttpClient; // admin of the Indonesia park operator
  let banker: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
    ]);
  });
  afterAll(() => t.close());

  describe('public directory', () => {
    it('lists parks to visitors without contacts, and with contacts to members', async () => {
      const anon = await t.anonymous().get('/api/parks?limit=100');
      expect(anon.status).toBe(200);
      expect(anon.body.total).toBe(DEMO_PARK_COUNT);
      expect(anon.body.items.every((p: { contact: unknown }) => p.contact === null)).toBe(true);
      const one = await t.anonymous().get(`/api/parks/${SSEZ_PARK}`);
      expect(one.status).toBe(200);
      expect(one.body).toMatchObject({
        nameZh: '柬埔寨西哈努克港经济特区',
        country: 'KH',
        investmentUsd: '1480000000.00',
        contact: null,
      });
      expect(one.body.organization).toMatchObject({
        id: ORG.ssez,
        nameEn: 'Sihanoukville Special Economic Zone Co., Ltd.',
      });

      const member = await banker.get(`/api/parks/${SSEZ_PARK}`);
      expect(member.body.contact).toMatchObject({ contactEmail: 'park2@example.org' });
    });

    it('finds Chinese substrings and English words in either name, case-insensitively', async () => {
      const ids = async (q: string) =>
        (await t.anonymous().get(`/api/parks?q=${encodeURIComponent(q)}&limit=100`)).body.items.map(
          (p: { id: string }) => p.id,
        );
      expect(await ids('西哈努克')).toEqual([SSEZ_PARK]);
      expect(await ids('经济特区')).toEqual([SSEZ_PARK]);
      expect((await ids('园')).length).toBeGreaterThanOrEqual(4);
      expect(await ids('sihanoukVILLE')).toEqual([SSEZ_PARK]);
      expect(await ids('Batam')).toEqual([INDONESIA_PARK]); // the city
      expect(await ids('%')).toEqual([]); // LIKE wildcards are literal
    });

    it('filters by country, sector and status, sorts, and pages', async () => {
      const kh = await t.anonymous().get('/api/parks?country=KH');
      expect(kh.body.items.map((p: { id: string }) => p.id)).toEqual([SSEZ_PARK]);
      const electronics = await t.anonymous().get('/api/parks?sector=electronics&limit=100');
      expect(electronics.body.items.every((p: { sectors: string[] }) => p.sectors.includes('electronics'))).toBe(true);
      expect(electronics.body.total).toBe(2);
      const planning = await t.anonymous().get('/api/parks?status=planning');
      expect(planning.body.items.map((p: { status: string }) => p.status)).toEqual(['planning']);

      const byInvestment = await t.anonymous().get('/api/parks?sort=-investmentUsd&limit=3');
      const amounts = byInvestment.body.items.map((p: { investmentUsd: string }) => Number(p.investmentUsd));
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      expect(byInvestment.body.items[0].id).toBe(SSEZ_PARK);
      const page2 = await t.anonymous().get('/api/parks?sort=-investmentUsd&limit=3&page=2');
      const firstIds = byInvestment.body.items.map((p: { id: string }) => p.id);
      expect(page2.body.items.some((p: { id: string }) => firstIds.includes(p.id))).toBe(false);
    });

    it('refuses bad filters, each named', async () => {
      const res = await t
        .anonymous()
        .get('/api/parks?country=Cambodia&sector=mining&status=open&sort=random&limit=500');
      expect(res.status).toBe(400);
      expect(fields(res).sort()).toEqual(['country', 'limit', 'sector', 'sort', 'status']);
    });

    it('computes the headline figures and parks per country from the data', async () => {
      const stats = await t.anonymous().get('/api/parks/stats');
      expect(stats.status).toBe(200);
      expect(stats.body).toMatchObject({
        parks: 8,
        hostCountries: 8,
        enterprises: 350,
        investmentUsd: '4670000000.00',
        localJobs: 68800,
      });
      expect(stats.body.byCountry).toHaveLength(8);
      expect(stats.body.byCountry[0]).toEqual({ country: 'AE', parks: 1 });
    });

    it('gives the map the markers of the filtered parks', async () => {
      const map = await t.anonymous().get('/api/parks/map?country=AE');
      expect(map.status).toBe(200);
      expect(map.body).toEqual([
        expect.objectContaining({ country: 'AE', latitude: 24.8, longitude: 54.65, investmentUsd: '1250000000.00' }),
      ]);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      expect((await t.anonymous().get(`/api/parks/${UNKNOWN_ID}`)).status).toBe(404);
      expect((await t.anonymous().get('/api/parks/not-a-uuid')).status).toBe(404);
    });
  });

  describe('create', () => {
    it('lets an operator add a park to its own organization, with exact money, audited', async () => {
      const before = await auditCount(t);
      const res = await operator.post('/api/parks', validPark);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        organizationId: ORG.ssez,
        investmentUsd: '12345678901234.56',
        latitude: 11.5564,
        areaKm2: 2.5,
        version: 1,
      });
      expect(await auditCount(t)).toBe(before + 1);
      const [event] = (await t.db.dataSource.query(`SELECT action, changes FROM audit_events WHERE entity_id = $1`, [
        res.body.id,
      ])) as {
        action: string;
        changes: Record<string, { after: unknown }>;
      }[];
      expect(event.action).toBe('park.create');
      expect(event.changes.investmentUsd.after).toBe('12345678901234.56');
    });

    it('refuses an operator creating a park for another organization (403) and writes nothing', async () => {
      const before = await auditCount(t);
      const res = await operator.post('/api/parks', { ...validPark, organizationId: ORG.indonesia });
      expect(res.status).toBe(403);
      expect(await auditCount(t)).toBe(before);
      const count = (await t.anonymous().get(`/api/parks?organizationId=${ORG.indonesia}`)).body.total;
      expect(count).toBe(1);
    });

    it('refuses organizations that run no parks, and visitors', async () => {
      expect((await banker.post('/api/parks', validPark)).status).toBe(403);
      const anon = await t.anonymous().post('/api/parks', validPark);
      expect(anon.status).toBe(401);
      const notOperator = await secretariat.post('/api/parks', { ...validPark, organizationId: ORG.bankOfJiangsu });
      expect(notOperator.status).toBe(422);
      expect(fields(notOperator)).toEqual(['organizationId']);
      const noOrg = await secretariat.post('/api/parks', validPark);
      expect(noOrg.status).toBe(422);
      expect(fields(noOrg)).toEqual(['organizationId']);
    });

    it('validates every field and names each bad one', async () => {
      const res = await operator.post('/api/parks', {
        nameEn: '',
        country: 'Cambodia',
        latitude: 91,
        longitude: -181,
        establishedYear: new Date().getFullYear() + 1,
        areaKm2: -1,
        sectors: ['textiles_garments', 'mining'],
        status: 'open',
        enterpriseCount: 1.5,
        investmentUsd: 1000,
        localJobs: -3,
        contactEmail: 'not-an-email',
        contactPhone: 'call me',
        unknown: 'x',
      });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect([...new Set(fields(res))].sort()).toEqual(
        [
          'areaKm2',
          'contactEmail',
          'contactPhone',
          'country',
          'enterpriseCount',
          'establishedYear',
          'investmentUsd',
          'latitude',
          'localJobs',
          'longitude',
          'sectors',
          'status',
          'unknown',
        ].sort(),
      );
      // An empty name is no name; without the other language the park is refused.
      const nameless = await operator.post('/api/parks', { ...validPark, nameEn: '', nameZh: undefined });
      expect(nameless.status).toBe(422);
      expect(fields(nameless)).toEqual(['nameEn']);
      const tooPrecise = await operator.post('/api/parks', { ...validPark, investmentUsd: '1.234' });
      expect(fields(tooPrecise)).toEqual(['investmentUsd']);
      const early = await operator.post('/api/parks', { ...validPark, establishedYear: 1949 });
      expect(fields(early)).toEqual(['establishedYear']);
    });
  });

  describe('update', () => {
    it('lets the operator edit its own park, audited with before and after', async () => {
      const res = await operator.patch(`/api/parks/${SSEZ_PARK}`, {
        enterpriseCount: 180,
        nameZh: '西哈努克港经济特区',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        enterpriseCount: 180,
        nameZh: '西哈努克港经济特区',
        nameEn: 'Sihanoukville Special Economic Zone',
        version: 2,
      });
      const [event] = (await t.db.dataSource.query(
        `SELECT changes FROM audit_events WHERE entity_id = $1 AND action = 'park.update' ORDER BY occurred_at DESC LIMIT 1`,
        [SSEZ_PARK],
      )) as { changes: Record<string, { before: unknown; after: unknown }> }[];
      expect(event.changes).toEqual({
        enterpriseCount: { before: 175, after: 180 },
        nameZh: { before: '柬埔寨西哈努克港经济特区', after: '西哈努克港经济特区' },
      });
    });

    it("answers 404 when an operator edits another organization's park, and changes nothing", async () => {
      const before = await auditCount(t);
      const res = await operator2.patch(`/api/parks/${SSEZ_PARK}`, { enterpriseCount: 1 });
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('NOT_FOUND');
      expect((await t.anonymous().get(`/api/parks/${SSEZ_PARK}`)).body.enterpriseCount).toBe(180);
      expect(await auditCount(t)).toBe(before);
      expect((await banker.patch(`/api/parks/${SSEZ_PARK}`, { enterpriseCount: 1 })).status).toBe(403);
    });

    it('lets the secretariat edit any park; clears a field with null; refuses removing both names', async () => {
      const res = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, { city: null, localJobs: 9000 });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ city: null, localJobs: 9000 });
      const nameless = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, { nameEn: null, nameZh: null });
      expect(nameless.status).toBe(422);
    });

    it('refuses null for the fields that cannot be empty (400 naming each), and clears the ones that can', async () => {
      const res = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, {
        country: null,
        status: null,
        sectors: null,
      });
      expect(res.status).toBe(400);
      expect([...new Set(fields(res))].sort()).toEqual(['country', 'sectors', 'status']);
      const create = await operator.post('/api/parks', { ...validPark, status: null, sectors: null });
      expect(create.status).toBe(400);
      expect([...new Set(fields(create))].sort()).toEqual(['sectors', 'status']);
      const cleared = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, { contactEmail: null, areaKm2: null });
      expect(cleared.status).toBe(200);
      expect(cleared.body).toMatchObject({ areaKm2: null, contact: { contactEmail: null } });
    });

    it('needs both coordinates or neither (422)', async () => {
      const one = await operator.post('/api/parks', { ...validPark, longitude: undefined });
      expect(one.status).toBe(422);
      expect(fields(one)).toEqual(['longitude']);
      const removeOne = await secretariat.patch(`/api/parks/${SSEZ_PARK}`, { latitude: null });
      expect(removeOne.status).toBe(422);
      const removeBoth = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, { latitude: null, longitude: null });
      expect(removeBoth.status).toBe(200);
      expect((await t.anonymous().get('/api/parks/map?country=ID')).body).toEqual([]);
    });

    it('refuses a stale version with 409 and keeps the newer data', async () => {
      const current = (await t.anonymous().get(`/api/parks/${INDONESIA_PARK}`)).body;
      const stale = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, {
        localJobs: 1,
        version: current.version - 1,
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error).toBe('CONFLICT');
      const fresh = await secretariat.patch(`/api/parks/${INDONESIA_PARK}`, {
        localJobs: 9100,
        version: current.version,
      });
      expect(fresh.status).toBe(200);
    });
  });

  describe('suspension and withdrawal', () => {
    it("hides a suspended organization's parks from the public directory and the figures, and shows them again on reinstatement", async () => {
      const statsBefore = (await t.anonymous().get('/api/parks/stats')).body;
      expect(
        (await secretariat.post(`/api/organizations/${ORG.egypt}/suspend`, { reason: 'Unpaid dues (test)' })).status,
      ).toBe(200);
      const egyptPark = (await secretariat.get(`/api/parks?organizationId=${ORG.egypt}`)).body.items[0];
      expect(egyptPark).toBeDefined(); // the secretariat still sees it
      expect((await t.anonymous().get(`/api/parks/${egyptPark.id}`)).status).toBe(404);
      expect((await banker.get(`/api/parks?organizationId=${ORG.egypt}`)).body.total).toBe(0);
      expect((await t.anonymous().get(`/api/organizations/${ORG.egypt}`)).status).toBe(404);
      expect((await t.anonymous().get('/api/parks/stats')).body.parks).toBe(statsBefore.parks - 1);

      expect(
        (await secretariat.post(`/api/organizations/${ORG.egypt}/reinstate`, { reason: 'Paid (test)' })).status,
      ).toBe(200);
      expect((await t.anonymous().get(`/api/parks/${egyptPark.id}`)).status).toBe(200);
    });

    it("keeps a withdrawn organization's parks read-only", async () => {
      const tz = (await secretariat.get(`/api/parks?organizationId=${ORG.tanzania}`)).body.items[0];
      expect(
        (await secretariat.post(`/api/organizations/${ORG.tanzania}/withdraw`, { reason: 'Left the alliance (test)' }))
          .status,
      ).toBe(200);
      const edit = await secretariat.patch(`/api/parks/${tz.id}`, { localJobs: 1 });
      expect(edit.status).toBe(422);
      const add = await secretariat.post('/api/parks', { ...validPark, organizationId: ORG.tanzania });
      expect(add.status).toBe(422);
    });
  });
});
