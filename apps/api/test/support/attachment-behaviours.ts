import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { AttachmentsModule } from '../../src/modules/attachments/attachments.module';
import { AttachmentsService, ORPHANS_JOB } from '../../src/modules/attachments/attachments.service';
import { JobRunner } from '../../src/modules/jobs/job-runner.service';
import { FILE_STORAGE, type FileStorage } from '../../src/modules/attachments/file-storage';
import { fields } from '../helpers';
import type { OwnCluster } from './own-cluster';
import { createTestApp, type HttpClient, type TestApp } from './test-app';

/**
 * Where the API keeps files in a test: its settings for the app, and a look at the stored object
 * that does not go through the API (the folder itself, the bucket through its own client).
 */
export interface StorageUnderTest {
  name: string;
  env(): Record<string, string>;
  holds(t: TestApp, key: string): Promise<boolean>;
  /** The PostgreSQL cluster of the test file's own that its apps run on; the run's database without. */
  cluster?: OwnCluster;
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5b50000000049454e44ae426082',
  'hex',
);
/** A file big enough that holding it whole would show (the download test). */
const BIG = 32 * 2 ** 20;
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

export function upload(client: HttpClient, content: Buffer, name: string) {
  return client.agent
    .post('/api/attachments')
    .set('X-Requested-With', 'XMLHttpRequest')
    .attach('file', content, { filename: name, contentType: 'application/octet-stream' });
}

async function download(client: HttpClient, url: string) {
  return client.agent
    .get(url)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

async function attachmentRows(t: TestApp): Promise<number> {
  const [row] = (await t.db.dataSource.query('SELECT count(*)::int AS n FROM attachments')) as { n: number }[];
  return Number(row.n);
}

async function storageKey(t: TestApp, id: string): Promise<string> {
  const [row] = (await t.db.dataSource.query('SELECT storage_key FROM attachments WHERE id = $1', [id])) as {
    storage_key: string;
  }[];
  return row.storage_key;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The attachments' behaviours, the same for every storage (attachments.int-spec.ts on disk,
 * attachments-s3.int-spec.ts on an S3-compatible server): upload with sniffing and limits, who may
 * download, removal of uploads never attached, and downloads streamed from the storage.
 */
export function attachmentBehaviours(storage: StorageUnderTest): void {
  describe(`attachments (${storage.name})`, () => {
    let t: TestApp;
    let operator: HttpClient;
    let operator2: HttpClient;
    let banker: HttpClient;
    beforeAll(async () => {
      t = await createTestApp({ ...storage.env(), ATTACHMENT_MAX_BYTES: String(BIG + 1024) }, storage.cluster);
      [operator, operator2, banker] = await Promise.all([
        t.signIn('operator@example.org'),
        t.signIn('operator2@example.org'),
        t.signIn('banker@example.org'),
      ]);
    });
    afterAll(() => t.close());

    it('drops the bidirectional controls that would disguise a name (invoice\u202Egpj.pdf showing as a .jpg)', async () => {
      const res = await upload(operator, PDF, 'invoice\u202Egpj.pdf');
      expect(res.status).toBe(201);
      expect(res.body.fileName).toBe('invoicegpj.pdf');
      const isolated = await upload(operator, PDF, '\u2067report\u2069 \u200fQ3.pdf');
      expect(isolated.body.fileName).toBe('report Q3.pdf');
      const file = await download(operator, res.body.url);
      expect(file.headers['content-disposition']).toContain("filename*=UTF-8''invoicegpj.pdf");
    });

    it('stores a PDF with its sniffed type, sanitized name and SHA-256, and serves it back as an attachment', async () => {
      const res = await upload(operator, PDF, '../../园区 简介 <final>.pdf');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        fileName: '园区 简介 _final_.pdf',
        mimeType: 'application/pdf',
        sizeBytes: PDF.length,
        sha256: createHash('sha256').update(PDF).digest('hex'),
        url: `/api/attachments/${res.body.id}`,
      });
      const file = await download(operator, res.body.url);
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="__ __ _final_.pdf"; filename*=UTF-8''${encodeURIComponent('园区 简介 _final_.pdf')}`,
      );
      expect((file.body as Buffer).equals(PDF)).toBe(true);
    });

    it('refuses a file whose content is not what its name claims, or not an accepted kind (415), and stores nothing', async () => {
      const before = await attachmentRows(t);
      for (const [content, name] of [
        [PNG, 'report.pdf'],
        [EXE, 'setup.exe'],
        [EXE, 'invoice.pdf'],
        [Buffer.from('just text'), 'notes.pdf'],
        [PDF, 'no-extension'],
      ] as const) {
        const res = await upload(operator, content, name);
        expect(res.status).toBe(415);
        expect(res.body.error).toBe('UNSUPPORTED_FILE_TYPE');
      }
      expect((await upload(operator, PNG, 'map.PNG')).status).toBe(201);
      expect(await attachmentRows(t)).toBe(before + 1);
      const none = await operator.agent
        .post('/api/attachments')
        .set('X-Requested-With', 'XMLHttpRequest')
        .field('x', 'y');
      expect(none.status).toBe(400);
      expect(fields(none)).toEqual(['file']);
      expect(
        (
          await t
            .anonymous()
            .agent.post('/api/attachments')
            .set('X-Requested-With', 'XMLHttpRequest')
            .attach('file', PDF, 'a.pdf')
        ).status,
      ).toBe(401);
    });

    it('shows an unattached upload to its organization only', async () => {
      const res = await upload(operator, PDF, 'draft.pdf');
      expect((await download(operator, res.body.url)).status).toBe(200);
      expect((await download(banker, res.body.url)).status).toBe(404);
      expect((await download(t.anonymous(), res.body.url)).status).toBe(404);
    });

    it("gives an attachment its post's visibility: a members-only post's file is 404 to visitors, a draft's to other organizations", async () => {
      const file = (await upload(operator, PDF, 'members-brief.pdf')).body;
      const created = await operator.post('/api/posts', {
        kind: 'announcement',
        titleEn: 'Members-only brief',
        visibility: 'members',
        attachmentIds: [file.id],
      });
      expect(created.status).toBe(201);
      expect(created.body.attachments).toEqual([
        expect.objectContaining({ id: file.id, fileName: 'members-brief.pdf' }),
      ]);
      expect((await download(banker, file.url)).status).toBe(404); // still a draft
      await operator.post(`/api/posts/${created.body.id}/publish`);
      expect((await download(banker, file.url)).status).toBe(200);
      expect((await download(t.anonymous(), file.url)).status).toBe(404);
      expect((await banker.get(`/api/posts/${created.body.id}`)).body.attachments).toHaveLength(1);
    });

    it("refuses someone else's upload, another post's file, duplicates and more than ten (422/400), and replaces the list on update", async () => {
      const theirs = (await upload(operator2, PDF, 'theirs.pdf')).body;
      const steal = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'Steal',
        visibility: 'public',
        attachmentIds: [theirs.id],
      });
      expect(steal.status).toBe(422);
      expect(fields(steal)).toEqual(['attachmentIds']);

      const a = (await upload(operator, PDF, 'a.pdf')).body;
      const b = (await upload(operator, PNG, 'b.png')).body;
      const twice = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'Twice',
        visibility: 'public',
        attachmentIds: [a.id, a.id],
      });
      expect(twice.status).toBe(422);
      const eleven = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'Eleven',
        visibility: 'public',
        attachmentIds: Array.from({ length: 11 }, () => a.id),
      });
      expect(eleven.status).toBe(400);
      expect(fields(eleven)).toContain('attachmentIds');

      const post = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'With files',
        visibility: 'public',
        attachmentIds: [a.id, b.id],
      });
      expect(post.body.attachments.map((x: { id: string }) => x.id)).toEqual([a.id, b.id]);
      const other = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'Other',
        visibility: 'public',
        attachmentIds: [a.id],
      });
      expect(other.status).toBe(422);
      const reordered = await operator.patch(`/api/posts/${post.body.id}`, { attachmentIds: [b.id] });
      expect(reordered.status).toBe(200);
      expect(reordered.body.attachments.map((x: { id: string }) => x.id)).toEqual([b.id]);
    });

    it('keeps the file in the storage, where every replica reads it', async () => {
      const res = await upload(operator, PNG, 'kept.png');
      expect(res.status).toBe(201);
      expect(await storage.holds(t, await storageKey(t, res.body.id))).toBe(true);
    });

    it('removes uploads never attached to a record after 24 hours, with their stored files; keeps younger ones and attached or detached files', async () => {
      const [old, young, attached, detached, shared] = await Promise.all(
        ['old.pdf', 'young.pdf', 'attached.pdf', 'detached.pdf', 'shared.pdf'].map(
          async (name) => (await upload(operator, PDF, name)).body as { id: string; url: string },
        ),
      );
      const post = await operator.post('/api/posts', {
        kind: 'news',
        titleEn: 'Files kept',
        visibility: 'public',
        attachmentIds: [attached.id, detached.id],
      });
      expect(post.status).toBe(201);
      expect((await operator.patch(`/api/posts/${post.body.id}`, { attachmentIds: [attached.id] })).status).toBe(200);
      // An old upload whose stored file another (attached) row names, as copies of a brief's files do.
      await t.db.dataSource.query(
        `INSERT INTO attachments (organization_id, uploader_user_id, record_type, record_id, position, attached_at,
           file_name, mime_type, size_bytes, sha256, storage_key)
         SELECT organization_id, uploader_user_id, 'post', $2, 1, now(), file_name, mime_type, size_bytes, sha256, storage_key
         FROM attachments WHERE id = $1`,
        [shared.id, post.body.id],
      );
      await t.db.dataSource.query(
        `UPDATE attachments SET created_at = now() - CASE WHEN id = $2 THEN interval '23 hours' ELSE interval '25 hours' END
         WHERE id = ANY($1)`,
        [[old.id, young.id, attached.id, detached.id, shared.id], young.id],
      );
      const keys = Object.fromEntries(
        await Promise.all(
          Object.entries({ old, young, attached, detached, shared }).map(
            async ([name, a]) => [name, await storageKey(t, a.id)] as const,
          ),
        ),
      );

      expect(await t.app.get(AttachmentsService).removeOrphans()).toBe(2);

      const left = (await t.db.dataSource.query('SELECT id FROM attachments WHERE id = ANY($1)', [
        [old.id, young.id, attached.id, detached.id, shared.id],
      ])) as { id: string }[];
      expect(left.map((r) => r.id).sort()).toEqual([young.id, attached.id, detached.id].sort());
      expect(await storage.holds(t, keys.old)).toBe(false);
      expect((await download(operator, old.url)).status).toBe(404);
      for (const name of ['young', 'attached', 'detached', 'shared'])
        expect(await storage.holds(t, keys[name])).toBe(true);
      for (const a of [young, attached, detached]) expect((await download(operator, a.url)).status).toBe(200);
      expect(await t.app.get(AttachmentsService).removeOrphans()).toBe(0);
    });

    it('streams a download from the storage: a paused reader holds the API to a fraction of the file', async () => {
      const big = Buffer.concat([PDF, Buffer.alloc(BIG - PDF.length, 0x20)]);
      const res = await upload(operator, big, 'big.pdf');
      expect(res.status).toBe(201);

      // The storage the attachments use, with a count of the bytes the API has taken from it.
      const files = t.app.select(AttachmentsModule).get<symbol, FileStorage>(FILE_STORAGE);
      const get = files.get.bind(files);
      let pulled = 0;
      const spy = jest.spyOn(files, 'get').mockImplementation(async (key) => {
        const stream = await get(key);
        expect(stream).toBeInstanceOf(Readable);
        const counted = new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            pulled += chunk.length;
            callback(null, chunk);
          },
        });
        pipeline(stream, counted, () => undefined);
        return counted;
      });
      try {
        let reader: Readable | undefined;
        let firstChunk: () => void = () => undefined;
        const started = new Promise<void>((resolve) => (firstChunk = resolve));
        const response = operator.agent
          .get(res.body.url)
          .buffer(true)
          .parse((raw, done) => {
            // Node's response stream, whatever superagent's types say.
            const incoming = raw as unknown as Readable;
            reader = incoming;
            const chunks: Buffer[] = [];
            incoming.on('data', (chunk: Buffer) => {
              chunks.push(chunk);
              if (chunks.length === 1) {
                incoming.pause();
                firstChunk();
              }
            });
            incoming.on('end', () => done(null, Buffer.concat(chunks)));
          });
        // Sent now (a supertest request starts when awaited).
        const finished = response.then((r) => r);
        await started;
        // Until the API stops taking bytes: it waits for the reader instead of loading the rest.
        let seen = -1;
        for (let quiet = 0; quiet < 3;) {
          await wait(200);
          quiet = pulled === seen ? quiet + 1 : 0;
          seen = pulled;
        }
        console.log(
          `${storage.name}: ${(pulled / 2 ** 20).toFixed(1)} MB of ${(BIG / 2 ** 20).toFixed(0)} MB read from the storage while the reader waits`,
        );
        expect(pulled).toBeLessThan(BIG / 2);
        reader?.resume();
        const file = await finished;
        expect(file.status).toBe(200);
        expect(file.headers['content-length']).toBe(String(BIG));
        expect((file.body as Buffer).equals(big)).toBe(true);
        expect(pulled).toBe(BIG);
      } finally {
        spy.mockRestore();
      }
    });
  });

  describe(`attachments: size limit, scheduled removal (${storage.name})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      // The date-driven jobs on (they run once at start, then daily), the removal of orphans with them.
      t = await createTestApp(
        { ...storage.env(), ATTACHMENT_MAX_BYTES: '2048', EXPIRY_POLL_MS: '86400000' },
        storage.cluster,
      );
    });
    afterAll(() => t.close());

    it('refuses a file over ATTACHMENT_MAX_BYTES with 413 before storing it', async () => {
      const operator = await t.signIn('operator@example.org');
      const big = Buffer.concat([PDF, Buffer.alloc(4096, 0x20)]);
      const before = await attachmentRows(t);
      const res = await upload(operator, big, 'big.pdf');
      expect(res.status).toBe(413);
      expect(res.body.error).toBe('PAYLOAD_TOO_LARGE');
      expect(await attachmentRows(t)).toBe(before);
      expect((await upload(operator, PDF, 'small.pdf')).status).toBe(201);
    });

    it('removes orphans as the job attachments.orphans, claimed by one replica', async () => {
      const operator = await t.signIn('operator@example.org');
      const jobs = t.app.get(JobRunner);
      await jobs.whenIdle();
      const orphan = (await upload(operator, PDF, 'orphan.pdf')).body as { id: string };
      const key = await storageKey(t, orphan.id);
      await t.db.dataSource.query(`UPDATE attachments SET created_at = now() - interval '25 hours' WHERE id = $1`, [
        orphan.id,
      ]);
      expect(await jobs.runNow(ORPHANS_JOB)).toBe(true);
      expect(await t.db.dataSource.query('SELECT id FROM attachments WHERE id = $1', [orphan.id])).toEqual([]);
      expect(await storage.holds(t, key)).toBe(false);
    });
  });
}
