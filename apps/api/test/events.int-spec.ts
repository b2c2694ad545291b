import { fields } from './helpers';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const inDays = (days: number, hours = 0) => new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();
const eventPost = (event: Record<string, unknown> | null, override: Record<string, unknown> = {}) => ({
  kind: 'event',
  titleEn: 'Investment promotion conference, Jakarta',
  titleZh: '雅加达投资推介会',
  visibility: 'public',
  event,
  ...override,
});
const details = {
  startsAt: inDays(10),
  endsAt: inDays(10, 3),
  timeZone: 'Asia/Jakarta',
  place: 'Jakarta Convention Center',
  capacity: 2,
};

describe('events', () => {
  let t: TestApp;
  let operator: HttpClient;
  let banker: HttpClient;
  let insurer: HttpClient;
  let partner: HttpClient;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    [operator, banker, insurer, partner] = await Promise.all([
      t.signIn('operator@example.org'),
      t.signIn('banker@example.org'),
      t.signIn('insurer@example.org'),
      t.signIn('partner@example.org'),
    ]);
  });
  afterAll(() => t.close());

  it('requires event details for an event and refuses them elsewhere, each problem named', async () => {
    expect(fields(await operator.post('/api/posts', eventPost(null)))).toEqual(['event']);
    expect(fields(await operator.post('/api/posts', eventPost(details, { kind: 'news' })))).toEqual(['event']);
    expect(fields(await operator.post('/api/posts', eventPost({ ...details, endsAt: details.startsAt })))).toEqual([
      'event.endsAt',
    ]);
    expect(fields(await operator.post('/api/posts', eventPost({ ...details, timeZone: 'Mars/Olympus' })))).toEqual([
      'event.timeZone',
    ]);
    expect(fields(await operator.post('/api/posts', eventPost({ ...details, place: null })))).toEqual(['event.place']);
    const bad = await operator.post(
      '/api/posts',
      eventPost({ startsAt: 'soon', endsAt: 'later', timeZone: 'x y', capacity: 0, onlineUrl: 'ftp://x' }),
    );
    expect(bad.status).toBe(400);
    expect([...new Set(fields(bad))].sort()).toEqual([
      'event.capacity',
      'event.endsAt',
      'event.onlineUrl',
      'event.startsAt',
      'event.timeZone',
    ]);

    const created = await operator.post('/api/posts', eventPost(details));
    expect(created.status).toBe(201);
    expect(created.body.event).toMatchObject({
      timeZone: 'Asia/Jakarta',
      capacity: 2,
      confirmed: 0,
      waitlisted: 0,
      myRegistration: null,
    });
    eventId = created.body.id;
    expect((await banker.post(`/api/posts/${eventId}/registrations`)).status).toBe(404); // still a draft
    expect((await operator.post(`/api/posts/${eventId}/publish`)).status).toBe(200);
  });

  it('confirms registrations while seats remain, then waitlists; once per person', async () => {
    expect((await banker.post(`/api/posts/${eventId}/registrations`)).body).toEqual({
      status: 'confirmed',
      waitlistPosition: null,
    });
    expect((await banker.post(`/api/posts/${eventId}/registrations`)).status).toBe(409);
    expect((await insurer.post(`/api/posts/${eventId}/registrations`)).body.status).toBe('confirmed');
    expect((await partner.post(`/api/posts/${eventId}/registrations`)).body).toEqual({
      status: 'waitlisted',
      waitlistPosition: 1,
    });
    const seen = await partner.get(`/api/posts/${eventId}`);
    expect(seen.body.event).toMatchObject({
      confirmed: 2,
      waitlisted: 1,
      myRegistration: 'waitlisted',
      myWaitlistPosition: 1,
    });
    expect((await banker.get(`/api/posts/${eventId}`)).body.event).toMatchObject({
      myRegistration: 'confirmed',
      myWaitlistPosition: null,
    });
    expect((await t.anonymous().post(`/api/posts/${eventId}/registrations`)).status).toBe(401);
  });

  it('moves the first on the waitlist up when a confirmed person cancels', async () => {
    expect((await banker.post(`/api/posts/${eventId}/registrations/cancel`)).body.status).toBe('cancelled');
    expect((await partner.get(`/api/posts/${eventId}`)).body.event).toMatchObject({
      confirmed: 2,
      waitlisted: 0,
      myRegistration: 'confirmed',
      myWaitlistPosition: null,
    });
    // The one moved up is told, in the app and by e-mail; the one who cancelled is not.
    const told = (await partner.get('/api/notifications')).body.items.filter(
      (n: { recordId: string }) => n.recordId === eventId,
    );
    expect(told.map((n: { type: string }) => n.type)).toEqual(['event_confirmed']);
    expect(told[0]).toMatchObject({ recordType: 'post', link: `/posts/${eventId}`, titleEn: expect.any(String) });
    const [mail] = await t.outbox('partner@example.org');
    expect(mail.template).toBe('event_confirmed');
    expect(mail.bodyText).toContain(`/posts/${eventId}`);
    expect(
      (await banker.get('/api/notifications')).body.items.filter((n: { type: string }) => n.type === 'event_confirmed'),
    ).toEqual([]);
    expect((await banker.post(`/api/posts/${eventId}/registrations/cancel`)).status).toBe(404);
    expect((await banker.post(`/api/posts/${eventId}/registrations`)).body.status).toBe('waitlisted'); // may register again
  });

  it('exports the registrations as CSV to the organization only, and an .ics to anyone who can see the event', async () => {
    const csv = await operator.get(`/api/posts/${eventId}/registrations.csv`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Sinosure Underwriter');
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Name,E-mail,Organization,Registration,Registered at (UTC)',
    );
    expect(csv.text.indexOf('Registered,')).toBeLessThan(csv.text.indexOf('On the waitlist'));
    const zh = await operator.get(`/api/posts/${eventId}/registrations.csv?lang=zh`);
    expect(zh.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('姓名,电子邮箱,机构,报名状态,报名时间（UTC）');
    expect(zh.text).toContain('候补中');
    expect((await banker.get(`/api/posts/${eventId}/registrations.csv`)).status).toBe(404);

    const ics = await t.anonymous().get(`/api/posts/${eventId}/event.ics?lang=zh`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).toContain('SUMMARY:雅加达投资推介会');
    expect(ics.text).toContain(`DTSTART:${details.startsAt.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    expect(ics.text).toContain('LOCATION:Jakarta Convention Center');

    const membersOnly = await operator.post(
      '/api/posts',
      eventPost(details, { visibility: 'members', titleEn: 'Members dinner' }),
    );
    await operator.post(`/api/posts/${membersOnly.body.id}/publish`);
    expect((await t.anonymous().get(`/api/posts/${membersOnly.body.id}/event.ics`)).status).toBe(404);
    expect((await banker.get(`/api/posts/${membersOnly.body.id}/event.ics`)).status).toBe(200);
  });

  it('confirms exactly `capacity` of many simultaneous registrations', async () => {
    await t.db.dataSource.query(
      `INSERT INTO users (email, display_name, organization_id, org_role, status, password_hash, locale)
       SELECT 'crowd' || n || '@example.org', 'Crowd ' || n, organization_id, 'member', 'active', password_hash, 'en'
         FROM users, generate_series(1, 8) AS n WHERE email = 'banker@example.org'`,
    );
    const crowd = await Promise.all(Array.from({ length: 8 }, (_, n) => t.signIn(`crowd${n + 1}@example.org`)));
    const created = await operator.post(
      '/api/posts',
      eventPost({ ...details, capacity: 3 }, { titleEn: 'Small workshop' }),
    );
    await operator.post(`/api/posts/${created.body.id}/publish`);
    const results = await Promise.all(crowd.map((c) => c.post(`/api/posts/${created.body.id}/registrations`)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const statuses = results.map((r) => r.body.status as string).sort();
    expect(statuses).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
      'waitlisted',
    ]);
    expect((await operator.get(`/api/posts/${created.body.id}`)).body.event).toMatchObject({
      confirmed: 3,
      waitlisted: 5,
    });
  });

  it('takes the figures of who took part once the event has started, keeps them when left out, and refuses them before', async () => {
    const future = await operator.post('/api/posts', eventPost(details, { titleEn: 'Future conference' }));
    const id = future.body.id as string;
    expect(future.body.event).toMatchObject({ reportedAttendees: null, reportedOrganizations: null });
    for (const figure of ['reportedAttendees', 'reportedOrganizations']) {
      const early = await operator.patch(`/api/posts/${id}`, { event: { ...details, [figure]: 300 } });
      expect([early.status, early.body.reason, fields(early)]).toEqual([
        422,
        'EVENT_FIGURES_BEFORE_START',
        [`event.${figure}`],
      ]);
    }
    expect((await operator.get(`/api/posts/${id}`)).body.event).toMatchObject({ reportedAttendees: null });
    const negative = await operator.patch(`/api/posts/${id}`, {
      event: { ...details, reportedAttendees: -1, reportedOrganizations: 1_000_001 },
    });
    expect([negative.status, fields(negative).sort()]).toEqual([
      400,
      ['event.reportedAttendees', 'event.reportedOrganizations'],
    ]);

    // The Jakarta conference of 19 November 2019: more than 300 people from nearly 120 companies.
    const past = { ...details, startsAt: '2019-11-19T01:30:00.000Z', endsAt: '2019-11-19T09:00:00.000Z' };
    const held = await operator.patch(`/api/posts/${id}`, {
      event: { ...past, reportedAttendees: 300, reportedOrganizations: 120 },
    });
    expect([held.status, held.body.event]).toEqual([
      200,
      expect.objectContaining({ reportedAttendees: 300, reportedOrganizations: 120 }),
    ]);
    const moved = await operator.patch(`/api/posts/${id}`, { event: { ...past, place: 'Jakarta, Indonesia' } });
    expect(moved.body.event).toMatchObject({
      place: 'Jakarta, Indonesia',
      reportedAttendees: 300,
      reportedOrganizations: 120,
    });
    const cleared = await operator.patch(`/api/posts/${id}`, { event: { ...past, reportedOrganizations: null } });
    expect(cleared.body.event).toMatchObject({ reportedAttendees: 300, reportedOrganizations: null });
  });
});
