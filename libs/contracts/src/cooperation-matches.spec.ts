import {
  MATCH_MIN_SCORE,
  matchExplanation,
  rankOrganizations,
  rankProjects,
  scoreMatch,
  type MatchOrganization,
  type MatchProject,
} from './cooperation-matches';

const NOW = new Date('2026-12-01T00:00:00Z');

const project = (over: Partial<MatchProject> = {}): MatchProject => ({
  id: 'p1',
  organizationId: 'owner',
  kind: 'seeking_investment',
  sectors: ['textiles_garments'],
  country: 'KH',
  sizeUsd: '20000000.00',
  publishedAt: '2026-11-20T00:00:00Z',
  ...over,
});

const org = (over: Partial<MatchOrganization> = {}): MatchOrganization => ({
  id: 'o1',
  type: 'park_operator',
  parkCountries: [],
  projectCountries: [],
  sectors: [],
  parkInvestmentUsd: null,
  enterpriseCount: 0,
  projectKinds: [],
  ...over,
});

describe('cooperation matches', () => {
  it('explains a match by sector, country, size, kind and recency, in both languages', () => {
    const match = scoreMatch(
      project(),
      org({ parkCountries: ['KH'], sectors: ['textiles_garments'], parkInvestmentUsd: '500000000.00' }),
      NOW,
    );
    expect(match.reasons.map((reason) => reason.code)).toEqual([
      'same_sector',
      'park_in_country',
      'size_within_investments',
      'complementary_kind',
      'recent',
    ]);
    expect(match.score).toBe(100);
    expect(matchExplanation(match.reasons, 'en')).toContain(
      'same sector: textiles and garments; runs a park in Cambodia',
    );
    expect(matchExplanation(match.reasons, 'zh')).toContain('相同行业：纺织服装；在柬埔寨运营园区');
    expect(matchExplanation(match.reasons, 'en')).toMatch(/published 11 days ago$/);
    const today = scoreMatch(project({ publishedAt: NOW }), org({ sectors: ['textiles_garments'] }), NOW);
    expect(matchExplanation(today.reasons, 'en')).toMatch(/published today$/);
    expect(matchExplanation(today.reasons, 'zh')).toMatch(/今天发布$/);
  });

  it('suggests nobody without a shared sector or a presence in the country', () => {
    const match = scoreMatch(project(), org({ type: 'financial_institution', parkInvestmentUsd: '900000000' }), NOW);
    expect(match).toEqual({ score: 0, reasons: [] });
  });

  it('ranks the closer fit first and never the owner itself', () => {
    const ranked = rankOrganizations(
      project(),
      [
        org({ id: 'owner', parkCountries: ['KH'], sectors: ['textiles_garments'] }),
        org({ id: 'sector-only', sectors: ['textiles_garments'] }),
        org({ id: 'both', parkCountries: ['KH'], sectors: ['textiles_garments'] }),
        org({ id: 'unrelated', sectors: ['chemicals'], parkCountries: ['AE'] }),
      ],
      NOW,
    );
    expect(ranked.map((match) => match.organizationId)).toEqual(['both', 'sector-only']);
    expect(ranked.every((match) => match.score >= MATCH_MIN_SCORE)).toBe(true);
  });

  it('counts the share of the project sectors an organization has', () => {
    const two = project({ sectors: ['textiles_garments', 'logistics_warehousing'] });
    const half = scoreMatch(two, org({ sectors: ['textiles_garments'] }), NOW);
    const full = scoreMatch(two, org({ sectors: ['textiles_garments', 'logistics_warehousing'] }), NOW);
    expect(full.score).toBeGreaterThan(half.score);
  });

  it('fits the size against the parks published investment, exactly and without floats', () => {
    const within = scoreMatch(
      project({ sizeUsd: '100000000.99' }),
      org({ sectors: ['textiles_garments'], parkInvestmentUsd: '100000000.00' }),
      NOW,
    );
    expect(within.reasons.map((reason) => reason.code)).toContain('size_within_investments');
    const near = scoreMatch(
      project({ sizeUsd: '250000000' }),
      org({ sectors: ['textiles_garments'], parkInvestmentUsd: '100000000' }),
      NOW,
    );
    expect(near.reasons.map((reason) => reason.code)).toContain('size_near_investments');
    const far = scoreMatch(
      project({ sizeUsd: '350000000' }),
      org({ sectors: ['textiles_garments'], parkInvestmentUsd: '100000000' }),
      NOW,
    );
    expect(far.reasons.map((reason) => reason.code)).not.toContain('size_near_investments');
  });

  it('pairs capacity with partners and procurement, and investment with institutions', () => {
    const capacity = project({ kind: 'offering_capacity', sectors: ['building_materials'], country: 'AE' });
    const buyer = scoreMatch(capacity, org({ sectors: ['building_materials'], projectKinds: ['procurement'] }), NOW);
    expect(buyer.reasons).toContainEqual({
      code: 'complementary_kind',
      kind: 'offering_capacity',
      counterpart: 'procurement',
    });
    expect(matchExplanation(buyer.reasons, 'en')).toContain(
      'the project offers capacity; it has a project that seeks suppliers',
    );
    expect(matchExplanation(buyer.reasons, 'zh')).toContain('项目提供产能，对方有寻求供应商的项目');
    const bank = scoreMatch(project(), org({ type: 'financial_institution', sectors: ['textiles_garments'] }), NOW);
    expect(bank.reasons).toContainEqual({
      code: 'complementary_kind',
      kind: 'seeking_investment',
      counterpart: 'financial_institution',
    });
    expect(matchExplanation(bank.reasons, 'zh')).toContain('金融机构');
  });

  it('prefers recent projects for an organization and keeps ties in a stable order', () => {
    const me = org({ id: 'me', sectors: ['textiles_garments'], parkCountries: ['KH'] });
    const ranked = rankProjects(
      me,
      [
        project({ id: 'old', publishedAt: '2026-03-01T00:00:00Z' }),
        project({ id: 'b-new', publishedAt: '2026-11-25T00:00:00Z' }),
        project({ id: 'a-new', publishedAt: '2026-11-25T00:00:00Z' }),
        project({ id: 'mine', organizationId: 'me' }),
      ],
      NOW,
    );
    expect(ranked.map((match) => match.projectId)).toEqual(['a-new', 'b-new', 'old']);
  });
});
