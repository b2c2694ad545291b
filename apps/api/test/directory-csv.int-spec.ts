import {
  ORGANIZATION_CSV_COLUMNS,
  ORGANIZATION_CSV_HEADERS,
  PARK_CSV_COLUMNS,
  PARK_CSV_HEADERS,
  csvCode,
  csvHeaders,
  type Bilingual,
} from '@alliance/contracts';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { auditCount, fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A CSV download as raw bytes, so the byte-order mark and the UTF-8 encoding are checked as a spreadsheet sees them. */
async function download(client: HttpClient, url: string) {
  const res = await client.agent
    .get(url)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  return { res, bytes: res.body as Buffer };
}

function upload(client: HttpClient, csv: string | Buffer, name = 'parks.csv') {
  return client.agent
    .post('/api/parks/import')
    .set('X-Requested-With', 'XMLHttpRequest')
    .attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: name, contentType: 'text/csv' });
}

/** The rows of an export keyed by column code, whichever language its headers are in. */
function rowsOf(bytes: Buffer, headers: Record<string, Bilingual> = PARK_CSV_HEADERS): Record<string, string>[] {
  return parse(bytes, {
    columns: (names: string[]) => names.map((n) => csvCode(headers, n) ?? n),
    bom: true,
  }) as Record<string, string>[];
}

async function parkCount(t: TestApp): Promise<number> {
  const [row] = (await t.db.dataSource.query('SELECT count(*)::int AS n FROM parks')) as { n: number }[];
  return Number(row.n);
}

const newRow = (override: Record<string, string> = {}) => ({
  organizationId: ORG.ssez,
  nameEn: 'Kampot Agro Park',
  nameZh: '贡布农业园',
  country: 'KH',
  city: 'Kampot',
  latitude: '10.61',
  longitude: '104.18',
  establishedYear: '2022',
  sectors: 'agriculture_food;logistics_warehousing',
  status: 'planning',
  investmentUsd: '25000000.00',
  ...override,
});

describe('directory CSV export and import', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it('exports the filtered parks as UTF-8 CSV with a byte-order mark, Chinese intact, in the import columns, labelled in the reader’s language', async () => {
    const { res, bytes } = await download(secretariat, '/api/parks/export?country=KH');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="parks-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(csvHeaders(PARK_CSV_HEADERS, PARK_CSV_COLUMNS, 'en').join(','));
    expect(text.split('\r\n')[0]).toMatch(
      /^Park ID,Operator ID,Operator name,Name \(English\),Name \(Chinese\),Host country \(ISO code\),/,
    );
    const rows = rowsOf(bytes);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: SSEZ_PARK,
      nameZh: '柬埔寨西哈努克港经济特区',
      sectors: 'Textiles and garments; Machinery and equipment; Electronics',
      status: 'Operating',
    });
  });

  it('writes the headers and labels of the language asked for, and such a file imports again unchanged', async () => {
    const before = (await secretariat.get(`/api/parks/${SSEZ_PARK}`)).body;
    const { bytes } = await download(secretariat, '/api/parks/export?country=KH&lang=zh');
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(csvHeaders(PARK_CSV_HEADERS, PARK_CSV_COLUMNS, 'zh').join(','));
    expect(rowsOf(bytes)[0]).toMatchObject({ status: '运营中', sectors: '纺织服装; 机械装备; 电子' });
    expect(fields(await secretariat.get('/api/parks/export?lang=fr'))).toEqual(['lang']);

    const res = await upload(secretariat, bytes);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 1, updated: 1, created: 0 });
    const after = (await secretariat.get(`/api/parks/${SSEZ_PARK}`)).body;
    expect(after).toEqual({ ...before, version: before.version + 1, updatedAt: expect.any(String) });
  });

  it('imports a status or sector in either language or as a code, and names one that is none of them', async () => {
    const mixed = stringify(
      [
        newRow({
          organizationId: ORG.indonesia,
          nameEn: 'Label park',
          status: '建设中',
          sectors: 'Logistics and warehousing；农业及食品加工;trade',
        }),
      ],
      { header: true },
    );
    const res = await upload(secretariat, mixed);
    expect(res.status).toBe(200);
    const [park] = (await secretariat.get(`/api/parks?q=${encodeURIComponent('Label park')}`)).body.items;
    expect(park).toMatchObject({
      status: 'under_construction',
      sectors: ['logistics_warehousing', 'agriculture_food', 'trade'],
    });
    const wrong = await upload(secretariat, stringify([newRow({ status: 'Finished' })], { header: true }));
    expect(wrong.status).toBe(422);
    expect(wrong.body.details).toEqual([expect.objectContaining({ row: 2, field: 'status' })]);
  });

  it('exports organizations with their parks, Chinese intact', async () => {
    const { res, bytes } = await download(secretariat, '/api/organizations/export?type=park_operator');
    expect(res.status).toBe(200);
    expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      csvHeaders(ORGANIZATION_CSV_HEADERS, ORGANIZATION_CSV_COLUMNS, 'en').join(','),
    );
    const rows = rowsOf(bytes, ORGANIZATION_CSV_HEADERS);
    const ssez = rows.find((r) => r.id === ORG.ssez);
    expect(ssez).toMatchObject({
      nameZh: '西哈努克港经济特区有限公司',
      status: 'Active',
      foundingMember: 'Yes',
      parks: 'Sihanoukville Special Economic Zone',
    });
    expect(rows.every((r) => r.type === 'Park operator')).toBe(true);
    const zh = rowsOf(
      (await download(secretariat, '/api/organizations/export?type=park_operator&lang=zh')).bytes,
      ORGANIZATION_CSV_HEADERS,
    );
    expect(zh.find((r) => r.id === ORG.ssez)).toMatchObject({
      type: '园区运营方',
      status: '正常',
      foundingMember: '是',
    });
  });

  it('exports in the order of the list it was asked for', async () => {
    const { res, bytes } = await download(secretariat, '/api/parks/export?sort=-investmentUsd');
    expect(res.status).toBe(200);
    const amounts = rowsOf(bytes).map((r) => Number(r.investmentUsd || 0));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('keeps exports and imports to the secretariat', async () => {
    expect((await operator.get('/api/parks/export')).status).toBe(403);
    expect((await operator.get('/api/organizations/export')).status).toBe(403);
    expect((await t.anonymous().get('/api/parks/export')).status).toBe(401);
    expect((await upload(operator, 'organizationId,country\n')).status).toBe(403);
  });

  it('round-trips: an export edited and imported again updates the parks and loses nothing', async () => {
    const before = (await secretariat.get(`/api/parks/${SSEZ_PARK}`)).body;
    const { bytes } = await download(secretariat, '/api/parks/export');
    const rows = rowsOf(bytes);
    const edited = rows.map((r) =>
      r.id === SSEZ_PARK ? { ...r, nameZh: '西港特区（导入更新）', localJobs: '31000' } : r,
    );
    const csv = Buffer.concat([BOM, Buffer.from(stringify(edited, { header: true, columns: [...PARK_CSV_COLUMNS] }))]);

    const res = await upload(secretariat, csv);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ rows: rows.length, created: 0, updated: rows.length, problems: [] });
    const after = (await secretariat.get(`/api/parks/${SSEZ_PARK}`)).body;
    expect(after).toEqual({
      ...before,
      nameZh: '西港特区（导入更新）',
      localJobs: 31000,
      version: before.version + 1,
      updatedAt: expect.any(String),
    });
  });

  it('imports new parks from a file written by hand (no id column), audited per park', async () => {
    const [count, audits] = [await parkCount(t), await auditCount(t)];
    const csv = stringify(
      [newRow(), newRow({ nameEn: 'Koh Kong Port Park', nameZh: '国公港口园', city: 'Koh Kong', sectors: 'trade' })],
      { header: true },
    );
    const res = await upload(secretariat, csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 2, created: 2, updated: 0 });
    expect(await parkCount(t)).toBe(count + 2);
    expect(await auditCount(t)).toBe(audits + 2);
    const found = await t.anonymous().get(`/api/parks?q=${encodeURIComponent('贡布')}`);
    expect(found.body.items[0]).toMatchObject({
      nameEn: 'Kampot Agro Park',
      investmentUsd: '25000000.00',
      latitude: 10.61,
      sectors: ['agriculture_food', 'logistics_warehousing'],
    });
  });

  it('writes nothing when one row is bad, and reports that row, field and problem', async () => {
    const [count, audits] = [await parkCount(t), await auditCount(t)];
    const csv = stringify(
      [
        newRow({ nameEn: 'Good one' }),
        newRow({ nameEn: 'Bad one', country: 'XX', latitude: 'north' }),
        newRow({ nameEn: 'Good two' }),
      ],
      { header: true },
    );
    const res = await upload(secretariat, csv);
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('IMPORT_INVALID');
    expect(res.body.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`).sort()).toEqual([
      '3:country',
      '3:latitude',
    ]);
    // "north" is reported as not a number, not as out of range.
    expect(res.body.details.find((d: { field: string }) => d.field === 'latitude').constraint).toBe('isNumber');
    expect(await parkCount(t)).toBe(count);
    expect(await auditCount(t)).toBe(audits);
  });

  it('clears a field whose cell is emptied on an update row', async () => {
    const { bytes } = await download(secretariat, '/api/parks/export?country=KH');
    const rows = rowsOf(bytes).map((r) => (r.id === SSEZ_PARK ? { ...r, city: '', areaKm2: '' } : r));
    const res = await upload(secretariat, stringify(rows, { header: true, columns: [...PARK_CSV_COLUMNS] }));
    expect(res.status).toBe(200);
    expect((await secretariat.get(`/api/parks/${SSEZ_PARK}`)).body).toMatchObject({ city: null, areaKm2: null });
  });

  it('reports the line where a record starts, also after cells that span lines', async () => {
    const csv = stringify(
      [
        newRow({ nameEn: 'Two-line description', descriptionEn: 'First line\nsecond line' } as Record<string, string>),
        newRow({ country: 'XX' }),
      ],
      { header: true },
    );
    const res = await upload(secretariat, csv);
    expect(res.status).toBe(422);
    expect(res.body.details).toEqual([
      expect.objectContaining({ row: 4, field: 'country', constraint: 'isCountryCode' }),
    ]);
  });

  it('reports unknown organizations, unknown ids, duplicates and unknown columns', async () => {
    const orgs = stringify(
      [
        newRow({ organizationId: '00000000-0000-4000-8000-00000000ffff' }),
        newRow({ organizationId: ORG.bankOfJiangsu }),
      ],
      { header: true },
    );
    const orgRes = await upload(secretariat, orgs);
    expect(orgRes.body.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual([
      '2:organizationId',
      '3:organizationId',
    ]);

    const ids = stringify(
      [
        { id: '00000000-0000-4000-8000-00000000fffe', ...newRow() },
        { id: SSEZ_PARK, ...newRow() },
        { id: SSEZ_PARK, ...newRow() },
      ],
      { header: true },
    );
    const idRes = await upload(secretariat, ids);
    expect(idRes.body.details.map((d: { row: number; field: string }) => `${d.row}:${d.field}`)).toEqual([
      '2:id',
      '4:id',
    ]);

    const columns = await upload(secretariat, 'organizationId,country,colour\n' + `${ORG.ssez},KH,blue\n`);
    expect(columns.status).toBe(422);
    expect(columns.body.details).toEqual([
      expect.objectContaining({ row: 1, field: 'colour', constraint: 'unknownColumn' }),
    ]);
    const twice = await upload(secretariat, 'organizationId,country,country,nameEn\n' + `${ORG.ssez},KH,VN,Twice\n`);
    expect(twice.body.details).toEqual([
      expect.objectContaining({ row: 1, field: 'country', constraint: 'duplicateColumn' }),
    ]);
    const half = await upload(secretariat, stringify([newRow({ longitude: '' })], { header: true }));
    expect(half.body.details).toEqual([
      expect.objectContaining({ row: 2, field: 'longitude', constraint: 'coordinatesPair' }),
    ]);

    const empty = await upload(secretariat, 'organizationId,country\n');
    expect(empty.body.details).toEqual([expect.objectContaining({ row: 1, field: 'file' })]);
    const broken = await upload(secretariat, 'organizationId,country\n"unterminated,KH\n');
    expect(broken.status).toBe(422);
    expect(fields(broken)).toEqual(['file']);
  });

  it('keeps formulas from running in spreadsheets, and restores the text on import', async () => {
    const created = await secretariat.post('/api/parks', {
      organizationId: ORG.ssez,
      nameEn: '=HYPERLINK("http://evil.example")',
      country: 'KH',
    });
    expect(created.status).toBe(201);
    const { bytes } = await download(secretariat, `/api/parks/export?q=${encodeURIComponent('HYPERLINK')}`);
    const [row] = rowsOf(bytes);
    expect(row.nameEn).toBe(`'=HYPERLINK("http://evil.example")`);
    const res = await upload(secretariat, stringify([row], { header: true }));
    expect(res.status).toBe(200);
    expect((await secretariat.get(`/api/parks/${created.body.id}`)).body.nameEn).toBe(
      '=HYPERLINK("http://evil.example")',
    );
  });

  it('refuses a missing file (400) and a file over 5 MB (413)', async () => {
    const none = await secretariat.agent
      .post('/api/parks/import')
      .set('X-Requested-With', 'XMLHttpRequest')
      .field('note', 'x');
    expect(none.status).toBe(400);
    expect(fields(none)).toEqual(['file']);
    const big = await upload(secretariat, Buffer.alloc(5 * 1024 * 1024 + 10, 'a'));
    expect(big.status).toBe(413);
    expect(big.body.error).toBe('PAYLOAD_TOO_LARGE');
  });
});
