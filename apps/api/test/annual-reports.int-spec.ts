import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/bootstrap';
import { openDatabase, type DatabaseHandle } from '../src/common/database/database';
import { createLogger } from '../src/common/logging/logger';
import { AnnualReportJobsService } from '../src/modules/annual-reports/annual-report-jobs.service';
import { JobRunner } from '../src/modules/jobs/job-runner.service';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { ResultsService } from '../src/modules/results/results.service';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const TZ = 'Asia/Shanghai';
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric' }).format(new Date()));
const UNKNOWN = '00000000-0000-4000-8000-00000000dead';

/** The body of a binary answer. */
const binary = (req: ReturnType<HttpClient['get']>) =>
  req.buffer(true).parse((response, callback) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  });

/** The text of a PDF, read back by poppler's pdftotext, its runs of white space made single spaces. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'annual-report-')), 'report.pdf');
  fs.writeFileSync(file, pdf);
  // -raw: in the order the page writes it, each figure's number before its name.
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']).toString('utf8').replace(/\s+/g, ' ');
}

interface ReportRow {
  id: string;
  status: string;
  attempts: number;
  storage_key: string | null;
  error: string | null;
}

describe('annual reports', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient;
  let banker: HttpClient;
  const runner = () => t.app.get(JobRunner);
  const rowOf = async (id: string) =>
    ((await t.db.dataSource.query('SELECT * FROM annual_reports WHERE id = $1', [id])) as ReportRow[])[0];
  /** Files the reports left in the file storage. */
  const storedFiles = () => {
    const root = path.join(t.config.dataDir, 'files', 'annual-reports');
    return fs.existsSync(root)
      ? fs.readdirSync(root, { recursive: true }).filter((f) => String(f).endsWith('.pdf'))
      : [];
  };
  /** Queues a report straight in the table (no request, so no runner is asked to run). */
  const queue = async (year: number, language: 'en' | 'zh') =>
    (
      (await t.db.dataSource.query(
        `INSERT INTO annual_reports (year, language, requested_by_user_id)
         SELECT $1, $2, id FROM users WHERE email = 'secretariat@example.org' RETURNING id`,
        [year, language],
      )) as { id: string }[]
    )[0].id;
  /** Finishes what is queued, and waits for anything a request asked to run. */
  const settle = async () => {
    await runner().whenIdle();
    await t.app.get(AnnualReportJobsService).generatePending();
  };

  beforeAll(async () => {
    t = await createTestApp({ ALLIANCE_TIME_ZONE: TZ });
    secretariat = await t.signIn('secretariat@example.org');
    operator = await t.signIn('operator@example.org');
    banker = await t.signIn('banker@example.org');
  });
  afterAll(async () => t.close());
  afterEach(async () => {
    jest.restoreAllMocks();
    await settle();
  });

  it('is asked for by the secretariat, written by the job runner with its progress, and downloaded in Chinese with the year’s figures', async () => {
    const asked = await secretariat.post('/api/annual-reports', { year: YEAR, language: 'zh' });
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ year: YEAR, language: 'zh', status: 'queued', progress: 0, step: 'queued' });
    expect(asked.body.requestedBy).toMatchObject({ name: expect.any(String) });
    expect(asked.body.file).toBeNull();

    await runner().whenIdle();
    const done = await secretariat.get(`/api/annual-reports/${asked.body.id}`);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', progress: 100, step: 'done', error: null });
    expect(done.body.file).toEqual({
      fileName: `alliance-annual-report-${YEAR}-zh.pdf`,
      sizeBytes: expect.any(Number),
    });
    expect(done.body.finishedAt).toEqual(expect.any(String));

    const file = await binary(secretariat.get(`/api/annual-reports/${asked.body.id}/file`));
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain(`alliance-annual-report-${YEAR}-zh.pdf`);
    const pdf = file.body as Buffer;
    expect(pdf.length).toBe(done.body.file.sizeBytes);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('江苏境外园区高质量发展联盟');
    expect(text).toContain(`${YEAR}年度报告`);
    expect(text).toContain('合作协议及服务使用情况');
    expect(text).toContain('关于共同推动江苏境外园区高质量发展的倡议书');

    // The year's figures: as ResultsService computes them, and as counted here from the tables.
    const results = await t.app.get(ResultsService).compute({ from: `${YEAR}-01-01`, to: `${YEAR}-12-31` });
    const [{ n: serviceRequests }] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM service_requests WHERE extract(year FROM created_at AT TIME ZONE $1) = $2`,
      [TZ, YEAR],
    )) as { n: number }[];
    expect(results.services.reduce((s, r) => s + r.requests, 0)).toBe(serviceRequests);
    expect(serviceRequests).toBeGreaterThan(0);
    expect(text).toContain(`${serviceRequests} 协议服务申请`);
    const [{ n: parks, countries }] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n, count(DISTINCT p.country)::int AS countries
         FROM parks p JOIN organizations o ON o.id = p.organization_id WHERE o.status = 'active'`,
    )) as { n: number; countries: number }[];
    expect(text).toContain(`${parks} 成员单位园区`);
    expect(text).toContain(`${countries} 东道国`);
    const [{ n: activeMembers }] = (await t.db.dataSource.query(
      `SELECT count(*)::int AS n FROM organizations WHERE status = 'active' AND type <> 'secretariat'`,
    )) as { n: number }[];
    expect(text).toContain(`${activeMembers} 年末正常状态成员单位`);

    // Downloaded again later, the same file; the requester was told.
    const again = await binary(secretariat.get(`/api/annual-reports/${asked.body.id}/file`));
    expect(Buffer.compare(again.body as Buffer, pdf)).toBe(0);
    const notifications = await secretariat.get('/api/notifications');
    expect(notifications.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'annual_report_ready',
          recordId: asked.body.id,
          link: `/admin/annual-reports?report=${asked.body.id}`,
          titleZh: `${YEAR}年度报告（中文）`,
        }),
      ]),
    );
    const audit = await secretariat.get(`/api/audit?entityType=AnnualReport`);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['annual_report.request', 'annual_report.generate']),
    );
  });

  it('writes English too, with the English title and the Chinese one beneath', async () => {
    const asked = await secretariat.post('/api/annual-reports', { year: YEAR, language: 'en' });
    expect(asked.status).toBe(202);
    await runner().whenIdle();
    const text = pdfText((await binary(secretariat.get(`/api/annual-reports/${asked.body.id}/file`))).body as Buffer);
    expect(text).toContain('Jiangsu Overseas Park High-Quality Development Alliance');
    expect(text).toContain(`Annual Report ${YEAR}`);
    expect(text).toContain(`${YEAR}年度报告`);
    expect(text).toContain('Partner agreements and their uptake');
    expect(text).toContain('Initiative on Jointly Promoting the High-Quality Development of Jiangsu Overseas Parks');
  });

  it('lists the reports newest first, paginated, for the secretariat only', async () => {
    const list = await secretariat.get('/api/annual-reports?limit=1');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ page: 1, limit: 1 });
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    expect(list.body.items).toHaveLength(1);
    expect((await secretariat.get('/api/annual-reports?limit=101')).status).toBe(400);
    for (const member of [operator, banker]) expect((await member.get('/api/annual-reports')).status).toBe(403);
    expect((await t.anonymous().get('/api/annual-reports')).status).toBe(401);
  });

  it('refuses members (403), visitors (401), unknown ids (404) and a file not written yet (422)', async () => {
    const [report] = (await secretariat.get('/api/annual-reports')).body.items as { id: string }[];
    for (const member of [operator, banker]) {
      expect((await member.post('/api/annual-reports', { year: YEAR, language: 'en' })).status).toBe(403);
      expect((await member.get(`/api/annual-reports/${report.id}`)).status).toBe(403);
      expect((await member.get(`/api/annual-reports/${report.id}/file`)).status).toBe(403);
    }
    expect((await t.anonymous().get(`/api/annual-reports/${report.id}/file`)).status).toBe(401);
    expect((await secretariat.get(`/api/annual-reports/${UNKNOWN}`)).status).toBe(404);
    expect((await secretariat.get(`/api/annual-reports/${UNKNOWN}/file`)).status).toBe(404);
    expect((await secretariat.get('/api/annual-reports/not-an-id/file')).status).toBe(404);

    const queued = await queue(2022, 'zh');
    const early = await secretariat.get(`/api/annual-reports/${queued}/file`);
    expect(early.status).toBe(422);
    expect(early.body.details).toEqual([
      expect.objectContaining({ field: 'id', constraint: 'ANNUAL_REPORT_NOT_READY' }),
    ]);
  });

  it('takes a year of the alliance’s life so far in English or Chinese, and says what is wrong otherwise', async () => {
    const before = (await secretariat.get('/api/annual-reports')).body.total as number;
    for (const year of [2019, YEAR + 1]) {
      const res = await secretariat.post('/api/annual-reports', { year, language: 'en' });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([
        expect.objectContaining({ field: 'year', constraint: 'ANNUAL_REPORT_YEAR_OUT_OF_RANGE' }),
      ]);
    }
    for (const [body, field] of [
      [{ year: '2024', language: 'en' }, 'year'],
      [{ year: 2024.5, language: 'en' }, 'year'],
      [{ year: 99999, language: 'en' }, 'year'],
      [{ language: 'en' }, 'year'],
      [{ year: 2024, language: 'fr' }, 'language'],
      [{ year: 2024 }, 'language'],
      [{ year: 2024, language: 'en', extra: true }, 'extra'],
    ] as const) {
      const res = await secretariat.post('/api/annual-reports', body);
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('VALIDATION_FAILED');
      expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect((await secretariat.get('/api/annual-reports')).body.total).toBe(before);
  });

  it('refuses a second report of a year and language while one is queued or running (409), not once it is done', async () => {
    const id = await queue(2023, 'en');
    const twice = await secretariat.post('/api/annual-reports', { year: 2023, language: 'en' });
    expect(twice.status).toBe(409);
    expect(twice.body.details).toEqual([expect.objectContaining({ field: 'year' })]);
    // The other language is another report.
    expect((await secretariat.post('/api/annual-reports', { year: 2023, language: 'zh' })).status).toBe(202);
    await settle();
    expect((await rowOf(id)).status).toBe('done');
    expect((await secretariat.post('/api/annual-reports', { year: 2023, language: 'en' })).status).toBe(202);
  });

  it('never has two job runners write the same report: each report once, by one of them', async () => {
    const own = t.db.driver === 'postgres' ? await openDatabase(t.config) : null;
    const db: DatabaseHandle = own ?? { ...t.db, close: async () => undefined };
    const other: NestFastifyApplication = await createApp(t.config, db, createLogger('silent'));
    await other.init();
    try {
      const ids = [await queue(2020, 'en'), await queue(2020, 'zh'), await queue(2021, 'en'), await queue(2021, 'zh')];
      const filesBefore = storedFiles().length;
      const [a, b] = await Promise.all([
        t.app.get(AnnualReportJobsService).generatePending(),
        other.get(AnnualReportJobsService).generatePending(),
      ]);
      expect(a + b).toBe(ids.length);
      for (const id of ids) {
        const row = await rowOf(id);
        expect(row).toMatchObject({ status: 'done', attempts: 1 });
      }
      const generated = (await t.db.dataSource.query(
        `SELECT entity_id, count(*)::int AS n FROM audit_events
          WHERE action = 'annual_report.generate' AND entity_id = ANY($1) GROUP BY entity_id`,
        [ids],
      )) as { n: number }[];
      expect(generated.map((g) => g.n)).toEqual([1, 1, 1, 1]);
      const told = (await t.db.dataSource.query(
        `SELECT count(*)::int AS n FROM notifications WHERE type = 'annual_report_ready' AND record_id = ANY($1)`,
        [ids],
      )) as { n: number }[];
      expect(told[0].n).toBe(ids.length);
      expect(storedFiles().length).toBe(filesBefore + ids.length);
    } finally {
      await other.close();
    }
  });

  it('marks a report failed with its reason when writing it fails, keeps no file, and tells the requester', async () => {
    jest.spyOn(t.app.get(ResultsService), 'compute').mockRejectedValueOnce(new Error('the results are unreachable'));
    const asked = await secretariat.post('/api/annual-reports', { year: 2024, language: 'en' });
    expect(asked.status).toBe(202);
    await runner().whenIdle();
    const failed = await secretariat.get(`/api/annual-reports/${asked.body.id}`);
    expect(failed.body).toMatchObject({ status: 'failed', file: null, error: 'figures: the results are unreachable' });
    expect((await rowOf(asked.body.id)).storage_key).toBeNull();
    expect((await secretariat.get(`/api/annual-reports/${asked.body.id}/file`)).status).toBe(422);
    const told = await secretariat.get('/api/notifications');
    expect(told.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'annual_report_failed', recordId: asked.body.id })]),
    );
    // A failed report does not block asking again.
    expect((await secretariat.post('/api/annual-reports', { year: 2024, language: 'en' })).status).toBe(202);
  });

  it('leaves nothing half-made: a failure after the file was stored deletes the file', async () => {
    const filesBefore = storedFiles().length;
    const notify = t.app.get(NotificationsService);
    const original = notify.notifyUser.bind(notify);
    // The last step (done, audited, the requester told) fails once, after the PDF was stored.
    jest
      .spyOn(notify, 'notifyUser')
      .mockImplementationOnce(() => Promise.reject(new Error('the notification could not be written')))
      .mockImplementation(original);
    const id = await queue(2022, 'en');
    await t.app.get(AnnualReportJobsService).generatePending();
    const row = await rowOf(id);
    expect(row).toMatchObject({ status: 'failed', storage_key: null });
    expect(row.error).toBe('storing: the notification could not be written');
    expect(storedFiles().length).toBe(filesBefore);
  });

  it('takes over a report whose runner went silent, and writes it once', async () => {
    const id = await queue(2025 <= YEAR ? 2025 : YEAR, 'zh');
    await t.db.dataSource.query(
      `UPDATE annual_reports SET status = 'running', claimed_by = 'a-stopped-replica', attempts = 1,
              heartbeat_at = now() - interval '10 minutes', step = 'charts', progress = 60 WHERE id = $1`,
      [id],
    );
    // A runner that is merely slow keeps its report.
    const busy = await queue(2020, 'en');
    await t.db.dataSource.query(
      `UPDATE annual_reports SET status = 'running', claimed_by = 'a-busy-replica', attempts = 1, heartbeat_at = now() WHERE id = $1`,
      [busy],
    );
    await t.app.get(AnnualReportJobsService).generatePending();
    expect(await rowOf(id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await rowOf(busy)).toMatchObject({ status: 'running', attempts: 1 });
    await t.db.dataSource.query(`UPDATE annual_reports SET status = 'failed', claimed_by = NULL WHERE id = $1`, [busy]);
  });
});
