import request from 'supertest';
import { expectThrottled, freshWindow } from './helpers';
import { describeOnOwnCluster, ownCluster } from './support/own-cluster';
import { createTestApp, type TestApp } from './support/test-app';

const cluster = ownCluster();

/**
 * The per-address limits count an IPv6 client by its /64 network (one subscriber's usual share), and an
 * IPv4-mapped address as its IPv4 address. The addresses come through one trusted proxy hop.
 */
describeOnOwnCluster('per-address limits behind a proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(
      {
        TRUST_PROXY: '1',
        RATE_LIMIT_WRITES_PER_MINUTE_ADDRESS: '3',
        LOGIN_MAX_FAILURES_PER_IP: '2',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
      },
      cluster,
    );
  });
  afterAll(() => t.close());

  const post = (url: string, address: string, body: object) =>
    request(t.app.getHttpServer())
      .post(url)
      .set('X-Requested-With', 'XMLHttpRequest')
      .set('X-Forwarded-For', address)
      .send(body);
  /** A write that changes nothing (an empty application: 400) from `address`; it counts toward the write limit. */
  const emptyWrite = (address: string) => post('/api/membership-applications', address, {});
  /** A failed sign-in from `address` (a write too). */
  const failedSignIn = (address: string, n: number) =>
    post('/api/auth/login', address, { email: `nobody${n}@example.org`, password: 'not the password' });

  it('counts writes from every address of one IPv6 /64 together, and another /64 apart', async () => {
    await freshWindow(t);
    const sameNetwork = ['2001:db8:a:b::1', '2001:db8:a:b:ffff::2', '2001:0db8:000a:000b:1:2:3:4'];
    for (const address of sameNetwork) expect((await emptyWrite(address)).status).toBe(400);
    const fourth = await emptyWrite('2001:db8:a:b:9::9');
    expectThrottled(fourth);
    expect(fourth.body.message).toContain('this address');
    expect((await emptyWrite('2001:db8:a:c::1')).status).toBe(400);
  });

  it('counts an IPv4-mapped address as its IPv4 address', async () => {
    await freshWindow(t);
    expect((await emptyWrite('198.51.100.7')).status).toBe(400);
    expect((await emptyWrite('::ffff:198.51.100.7')).status).toBe(400);
    expect((await emptyWrite('198.51.100.7')).status).toBe(400);
    expectThrottled(await emptyWrite('::ffff:198.51.100.7'));
    expect((await emptyWrite('198.51.100.8')).status).toBe(400);
  });

  it('records and throttles failed sign-ins by the /64 too, whatever the address in it', async () => {
    await freshWindow(t);
    expect((await failedSignIn('2001:db8:f:1::1', 1)).status).toBe(401);
    expect((await failedSignIn('2001:db8:f:1:abcd::7', 2)).status).toBe(401);
    const rows = (await t.db.dataSource.query(
      `SELECT ip, count(*)::int AS n FROM login_failures WHERE ip LIKE '2001:db8:f:%' GROUP BY ip`,
    )) as { ip: string; n: number }[];
    expect(rows).toEqual([{ ip: '2001:db8:f:1::/64', n: 2 }]);
    const refused = await failedSignIn('2001:db8:f:1:1234::1', 3);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.message).toContain('failed sign-ins');
    // Another /64 of the same /48 is another subscriber.
    expect((await failedSignIn('2001:db8:f:2::1', 4)).status).toBe(401);
  });
});
