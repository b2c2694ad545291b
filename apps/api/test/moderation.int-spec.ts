import { auditCount, fields } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const post = (override: Record<string, unknown> = {}) => ({
  kind: 'opportunity',
  titleEn: 'Cheap land, no questions asked',
  titleZh: '低价土地，手续全免',
  bodyEn: 'Contact us privately.',
  visibility: 'public',
  ...override,
});

describe('moderation', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // author, Sihanoukville SEZ
  let banker: HttpClient;
  let insurer: HttpClient;
  let postId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, banker, insurer] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('insurer@example.org'),
    ]);
    const created = await operator.post('/api/posts', post());
    postId = created.body.id;
    await operator.post(`/api/posts/${postId}/publish`);
  });
  afterAll(() => t.close());

  it('lets a signed-in user report a post they can see, once while it is open', async () => {
    const res = await banker.post(`/api/posts/${postId}/reports`, { reason: 'Looks like a scam.' });
    expect(res.status).toBe(201);
    expect((await banker.post(`/api/posts/${postId}/reports`, { reason: 'Again' })).status).toBe(409);
    expect((await insurer.post(`/api/posts/${postId}/reports`, { reason: '可疑信息' })).status).toBe(201);

    expect((await t.anonymous().post(`/api/posts/${postId}/reports`, { reason: 'x' })).status).toBe(401);
    const own = await operator.post(`/api/posts/${postId}/reports`, { reason: 'x' });
    expect(own.status).toBe(422);
    const blank = await banker.post(`/api/posts/${postId}/reports`, { reason: '  ' });
    expect(fields(blank)).toEqual(['reason']);
    const draft = await operator.post('/api/posts', post({ titleEn: 'Unpublished draft' }));
    expect((await banker.post(`/api/posts/${draft.body.id}/reports`, { reason: 'x' })).status).toBe(404);
  });

  it('lists open reports to the secretariat only, with the post and how many reports it has', async () => {
    expect((await banker.get('/api/moderation/reports')).status).toBe(403);
    const queue = await secretariat.get('/api/moderation/reports');
    expect(queue.status).toBe(200);
    const mine = queue.body.items.filter((r: { postId: string }) => r.postId === postId);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({
      status: 'open',
      reason: 'Looks like a scam.',
      reporterName: 'Bank of Jiangsu Analyst',
      openReportsOnPost: 2,
      post: { id: postId, titleZh: '低价土地，手续全免', status: 'published' },
    });
  });

  it('dismisses a report with an optional note', async () => {
    const other = await operator.post('/api/posts', post({ titleEn: 'A fine post' }));
    await operator.post(`/api/posts/${other.body.id}/publish`);
    const report = await banker.post(`/api/posts/${other.body.id}/reports`, { reason: 'I disagree' });
    const dismissed = await secretariat.post(`/api/moderation/reports/${report.body.id}/dismiss`, {
      note: 'Not against the rules.',
    });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({
      status: 'dismissed',
      resolutionNote: 'Not against the rules.',
      openReportsOnPost: 0,
    });
    expect((await secretariat.post(`/api/moderation/reports/${report.body.id}/dismiss`, {})).status).toBe(409);
    expect((await t.anonymous().get(`/api/posts/${other.body.id}`)).status).toBe(200);
  });

  it('removes with a required reason: hidden from everyone, kept for the record, reports closed, the author told', async () => {
    expect((await operator.post(`/api/posts/${postId}/remove`, { reason: 'x' })).status).toBe(403);
    const noReason = await secretariat.post(`/api/posts/${postId}/remove`, {});
    expect(noReason.status).toBe(400);
    expect([...new Set(fields(noReason))]).toEqual(['reason']);

    const before = await auditCount(t);
    const res = await secretariat.post(`/api/posts/${postId}/remove`, {
      reason: 'Misleading offer; see the terms of membership.',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('removed');
    expect(await auditCount(t)).toBe(before + 1);

    expect((await t.anonymous().get(`/api/posts/${postId}`)).status).toBe(404);
    expect((await banker.get(`/api/posts/${postId}`)).status).toBe(404);
    expect((await operator.get(`/api/posts/${postId}`)).status).toBe(404);
    const search = await t.anonymous().get(`/api/search?q=${encodeURIComponent('低价土地')}`);
    expect(search.body.items.map((r: { id: string }) => r.id)).not.toContain(postId);
    const edit = await operator.patch(`/api/posts/${postId}`, { titleEn: 'Back again' });
    expect(edit.status).toBe(422);

    const [mail] = await t.outbox('operator@example.org');
    expect(mail.subject).toContain('has been removed');
    expect(mail.bodyText).toContain('Misleading offer; see the terms of membership.');

    const history = await secretariat.get(`/api/posts/${postId}/moderation`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({
      status: 'removed',
      removedReason: 'Misleading offer; see the terms of membership.',
    });
    expect(history.body.reports.map((r: { status: string }) => r.status)).toEqual(['actioned', 'actioned']);
    expect((await banker.get(`/api/posts/${postId}/moderation`)).status).toBe(403);

    const again = await secretariat.post(`/api/posts/${postId}/remove`, { reason: 'again' });
    expect(again.status).toBe(409);
  });
});
