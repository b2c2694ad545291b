import { createHash } from 'node:crypto';
import { fields } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5b50000000049454e44ae426082',
  'hex',
);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

function upload(client: HttpClient, content: Buffer, name: string) {
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

describe('attachments', () => {
  let t: TestApp;
  let operator: HttpClient;
  let operator2: HttpClient;
  let banker: HttpClient;
  beforeAll(async () => {
    t = await createTestApp();
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
    expect(created.body.attachments).toEqual([expect.objectContaining({ id: file.id, fileName: 'members-brief.pdf' })]);
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
});

describe('attachments: size limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ATTACHMENT_MAX_BYTES: '2048' });
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
});
