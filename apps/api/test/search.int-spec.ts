import { fields } from './helpers';
import { createTestApp, ORG, type HttpClient, type TestApp } from './support/test-app';

const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const TANZANIA_PARK = '00000000-0000-4000-8000-000000000208';

interface Hit {
  type: string;
  id: string;
  kind: string;
  country: string | null;
  titleEn: string | null;
  titleZh: string | null;
  organization: { id: string } | null;
  rank: number;
}

describe('search across posts, parks and organizations', () => {
  let t: TestApp;
  let secretariat: HttpClient;
  let banker: HttpClient;
  const search = async (client: HttpClient, q: string, limit?: number) => {
    const res = await client.get(`/api/search?q=${encodeURIComponent(q)}${limit ? `&limit=${limit}` : ''}`);
    expect(res.status).toBe(200);
    return res.body.items as Hit[];
  };

  beforeAll(async () => {
    t = await createTestApp();
    [secretariat, banker] = await Promise.all([t.signIn('secretariat@example.org'), t.signIn('banker@example.org')]);
  });
  afterAll(() => t.close());

  it('finds a park and its operator by name in English, each with its kind, the name hit first', async () => {
    const hits = await search(t.anonymous(), 'Sihanoukville');
    const park = hits.find((h) => h.id === SSEZ_PARK);
    expect(park).toMatchObject({
      type: 'park',
      kind: 'operating',
      country: 'KH',
      titleZh: '柬埔寨西哈努克港经济特区',
      organization: { id: ORG.ssez },
    });
    expect(hits.find((h) => h.id === ORG.ssez)).toMatchObject({
      type: 'organization',
      kind: 'park_operator',
      country: 'KH',
      organization: null,
    });
    expect(hits[0].rank).toBeGreaterThanOrEqual(1);
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((a, b) => b - a));
  });

  it('finds them in Chinese, and by every word of a query in any order', async () => {
    const zh = await search(t.anonymous(), '西哈努克');
    expect(zh.map((h) => h.id)).toEqual(expect.arrayContaining([SSEZ_PARK, ORG.ssez]));
    const words = await search(t.anonymous(), 'zone sihanoukville');
    expect(words.map((h) => h.id)).toContain(SSEZ_PARK);
    expect(await search(t.anonymous(), 'sihanoukville nowhere-to-be-found')).toEqual([]);
  });

  it('finds financial institutions and other partners by their type of organization', async () => {
    const bank = await search(t.anonymous(), '江苏银行');
    expect(bank.find((h) => h.id === ORG.bankOfJiangsu)).toMatchObject({
      type: 'organization',
      kind: 'financial_institution',
    });
  });

  it('treats LIKE wildcards literally and keeps to the limit', async () => {
    expect(await search(t.anonymous(), '%')).toEqual([]);
    expect(await search(t.anonymous(), '_')).toEqual([]);
    expect((await search(t.anonymous(), 'Jiangsu', 3)).length).toBe(3);
    expect(fields(await t.anonymous().get('/api/search?q=Jiangsu&limit=51'))).toEqual(['limit']);
  });

  it('shows a suspended organization and its parks to the secretariat only, as the directory does', async () => {
    expect(
      (await secretariat.post(`/api/organizations/${ORG.tanzania}/suspend`, { reason: 'Search visibility test' }))
        .status,
    ).toBe(200);
    for (const reader of [t.anonymous(), banker]) {
      const ids = (await search(reader, 'Tanzania')).map((h) => h.id);
      expect(ids).not.toContain(ORG.tanzania);
      expect(ids).not.toContain(TANZANIA_PARK);
    }
    const seen = (await search(secretariat, 'Tanzania')).map((h) => h.id);
    expect(seen).toEqual(expect.arrayContaining([ORG.tanzania, TANZANIA_PARK]));
    expect(
      (await secretariat.post(`/api/organizations/${ORG.tanzania}/reinstate`, { reason: 'Test over' })).status,
    ).toBe(200);
  });
});
