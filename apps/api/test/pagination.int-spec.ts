import { paginate } from '../src/common/pagination/page-query.dto';
import { FinancingRequest } from '../src/modules/financing/entities/financing-request.entity';
import { createTestApp, type TestApp } from './support/test-app';

/** paginate() on the real database: the total counts the filtered rows whatever joins the count leaves out. */
describe('paginate', () => {
  let t: TestApp;
  const requests = () =>
    t.db.dataSource
      .getRepository(FinancingRequest)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.organization', 'o')
      .leftJoinAndSelect('r.park', 'pk')
      .leftJoinAndSelect('r.createdBy', 'cb')
      .leftJoinAndSelect('cb.organization', 'co')
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC');
  const count = async (where: string) =>
    Number(
      (
        (await t.db.dataSource.query(
          `SELECT count(*)::int AS n FROM financing_requests r
             LEFT JOIN parks pk ON pk.id = r.park_id
             LEFT JOIN users cb ON cb.id = r.created_by_user_id
             LEFT JOIN organizations co ON co.id = cb.organization_id
            WHERE ${where}`,
        )) as { n: number }[]
      )[0].n,
    );

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('counts every row when no filter names a left join, and pages through them', async () => {
    const all = await count('true');
    expect(all).toBeGreaterThan(1);
    const first = await paginate(requests(), { page: 1, limit: 1 }, (r) => r.id);
    const second = await paginate(requests(), { page: 2, limit: 1 }, (r) => r.id);
    expect([first.total, second.total]).toEqual([all, all]);
    expect(first.items).toHaveLength(1);
    expect(second.items).not.toEqual(first.items);
  });

  it('keeps a left join a filter names, and the joins it stands on, so the total is the filtered count', async () => {
    const byPark = requests().andWhere('pk.id IS NOT NULL');
    expect((await paginate(byPark, { page: 1, limit: 1 }, (r) => r.id)).total).toBe(await count('pk.id IS NOT NULL'));
    // `co` joins through `cb`: naming `co` alone must keep both.
    const byCreatorOrganization = requests().andWhere('co.nameEn IS NULL');
    const total = await count('co.name_en IS NULL');
    expect(total).toBeLessThan(await count('true'));
    expect((await paginate(byCreatorOrganization, { page: 1, limit: 1 }, (r) => r.id)).total).toBe(total);
  });

  it('leaves out of the count an inner join along a required foreign key, and keeps it when a filter names it', async () => {
    const sql = (qb: ReturnType<typeof requests>) => {
      const seen: string[] = [];
      const logger = t.db.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      logger.logQuery = (query: string, parameters?: unknown[]) => {
        seen.push(query);
        return original(query, parameters);
      };
      return paginate(qb, { page: 1, limit: 1 }, (r) => r.id)
        .finally(() => (logger.logQuery = original))
        .then(() => seen);
    };
    const countPart = (query: string) => query.slice(query.indexOf('SELECT COUNT(*)'), query.indexOf(') counted'));
    const [plain] = await sql(requests());
    expect(countPart(plain)).not.toContain('"organizations"');
    const active = requests().andWhere("o.status = 'active'");
    const [filtered] = await sql(active);
    expect(countPart(filtered)).toContain('"organizations"');
    expect((await paginate(active, { page: 1, limit: 1 }, (r) => r.id)).total).toBe(
      await count("r.organization_id IN (SELECT id FROM organizations WHERE status = 'active')"),
    );
  });

  it('answers a page past the end with no items and the same total', async () => {
    const past = await paginate(requests(), { page: 100000, limit: 1 }, (r) => r.id);
    expect(past).toEqual({ items: [], total: await count('true'), page: 100000, limit: 1 });
  });
});
