import { fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';
import { NotificationsService } from '../src/modules/notifications/notifications.service';

const nothing = { countries: [], sectors: [], kinds: [], organizationIds: [] };

describe('follows and notifications', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let operator: HttpClient; // SSEZ admin, the author
  let operator2: HttpClient; // Indonesia admin
  let banker: HttpClient;
  let insurer: HttpClient;
  let partner: HttpClient;

  async function publish(override: Record<string, unknown> = {}) {
    const created = await operator.post('/api/posts', {
      kind: 'opportunity',
      titleEn: 'Warehouse space in Sihanoukville',
      titleZh: '西港仓储空间招租',
      countries: ['KH'],
      sectors: ['logistics_warehousing'],
      visibility: 'public',
      ...override,
    });
    expect(created.status).toBe(201);
    const published = await operator.post(`/api/posts/${created.body.id}/publish`);
    expect(published.status).toBe(200);
    return created.body.id as string;
  }

  const notificationsOf = async (client: HttpClient) => (await client.get('/api/notifications?limit=100')).body;
  /** Unread notifications of published posts (the demo data also has financing ones). */
  const unreadPosts = async (client: HttpClient) =>
    ((await notificationsOf(client)).items as { type: string; read: boolean }[]).filter(
      (n) => n.type === 'post_published' && !n.read,
    ).length;

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, operator, operator2, banker, insurer, partner] = await Promise.all([
      t.signIn('secretariat@example.org'),
      t.signIn('operator@example.org'),
      t.signIn('operator2@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('insurer@example.org'),
      t.signIn('partner@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it('keeps what each user follows and how they want e-mail, validated', async () => {
    const banks = await banker.put('/api/me/follows', { ...nothing, countries: ['KH'], kinds: ['opportunity'] });
    expect(banks.status).toBe(200);
    expect(banks.body).toEqual({ ...nothing, countries: ['KH'], kinds: ['opportunity'], policyTopics: [] });
    expect((await banker.get('/api/me/follows')).body).toEqual(banks.body);

    expect((await insurer.put('/api/me/follows', { ...nothing, organizationIds: [ORG.ssez] })).status).toBe(200);
    expect((await insurer.put('/api/me/notification-settings', { emailMode: 'daily' })).body).toEqual({
      emailMode: 'daily',
    });
    expect((await partner.put('/api/me/follows', { ...nothing, sectors: ['logistics_warehousing'] })).status).toBe(200);
    expect((await partner.put('/api/me/notification-settings', { emailMode: 'off' })).status).toBe(200);
    expect((await operator.put('/api/me/follows', { ...nothing, countries: ['KH'] })).status).toBe(200);
    expect((await operator2.put('/api/me/follows', { ...nothing, countries: ['KH'] })).status).toBe(200);
    expect((await banker.get('/api/me/notification-settings')).body).toEqual({ emailMode: 'immediately' });

    const bad = await banker.put('/api/me/follows', {
      countries: ['Cambodia'],
      sectors: ['mining'],
      kinds: ['rumour'],
      organizationIds: ['x'],
    });
    expect(bad.status).toBe(400);
    expect([...new Set(fields(bad))].sort()).toEqual(['countries', 'kinds', 'organizationIds', 'sectors']);
    const unknownOrg = await banker.put('/api/me/follows', {
      ...nothing,
      organizationIds: ['00000000-0000-4000-8000-00000000ffff'],
    });
    expect(unknownOrg.status).toBe(422);
    expect(fields(await banker.put('/api/me/notification-settings', { emailMode: 'hourly' }))).toEqual(['emailMode']);
    expect((await t.anonymous().get('/api/me/follows')).status).toBe(401);
    expect((await banker.get('/api/me/follows')).body.countries).toEqual(['KH']); // the refused updates changed nothing
  });

  it('notifies the followers of a published post in the app and by e-mail as each chose; never the author, nor a suspended member', async () => {
    expect((await secretariat.post(`/api/organizations/${ORG.indonesia}/suspend`, { reason: 'test' })).status).toBe(
      200,
    );
    const unreadBefore = (await notificationsOf(banker)).unread; // the demo data has one
    const postId = await publish();

    const bankers = await notificationsOf(banker);
    expect(bankers.unread).toBe(unreadBefore + 1);
    expect(bankers.items[0]).toMatchObject({
      type: 'post_published',
      recordId: postId,
      link: `/posts/${postId}`,
      read: false,
      titleZh: '西港仓储空间招租',
    });
    const [mail] = await t.outbox('banker@example.org');
    expect(mail.subject).toBe('New post: Warehouse space in Sihanoukville');
    expect(mail.bodyText).toContain(`/posts/${postId}`);

    expect(await unreadPosts(insurer)).toBe(1);
    expect(await t.outbox('insurer@example.org')).toHaveLength(0); // daily digest
    expect(await unreadPosts(partner)).toBe(1);
    expect(await t.outbox('partner@example.org')).toHaveLength(0); // e-mail off
    expect(await unreadPosts(operator)).toBe(0); // the author

    expect((await secretariat.post(`/api/organizations/${ORG.indonesia}/reinstate`, { reason: 'test' })).status).toBe(
      200,
    );
    operator2 = await t.signIn('operator2@example.org');
    expect(await unreadPosts(operator2)).toBe(0); // suspended when it was published
  });

  it('notifies nobody for a draft, and not again when an archived post is published again', async () => {
    const before = (await notificationsOf(banker)).total;
    const draft = await operator.post('/api/posts', {
      kind: 'opportunity',
      titleEn: 'Draft only',
      countries: ['KH'],
      visibility: 'public',
    });
    expect(draft.status).toBe(201);
    expect((await notificationsOf(banker)).total).toBe(before);
    const postId = await publish({ titleEn: 'Published twice' });
    expect((await notificationsOf(banker)).total).toBe(before + 1);
    await operator.post(`/api/posts/${postId}/archive`);
    await operator.post(`/api/posts/${postId}/publish`);
    expect((await notificationsOf(banker)).total).toBe(before + 1);
  });

  it('marks one or all as read; another user’s notification answers 404', async () => {
    const list = await notificationsOf(banker);
    const first = list.items[0];
    expect((await insurer.post(`/api/notifications/${first.id}/read`)).status).toBe(404);
    const read = await banker.post(`/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.read).toBe(true);
    expect((await notificationsOf(banker)).unread).toBe(list.unread - 1);
    const unreadOnly = await banker.get('/api/notifications?unread=true');
    expect(unreadOnly.body.items.every((n: { read: boolean }) => !n.read)).toBe(true);
    const all = await banker.post('/api/notifications/read-all');
    expect(all.status).toBe(200);
    expect((await notificationsOf(banker)).unread).toBe(0);
  });

  it('sends one daily digest per user with what is waiting, and nothing twice', async () => {
    const service = t.app.get(NotificationsService);
    expect(await service.sendDailyDigests()).toBe(1); // the insurer; the partner has e-mail off
    const [digest] = await t.outbox('insurer@example.org');
    expect(digest.subject).toBe('Your Alliance Portal digest: 2 new posts');
    expect(digest.bodyText).toContain('Warehouse space in Sihanoukville');
    expect(await service.sendDailyDigests()).toBe(0);
    expect(await t.outbox('partner@example.org')).toHaveLength(0);
  });
});
