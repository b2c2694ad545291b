// Large synthetic data for `npm run bench`: deterministic from a seed, bilingual, skewed like a real
// membership (a few large organizations, many small). Written straight into a migrated database that
// already holds the demo data, whose organizations come first in every pick so that the demo accounts
// the benchmark signs in with belong to large organizations.
//
// scale 1 (the large set): 3,000 organizations, 15,000 users, 1,000 parks, 100,000 posts (5 % events,
// 12,000 registrations), 20,000 financing requests with about 50,000 reviews and their offers,
// 60,000 notifications, 10,000 membership applications, 12,000 policy briefs (about 15,000 versions),
// each host country's rating history, 5,000 risk alerts, 12,000 members' issues grouped into 4,000
// cases, 25,000 cooperation projects with about 35,000 expressions of interest (their threads and deals),
// 2,000 dismissed matches, and B2B meetings: a coming promotion conference of 400 participating
// organizations (3 sessions, 40 tables, 3,000 meetings in every status, most accepted ones placed)
// beside 60 past conferences' closed programmes (15,000 meetings), 2,000 partner agreements with 6,000
// commitments and 6,000 services, 60,000 members' requests for them with 60,000 messages in their
// threads, and 300 initiatives with about 30,000 endorsements and 3,000 proposals to endorse. scale 0.01
// is the small set (its conference keeps at least 40 participants and 200 meetings, so that its lists
// have pages). The records the benchmark reads one of (the agreement with 40 services, the request with
// a 60-message thread, the initiative endorsed by up to 2,000 organizations) are as large in both sets.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FULL = {
  organizations: 3000,
  users: 15000,
  parks: 1000,
  posts: 100_000,
  registrations: 12_000,
  financingRequests: 20_000,
  notifications: 60_000,
  applications: 10_000,
  briefs: 12_000,
  alerts: 5_000,
  memberIssues: 12_000,
  issueCases: 4_000,
  cooperationProjects: 5_000,
  expressions: 30_000,
  matchDismissals: 2_000,
  projects: 20_000,
  meetingParticipants: 400,
  meetings: 3_000,
  pastMeetingProgrammes: 60,
  pastMeetings: 15_000,
  agreements: 2_000,
  agreementCommitments: 6_000,
  agreementServices: 6_000,
  serviceRequests: 60_000,
  serviceMessages: 60_000,
  initiatives: 300,
  endorsements: 30_000,
  endorsementProposals: 3_000,
};

const POLICY_TOPICS = [
  'investment_law',
  'tax',
  'labour',
  'customs_trade',
  'land',
  'environment',
  'finance',
  'security',
];
/** The demo secretariat user (seeds/demo-data.ts): the reviewer of every synthetic brief and rating. */
const SECRETARIAT_USER = '00000000-0000-4000-8000-000000000101';
/** The demo secretariat (seeds/demo-data.ts): the issuer of every synthetic risk alert. */
const SECRETARIAT_ORG = '00000000-0000-4000-8000-000000000001';
/** The demo researcher and the Nanjing institute: the proposer of every synthetic rating. */
const RESEARCHER = {
  user: '00000000-0000-4000-8000-000000000108',
  organization: '00000000-0000-4000-8000-000000000032',
};

const COUNTRIES = ['KH', 'ID', 'ET', 'KZ', 'VN', 'EG', 'TZ', 'AE', 'MY', 'TH', 'LA', 'PK', 'UZ', 'NG', 'KE', 'RS'];
const COUNTRY_ZH = [
  '柬埔寨',
  '印尼',
  '埃塞俄比亚',
  '哈萨克斯坦',
  '越南',
  '埃及',
  '坦桑尼亚',
  '阿联酋',
  '马来西亚',
  '泰国',
  '老挝',
  '巴基斯坦',
  '乌兹别克斯坦',
  '尼日利亚',
  '肯尼亚',
  '塞尔维亚',
];
const SECTORS = [
  'textiles_garments',
  'building_materials',
  'machinery_equipment',
  'electronics',
  'logistics_warehousing',
  'agriculture_food',
  'chemicals',
  'new_energy',
  'trade',
];
const WORDS_EN = [
  'investment',
  'logistics',
  'factory',
  'training',
  'finance',
  'seminar',
  'textiles',
  'energy',
  'customs',
  'tender',
  'warehouse',
  'port',
  'power',
  'workforce',
  'export',
  'machinery',
  'garment',
  'solar',
  'steel',
  'cement',
  'agriculture',
  'rubber',
  'electronics',
  'assembly',
  'railway',
  'visa',
  'tax',
  'land',
  'lease',
  'incentive',
  'partnership',
  'supplier',
  'procurement',
  'insurance',
  'credit',
  'water',
  'housing',
  'school',
];
const WORDS_ZH = [
  '园区',
  '投资',
  '物流',
  '厂房',
  '培训',
  '融资',
  '研讨会',
  '纺织',
  '能源',
  '招标',
  '仓储',
  '港口',
  '电力',
  '用工',
  '出口',
  '机械',
  '服装',
  '光伏',
  '钢铁',
  '水泥',
  '农业',
  '橡胶',
  '电子',
  '装配',
  '铁路',
  '签证',
  '税收',
  '土地',
  '租赁',
  '优惠',
  '合作',
  '供应商',
  '采购',
  '保险',
  '信贷',
  '供水',
  '住房',
  '学校',
];
const ORG_TYPES = [
  ['park_operator', 0.45],
  ['financial_institution', 0.1],
  ['service_provider', 0.2],
  ['research_institute', 0.1],
  ['government_agency', 0.15],
];

/** mulberry32: a small seeded PRNG, so the JavaScript-side rows are the same on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * Fills `db` (a connected pg.Client) at `scale` (1 = the large set), reporting progress through
 * `progress(step, done, total)`. Answers the number of rows written per table.
 */
export async function generateSyntheticData(db, { scale = 1, seed = 2026, progress = () => {} } = {}) {
  const n = Object.fromEntries(Object.entries(FULL).map(([k, v]) => [k, Math.max(1, Math.round(v * scale))]));
  const steps = 19;
  let step = 0;
  const next = (label) => progress(label, ++step, steps);

  // u(tag, i): a uniform number in [0, 1) from the seed; id(tag, i): a version-4-shaped uuid.
  await db.query(`
    CREATE OR REPLACE FUNCTION bench_u(tag text, i bigint) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
      SELECT ('x' || substr(md5('${seed}:' || tag || ':' || i), 1, 13))::bit(52)::bigint / 4503599627370496.0 $$;
    CREATE OR REPLACE FUNCTION bench_id(tag text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
      SELECT (substr(m, 1, 8) || '-' || substr(m, 9, 4) || '-4' || substr(m, 14, 3) || '-8' || substr(m, 18, 3) || '-' || substr(m, 21, 12))::uuid
        FROM md5('${seed}:id:' || tag || ':' || i) AS m $$;
    CREATE OR REPLACE FUNCTION bench_pick(words text[], tag text, i bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
      SELECT words[1 + floor(bench_u(tag, i) * array_length(words, 1))::int] $$;`);

  next('organizations');
  let cumulative = 0;
  const typeCase = ORG_TYPES.map(([type, share]) => {
    cumulative += share;
    return `WHEN bench_u('org-type', g) < ${cumulative.toFixed(2)} THEN '${type}'`;
  }).join(' ');
  await db.query(`
    INSERT INTO organizations (id, name_en, name_zh, type, country, website, description_en, description_zh, status,
                               member_since, contact_name, contact_email, created_at)
    SELECT bench_id('org', g),
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'org-en', g)) || ' ' || initcap(bench_pick(${sqlArray(WORDS_EN)}, 'org-en2', g)) || ' Group ' || g,
           bench_pick(${sqlArray(COUNTRY_ZH)}, 'org-zh', g) || bench_pick(${sqlArray(WORDS_ZH)}, 'org-zh2', g) || '集团' || g || '号',
           (CASE ${typeCase} ELSE 'government_agency' END)::organization_type,
           bench_pick(${sqlArray(COUNTRIES)}, 'org-country', floor(power(bench_u('org-c', g), 2) * 1000)::bigint),
           'https://org' || g || '.example.org',
           'A synthetic member organization working on ' || bench_pick(${sqlArray(WORDS_EN)}, 'org-d', g) || ' overseas.',
           '一家从事境外' || bench_pick(${sqlArray(WORDS_ZH)}, 'org-dz', g) || '业务的合成成员单位。',
           (CASE WHEN bench_u('org-status', g) < 0.9 THEN 'active' WHEN bench_u('org-status', g) < 0.95 THEN 'applicant'
                 WHEN bench_u('org-status', g) < 0.98 THEN 'suspended' ELSE 'withdrawn' END)::membership_status,
           date '2021-05-12' + floor(bench_u('org-since', g) * 1900)::int,
           'Contact ' || g, 'contact' || g || '@org' || g || '.example.org',
           now() - (bench_u('org-created', g) * interval '1800 days')
      FROM generate_series(1, ${n.organizations}) AS g`);
  // Picks: the demo organizations first (the secretariat aside), then the synthetic ones.
  await db.query(`
    CREATE TABLE bench_orgs AS
      SELECT (row_number() OVER (ORDER BY (id::text LIKE '00000000-%') DESC, created_at, id) - 1) AS k, id, type
        FROM organizations WHERE type <> 'secretariat' AND status = 'active';
    CREATE TABLE bench_orgs_by_type AS
      SELECT (row_number() OVER (PARTITION BY type ORDER BY k) - 1) AS k, id, type FROM bench_orgs;
    CREATE INDEX ON bench_orgs (k); CREATE INDEX ON bench_orgs_by_type (type, k);`);

  next('users');
  const hash = (await db.query(`SELECT password_hash FROM users WHERE password_hash IS NOT NULL LIMIT 1`)).rows[0]
    .password_hash;
  await db.query(
    `INSERT INTO users (id, email, display_name, locale, organization_id, org_role, status, password_hash, created_at)
     SELECT bench_id('user', g), 'user' || g || '@bench.example.org',
            CASE WHEN g % 2 = 0 THEN 'Member ' || g ELSE '成员' || g END,
            (CASE WHEN g % 2 = 0 THEN 'en' ELSE 'zh' END)::locale, o.id,
            (CASE WHEN bench_u('user-role', g) < 0.2 THEN 'admin' ELSE 'member' END)::org_role,
            (CASE WHEN bench_u('user-status', g) < 0.92 THEN 'active' WHEN bench_u('user-status', g) < 0.97 THEN 'invited'
                  ELSE 'disabled' END)::user_status,
            $1, now() - (bench_u('user-created', g) * interval '1500 days')
       FROM generate_series(1, ${n.users}) AS g
       JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('user-org', g), 3))`,
    [hash],
  );
  await db.query(`
    CREATE TABLE bench_users AS
      SELECT (row_number() OVER (ORDER BY u.id) - 1) AS k, u.id, u.organization_id, o.type
        FROM users u JOIN organizations o ON o.id = u.organization_id
       WHERE u.status = 'active' AND o.status = 'active' AND o.type <> 'secretariat';
    CREATE TABLE bench_operator_users AS
      SELECT (row_number() OVER (ORDER BY k) - 1) AS k, id, organization_id FROM bench_users WHERE type = 'park_operator';
    CREATE INDEX ON bench_users (k); CREATE INDEX ON bench_operator_users (k);`);

  next('parks');
  await db.query(`
    INSERT INTO parks (id, organization_id, name_en, name_zh, country, city, latitude, longitude, established_year, area_km2,
                       sectors, status, enterprise_count, investment_usd, local_jobs, description_en, description_zh, created_at)
    SELECT bench_id('park', g), o.id,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'park-en', g)) || ' Industrial Park ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'park-zh', g) || '产业园' || g || '号',
           c.country, 'City ' || (g % 97),
           round((-30 + bench_u('park-lat', g) * 80)::numeric, 6), round((-20 + bench_u('park-lng', g) * 150)::numeric, 6),
           1995 + floor(bench_u('park-year', g) * 30)::int, round((1 + bench_u('park-area', g) * 50)::numeric, 2),
           ARRAY[bench_pick(${sqlArray(SECTORS)}, 'park-s1', g), bench_pick(${sqlArray(SECTORS)}, 'park-s2', g)],
           (CASE WHEN bench_u('park-status', g) < 0.7 THEN 'operating' WHEN bench_u('park-status', g) < 0.85
                 THEN 'under_construction' ELSE 'planning' END)::park_status,
           floor(power(bench_u('park-ent', g), 3) * 400)::int,
           round((power(bench_u('park-inv', g), 3) * 2e9)::numeric, 2), floor(power(bench_u('park-jobs', g), 3) * 30000)::int,
           'A synthetic overseas park for ' || bench_pick(${sqlArray(WORDS_EN)}, 'park-d', g) || '.',
           '一个以' || bench_pick(${sqlArray(WORDS_ZH)}, 'park-dz', g) || '为主的合成境外园区。',
           now() - (bench_u('park-created', g) * interval '1500 days')
      FROM generate_series(1, ${n.parks}) AS g
      JOIN bench_orgs_by_type o ON o.type = 'park_operator'
       AND o.k = floor((SELECT count(*) FROM bench_orgs_by_type WHERE type = 'park_operator') * power(bench_u('park-org', g), 2))
      CROSS JOIN LATERAL (SELECT bench_pick(${sqlArray(COUNTRIES)}, 'park-country', floor(power(bench_u('park-c', g), 2) * 1000)::bigint) AS country) c`);

  next('posts');
  await insertPosts(db, n.posts, seed, (done) => progress('posts', step, steps, done / n.posts));

  next('event registrations');
  await db.query(`
    CREATE TABLE bench_events AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id, event_capacity FROM posts
       WHERE kind = 'event' AND status = 'published' AND id::text NOT LIKE '00000000-%';
    CREATE INDEX ON bench_events (k);
    INSERT INTO event_registrations (post_id, user_id, status, created_at)
    SELECT e.id, u.id, (CASE WHEN bench_u('reg-s', g) < 0.85 THEN 'confirmed' WHEN bench_u('reg-s', g) < 0.93 THEN 'waitlisted'
                             ELSE 'cancelled' END)::registration_status,
           now() - (bench_u('reg-at', g) * interval '300 days')
      FROM generate_series(1, ${n.registrations}) AS g
      JOIN bench_events e ON e.k = floor((SELECT count(*) FROM bench_events) * power(bench_u('reg-e', g), 2))
      JOIN bench_users u ON u.k = floor((SELECT count(*) FROM bench_users) * bench_u('reg-u', g))
    ON CONFLICT DO NOTHING`);

  next('financing requests');
  await db.query(`
    INSERT INTO financing_requests (id, organization_id, park_id, created_by_user_id, title_en, title_zh, purpose_en, purpose_zh,
                                    description_en, description_zh, instrument, amount, currency, tenor_months, country, sector,
                                    audience, institution_ids, status, revision, submitted_at, decided_at, created_at, updated_at)
    SELECT bench_id('fin', g), u.organization_id,
           (SELECT p.id FROM parks p WHERE p.organization_id = u.organization_id ORDER BY p.id LIMIT 1), u.id,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'fin-t', g)) || ' financing ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'fin-tz', g) || '融资需求' || g || '号',
           'Finance the ' || bench_pick(${sqlArray(WORDS_EN)}, 'fin-p', g) || ' phase.',
           '用于' || bench_pick(${sqlArray(WORDS_ZH)}, 'fin-pz', g) || '阶段。',
           'Synthetic financing request ' || g || '.', '合成融资需求' || g || '。',
           (ARRAY['loan','project_finance','trade_finance','export_credit_insurance','guarantee','equity'])[1 + floor(bench_u('fin-i', g) * 6)::int]::financing_instrument,
           round((100000 + power(bench_u('fin-a', g), 3) * 2e8)::numeric, 2),
           (ARRAY['USD','USD','USD','CNY','EUR'])[1 + floor(bench_u('fin-cur', g) * 5)::int],
           12 * (1 + floor(bench_u('fin-tenor', g) * 10)::int),
           bench_pick(${sqlArray(COUNTRIES)}, 'fin-country', floor(power(bench_u('fin-c', g), 2) * 1000)::bigint),
           bench_pick(${sqlArray(SECTORS)}, 'fin-sector', g),
           'named', '{}',
           s.status::financing_request_status, CASE WHEN s.status = 'draft' THEN 0 ELSE 1 END,
           CASE WHEN s.status = 'draft' THEN NULL ELSE t.at + interval '2 days' END,
           CASE WHEN s.status IN ('accepted', 'closed', 'withdrawn') THEN t.at + interval '30 days' END,
           t.at, t.at + interval '2 days'
      FROM generate_series(1, ${n.financingRequests}) AS g
      JOIN bench_operator_users u ON u.k = floor((SELECT count(*) FROM bench_operator_users) * bench_u('fin-u', g))
      CROSS JOIN LATERAL (SELECT now() - (bench_u('fin-at', g) * interval '700 days') AS at) t
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('fin-s', g) < 0.1 THEN 'draft' WHEN bench_u('fin-s', g) < 0.25 THEN 'submitted'
                                      WHEN bench_u('fin-s', g) < 0.55 THEN 'under_review' WHEN bench_u('fin-s', g) < 0.7 THEN 'offer_received'
                                      WHEN bench_u('fin-s', g) < 0.8 THEN 'accepted' WHEN bench_u('fin-s', g) < 0.9 THEN 'withdrawn'
                                      ELSE 'closed' END AS status) s`);

  next('financing reviews and offers');
  // One to four institutions asked per submitted request, the large ones most often.
  await db.query(`
    INSERT INTO financing_reviews (id, request_id, organization_id, status, seen_revision, opened_at, decided_at, created_at, updated_at)
    SELECT bench_id('review', r.i * 10 + slot), r.id, o.id,
           (CASE r.status
              WHEN 'submitted' THEN 'new'
              WHEN 'under_review' THEN (ARRAY['new','in_review','info_requested','declined'])[1 + floor(bench_u('rev-s', r.i * 10 + slot) * 4)::int]
              WHEN 'offer_received' THEN (ARRAY['in_review','offer_made','offer_made','declined'])[1 + floor(bench_u('rev-s', r.i * 10 + slot) * 4)::int]
              WHEN 'accepted' THEN CASE WHEN slot = 1 THEN 'accepted' ELSE 'closed' END
              ELSE 'closed' END)::financing_review_status,
           1, CASE WHEN r.status <> 'submitted' THEN r.submitted_at + interval '1 day' END,
           CASE WHEN r.status IN ('accepted', 'closed', 'withdrawn') THEN r.decided_at END,
           r.submitted_at, r.submitted_at + interval '1 day'
      FROM (SELECT id, status, submitted_at, decided_at, row_number() OVER (ORDER BY id) AS i FROM financing_requests
             WHERE status <> 'draft' AND id::text NOT LIKE '00000000-%') r
      CROSS JOIN LATERAL generate_series(1, 1 + floor(bench_u('rev-n', r.i) * 4)::int) AS slot
      JOIN bench_orgs_by_type o ON o.type = 'financial_institution'
       AND o.k = floor((SELECT count(*) FROM bench_orgs_by_type WHERE type = 'financial_institution') * power(bench_u('rev-o', r.i * 10 + slot), 3))
    ON CONFLICT DO NOTHING;
    UPDATE financing_requests f SET institution_ids = a.ids
      FROM (SELECT request_id, array_agg(organization_id ORDER BY organization_id) AS ids FROM financing_reviews GROUP BY request_id) a
     WHERE a.request_id = f.id AND f.id::text NOT LIKE '00000000-%';
    UPDATE financing_requests f SET accepted_review_id = v.id
      FROM financing_reviews v WHERE v.request_id = f.id AND v.status = 'accepted' AND f.id::text NOT LIKE '00000000-%';
    INSERT INTO financing_offers (review_id, amount, currency, rate_kind, rate_percent, tenor_months, conditions, valid_until, status,
                                  prepared_by_user_id, request_revision, prepared_at, released_at)
    SELECT v.id, f.amount, f.currency, (CASE WHEN f.instrument = 'export_credit_insurance' THEN 'premium' ELSE 'interest' END)::financing_rate_kind,
           round((2 + bench_u('offer-rate', v.created_at::date - date '2020-01-01') * 6)::numeric, 4), f.tenor_months,
           'Synthetic conditions.', (v.updated_at + interval '60 days')::date,
           (CASE v.status WHEN 'accepted' THEN 'accepted' WHEN 'closed' THEN 'not_accepted' ELSE 'released' END)::financing_offer_status,
           NULL, 1, v.updated_at, v.updated_at
      FROM financing_reviews v JOIN financing_requests f ON f.id = v.request_id
     WHERE v.status IN ('offer_made', 'accepted') AND v.id::text NOT LIKE '00000000-%'`);

  next('notifications');
  await db.query(`
    INSERT INTO notifications (user_id, type, record_type, record_id, title_en, title_zh, read_at, created_at, from_en, from_zh)
    SELECT u.id, 'post_published', 'post', p.id, p.title_en, p.title_zh,
           CASE WHEN bench_u('note-read', g) < 0.7 THEN p.published_at + interval '1 hour' END, p.published_at, 'Alliance', '联盟'
      FROM generate_series(1, ${n.notifications}) AS g
      JOIN bench_users u ON u.k = floor((SELECT count(*) FROM bench_users) * power(bench_u('note-u', g), 2))
      JOIN LATERAL (SELECT id, title_en, title_zh, published_at FROM posts WHERE id = bench_id('post', 1 + floor(bench_u('note-p', g) * ${n.posts})::bigint)
                     AND published_at IS NOT NULL) p ON true`);

  next('membership applications');
  await db.query(`
    INSERT INTO membership_applications (reference, status, name_en, name_zh, type, country, contact_name, contact_email, locale,
                                         terms_accepted_at, submitted_ip, decided_at, rejection_reason, created_at)
    SELECT 'MA-B' || lpad(g::text, 7, '0'),
           (CASE WHEN bench_u('app-s', g) < 0.05 THEN 'pending' WHEN bench_u('app-s', g) < 0.8 THEN 'approved' ELSE 'rejected' END)::membership_application_status,
           'Applicant ' || initcap(bench_pick(${sqlArray(WORDS_EN)}, 'app-n', g)) || ' ' || g,
           '申请单位' || bench_pick(${sqlArray(WORDS_ZH)}, 'app-nz', g) || g || '号',
           (ARRAY['park_operator','financial_institution','service_provider','research_institute'])[1 + floor(bench_u('app-t', g) * 4)::int]::organization_type,
           bench_pick(${sqlArray(COUNTRIES)}, 'app-c', g), 'Applicant ' || g, 'applicant' || g || '@bench.example.org',
           (CASE WHEN g % 2 = 0 THEN 'en' ELSE 'zh' END)::locale, t.at, '10.0.' || (g % 250) || '.' || (g % 199),
           CASE WHEN bench_u('app-s', g) >= 0.05 THEN t.at + interval '5 days' END,
           CASE WHEN bench_u('app-s', g) >= 0.8 THEN 'Not an overseas park operator or partner.' END, t.at
      FROM generate_series(1, ${n.applications}) AS g
      CROSS JOIN LATERAL (SELECT now() - (bench_u('app-at', g) * interval '1500 days') AS at) t`);

  next('policy briefs and country ratings');
  await insertBriefs(db, n.briefs, seed, (done) => progress('policy briefs', step, steps, done / n.briefs));
  // Each host country: a published rating a month for two years, and a proposal waiting for every other country.
  await db.query(`
    INSERT INTO country_ratings (id, country, grade, outlook, rationale_en, rationale_zh, effective_on, source, status,
                                 proposed_by_user_id, proposed_by_organization_id, decided_by_user_id, published_at, decided_at, created_at)
    SELECT bench_id('rating', c.i * 100 + m), c.country, 1 + floor(bench_u('rating-g', c.i * 100 + m) * 5)::int,
           (ARRAY['positive','stable','stable','negative','watch'])[1 + floor(bench_u('rating-o', c.i * 100 + m) * 5)::int]::risk_outlook,
           'Synthetic assessment ' || m || ' of ' || c.country || '.', '合成评估' || m || '。',
           (date '2024-12-01' + (m || ' months')::interval)::date, 'Synthetic research desk',
           (CASE WHEN m <= 24 THEN 'published' ELSE 'proposed' END)::country_rating_status,
           '${RESEARCHER.user}', '${RESEARCHER.organization}',
           CASE WHEN m <= 24 THEN '${SECRETARIAT_USER}'::uuid END,
           CASE WHEN m <= 24 THEN date '2024-12-02' + (m || ' months')::interval END,
           CASE WHEN m <= 24 THEN date '2024-12-02' + (m || ' months')::interval END,
           date '2024-12-01' + (m || ' months')::interval
      FROM unnest(${sqlArray(COUNTRIES)}) WITH ORDINALITY AS c(country, i)
      CROSS JOIN generate_series(1, 25) AS m
     WHERE m <= 24 OR c.i % 2 = 0
    ON CONFLICT DO NOTHING`);

  next('risk alerts');
  // Alerts of the secretariat over three years (30 days' validity: most have expired), one host country
  // each; a tenth with the organizations operating parks in it exposed, some of which acknowledged.
  await db.query(`
    INSERT INTO risk_alerts (id, organization_id, issued_by_user_id, severity, category, countries, place, title_en, title_zh,
                             body_en, body_zh, valid_from, valid_until, status, update_number, issued_at, created_at, updated_at)
    SELECT bench_id('alert', g), '${SECRETARIAT_ORG}', '${SECRETARIAT_USER}',
           (ARRAY['info','warning','warning','critical'])[1 + floor(bench_u('al-s', g) * 4)::int]::risk_alert_severity,
           (ARRAY['security','political','natural_disaster','health','regulatory','economic','labour'])[1 + floor(bench_u('al-k', g) * 7)::int]::risk_alert_category,
           ARRAY[bench_pick(${sqlArray(COUNTRIES)}, 'al-c', g)], NULL, 'Synthetic alert ' || g, '合成预警' || g,
           'Synthetic alert body ' || g || '.', '合成预警正文' || g || '。', t.at, t.at + interval '30 days',
           (CASE WHEN t.at + interval '30 days' > now() THEN 'active' ELSE 'expired' END)::risk_alert_status,
           0, t.at, t.at, t.at
      FROM generate_series(1, ${n.alerts}) AS g
      CROSS JOIN LATERAL (SELECT now() - (bench_u('al-at', g) * interval '1000 days') AS at) t`);
  await db.query(`
    INSERT INTO risk_alert_organizations (alert_id, organization_id, reasons, acknowledged_at, acknowledged_by_user_id, created_at)
    SELECT DISTINCT ON (a.id, p.organization_id) a.id, p.organization_id, ARRAY['park'],
           CASE WHEN bench_u('al-ack', hashtext(a.id::text || p.organization_id::text)) < 0.6 THEN a.issued_at + interval '1 day' END,
           NULL, a.issued_at
      FROM risk_alerts a JOIN parks p ON p.country = a.countries[1]
     WHERE a.title_en LIKE 'Synthetic alert %' AND bench_u('al-x', hashtext(a.id::text)) < 0.1
    ON CONFLICT DO NOTHING`);
  next('member issues and cases');
  await insertMemberIssues(db, n);
  next('cooperation projects');
  await insertProjects(db, n);
  next('cooperation projects and matches');
  await insertCooperation(db, n);
  next('cooperation expressions');
  await insertCooperationDeals(db, n);
  next('B2B meetings');
  await insertMeetings(db, n, seed);
  next('partner agreements');
  await insertAgreements(db, n);
  next('agreement services and requests');
  await insertAgreementServices(db, n);
  next('initiatives and endorsements');
  await insertInitiatives(db, n);

  await db.query(`DROP TABLE bench_orgs, bench_orgs_by_type, bench_users, bench_operator_users, bench_events;
                  DROP FUNCTION bench_pick, bench_id, bench_u;`);
  // Statistics and the visibility map as autovacuum leaves a settled database (index-only scans need the map).
  await db.query('VACUUM ANALYZE');
  const counts = {};
  for (const table of [
    'organizations',
    'users',
    'parks',
    'posts',
    'event_registrations',
    'financing_requests',
    'financing_reviews',
    'financing_offers',
    'notifications',
    'membership_applications',
    'policy_briefs',
    'policy_brief_versions',
    'country_ratings',
    'risk_alerts',
    'risk_alert_organizations',
    'issue_cases',
    'member_issues',
    'cooperation_projects',
    'expressions_of_interest',
    'cooperation_messages',
    'deals',
    'deal_stage_changes',
    'match_dismissals',
    'meeting_programmes',
    'meeting_sessions',
    'meeting_availability',
    'meetings',
    'partner_agreements',
    'partner_agreement_counterparties',
    'agreement_commitments',
    'agreement_services',
    'service_requests',
    'service_request_messages',
    'initiatives',
    'endorsements',
    'endorsement_proposals',
  ]) {
    counts[table] = Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  }
  return counts;
}

const SSEZ = '00000000-0000-4000-8000-000000000011';
const PROJECT_KINDS = ['seeking_investment', 'seeking_partner', 'offering_capacity', 'procurement'];

/**
 * Cooperation projects of the members (the large organizations most), a little over half open, with
 * expressions of interest of other members and dismissed matches; and one open project of the
 * Sihanoukville operator for the benchmark's owner list (textiles in Cambodia).
 */
async function insertCooperation(db, n) {
  await db.query(`
    INSERT INTO cooperation_projects (id, organization_id, kind, status, audience, title_en, title_zh, summary_en, summary_zh,
                                      sectors, country, size_usd, submitted_at, published_at, expires_at, created_at, updated_at)
    SELECT bench_id('coop', g), CASE WHEN g = 0 THEN '${SSEZ}'::uuid ELSE o.id END,
           (${sqlArray(PROJECT_KINDS)})[1 + floor(bench_u('coop-k', g) * 4)::int]::cooperation_project_kind,
           (CASE WHEN g = 0 OR bench_u('coop-s', g) < 0.55 THEN 'open' WHEN bench_u('coop-s', g) < 0.65 THEN 'in_talks'
                 WHEN bench_u('coop-s', g) < 0.75 THEN 'draft' WHEN bench_u('coop-s', g) < 0.8 THEN 'in_review'
                 ELSE 'closed' END)::cooperation_project_status,
           (CASE WHEN bench_u('coop-a', g) < 0.3 THEN 'public' ELSE 'members' END)::cooperation_audience,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'coop-t', g)) || ' cooperation project ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'coop-tz', g) || '合作项目' || g || '号',
           'A synthetic cooperation project.', '合成合作项目。',
           CASE WHEN g = 0 THEN ARRAY['textiles_garments']
                ELSE ARRAY[bench_pick(${sqlArray(SECTORS)}, 'coop-s1', g), bench_pick(${sqlArray(SECTORS)}, 'coop-s2', g)] END,
           CASE WHEN g = 0 THEN 'KH' ELSE bench_pick(${sqlArray(COUNTRIES)}, 'coop-c', floor(power(bench_u('coop-cc', g), 2) * 1000)::bigint) END,
           round((100000 + power(bench_u('coop-size', g), 3) * 5e8)::numeric, 2),
           t.at, t.at + interval '3 days', t.at + interval '368 days', t.at, t.at + interval '3 days'
      FROM generate_series(0, ${n.cooperationProjects}) AS g
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('coop-o', g), 2))
      CROSS JOIN LATERAL (SELECT now() - (bench_u('coop-at', g) * interval '300 days') AS at) t`);
  await db.query(`
    UPDATE cooperation_projects SET published_at = NULL, expires_at = NULL
     WHERE status IN ('draft', 'in_review') AND id::text NOT LIKE '00000000-%';
    CREATE TABLE bench_published AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id, organization_id FROM cooperation_projects
       WHERE status IN ('open', 'in_talks', 'closed') AND id::text NOT LIKE '00000000-%';
    CREATE INDEX ON bench_published (k);
    INSERT INTO expressions_of_interest (project_id, organization_id, status, message, created_at)
    SELECT DISTINCT ON (p.id, o.id) p.id, o.id,
           (CASE WHEN bench_u('eoi-s', g) < 0.5 THEN 'open' WHEN bench_u('eoi-s', g) < 0.7 THEN 'accepted'
                 WHEN bench_u('eoi-s', g) < 0.85 THEN 'declined' ELSE 'withdrawn' END)::expression_status,
           'Synthetic interest ' || g || '.', now() - (bench_u('eoi-at', g) * interval '200 days')
      FROM generate_series(1, ${n.expressions}) AS g
      JOIN bench_published p ON p.k = floor((SELECT count(*) FROM bench_published) * bench_u('eoi-p', g))
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('eoi-o', g), 2))
     WHERE o.id <> p.organization_id
    ON CONFLICT DO NOTHING;
    INSERT INTO match_dismissals (organization_id, project_id, suggested_organization_id, created_at)
    SELECT o.id, p.id, o.id, now() - (bench_u('dis-at', g) * interval '100 days')
      FROM generate_series(1, ${n.matchDismissals}) AS g
      JOIN bench_published p ON p.k = floor((SELECT count(*) FROM bench_published) * bench_u('dis-p', g))
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('dis-o', g), 2))
     WHERE o.id <> p.organization_id
    ON CONFLICT DO NOTHING;
    DROP TABLE bench_published;`);
}

/** The Jiangsu Department of Commerce (seeds/demo-issues.ts): the body every synthetic relayed case went to. */
const COMMERCE = '00000000-0000-4000-8000-000000002103';
const ISSUE_CATEGORIES = ['customs', 'permits', 'labour', 'security', 'tax', 'land', 'finance', 'other'];

/**
 * Members' issues raised by the users of member organizations (the large ones most), seven in ten filed
 * in a case at the case's step, 15 % confidential; then each case's count of organizations, whether
 * it holds an issue members may see, and its oldest issue's date, as the API keeps them.
 */
async function insertMemberIssues(db, n) {
  await db.query(`
    INSERT INTO issue_cases (id, reference, category, country, title_en, title_zh, status, opened_at, government_body_id,
                             relayed_text, relayed_at, answer_en, answer_zh, answered_at, closed_reason, created_by_user_id,
                             created_at, updated_at)
    SELECT bench_id('case', g), 'IC-B' || lpad(g::text, 7, '0'), bench_pick(${sqlArray(ISSUE_CATEGORIES)}, 'case-cat', g)::member_issue_category,
           bench_pick(${sqlArray(COUNTRIES)}, 'case-c', floor(power(bench_u('case-cc', g), 2) * 1000)::bigint),
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'case-t', g)) || ' ' || bench_pick(${sqlArray(WORDS_EN)}, 'case-t2', g) || ' problem ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'case-tz', g) || '问题' || g || '号', s.status::issue_case_status, s.at,
           CASE WHEN s.status <> 'open' AND s.status <> 'closed' THEN '${COMMERCE}'::uuid END,
           CASE WHEN s.status <> 'open' AND s.status <> 'closed' THEN 'Synthetic letter to the department.' END,
           CASE WHEN s.status <> 'open' AND s.status <> 'closed' THEN s.at + interval '10 days' END,
           CASE WHEN s.status IN ('answered', 'resolved') THEN 'Synthetic answer.' END,
           CASE WHEN s.status IN ('answered', 'resolved') THEN '合成答复。' END,
           CASE WHEN s.status IN ('answered', 'resolved') THEN s.at + interval '30 days' END,
           CASE WHEN s.status = 'closed' THEN 'Solved by the members themselves.' END,
           '${SECRETARIAT_USER}', s.at + interval '2 days', s.at + interval '30 days'
      FROM generate_series(1, ${n.issueCases}) AS g
      CROSS JOIN LATERAL (SELECT now() - (bench_u('case-at', g) * interval '900 days') AS at,
             CASE WHEN bench_u('case-s', g) < 0.5 THEN 'open' WHEN bench_u('case-s', g) < 0.65 THEN 'relayed'
                  WHEN bench_u('case-s', g) < 0.75 THEN 'answered' WHEN bench_u('case-s', g) < 0.9 THEN 'resolved'
                  ELSE 'closed' END AS status) s`);
  await db.query(`
    INSERT INTO member_issues (id, reference, organization_id, raised_by_user_id, category, country, title_en, title_zh,
                               description_en, description_zh, confidential, status, case_id, closed_reason, created_at, updated_at)
    SELECT bench_id('issue', g), 'MI-B' || lpad(g::text, 7, '0'), u.organization_id, u.id, coalesce(c.category, i.category),
           coalesce(c.country, i.country),
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'issue-t', g)) || ' ' || bench_pick(${sqlArray(WORDS_EN)}, 'issue-t2', g) || ' issue ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'issue-tz', g) || '问题' || g || '号',
           'A synthetic problem met abroad with ' || bench_pick(${sqlArray(WORDS_EN)}, 'issue-d', g) || '.',
           '合成的境外' || bench_pick(${sqlArray(WORDS_ZH)}, 'issue-dz', g) || '问题。',
           bench_u('issue-conf', g) < 0.15,
           (CASE WHEN c.id IS NULL THEN CASE WHEN bench_u('issue-s', g) < 0.1 THEN 'closed' ELSE 'submitted' END
                 WHEN c.status = 'open' THEN 'acknowledged' ELSE c.status::text END)::member_issue_status,
           c.id, CASE WHEN c.status = 'closed' OR (c.id IS NULL AND bench_u('issue-s', g) < 0.1) THEN 'Closed.' END,
           i.at, i.at + interval '1 day'
      FROM generate_series(1, ${n.memberIssues}) AS g
      JOIN bench_users u ON u.k = floor((SELECT count(*) FROM bench_users) * power(bench_u('issue-u', g), 2))
      CROSS JOIN LATERAL (SELECT now() - (bench_u('issue-at', g) * interval '900 days') AS at,
             bench_pick(${sqlArray(ISSUE_CATEGORIES)}, 'issue-cat', g)::member_issue_category AS category,
             bench_pick(${sqlArray(COUNTRIES)}, 'issue-c', g) AS country) i
      LEFT JOIN issue_cases c ON bench_u('issue-filed', g) < 0.7
             AND c.id = bench_id('case', 1 + floor(bench_u('issue-case', g) * ${n.issueCases})::bigint)`);
  await db.query(`
    UPDATE issue_cases c SET raised_by = x.raised_by, has_public_issue = x.has_public, opened_at = least(c.opened_at, x.first)
      FROM (SELECT case_id, count(DISTINCT organization_id)::int AS raised_by, bool_or(NOT confidential) AS has_public,
                   min(created_at) AS first
              FROM member_issues WHERE case_id IS NOT NULL GROUP BY case_id) x
     WHERE x.case_id = c.id`);
  await db.query(`SELECT setval('member_issue_reference_seq', ${n.memberIssues + 100});
                  SELECT setval('issue_case_reference_seq', ${n.issueCases + 100});`);
}

/**
 * Cooperation projects of member organizations (the large ones most) over two years: seven in ten
 * open, one in talks, the rest closed, drafts or in review; a third for the public; one or two sectors.
 */
async function insertProjects(db, n) {
  await db.query(`
    INSERT INTO cooperation_projects (id, organization_id, kind, status, audience, title_en, title_zh, summary_en, summary_zh,
                                      description_en, sectors, country, size_usd, submitted_at, published_at, expires_at,
                                      close_outcome, close_reason, closed_at, sample, created_at, updated_at)
    SELECT bench_id('project', g), o.id, bench_pick(${sqlArray(PROJECT_KINDS)}, 'pr-k', g)::cooperation_project_kind,
           s.status::cooperation_project_status,
           (CASE WHEN bench_u('pr-a', g) < 0.33 THEN 'public' ELSE 'members' END)::cooperation_audience,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'pr-t', g)) || ' ' || bench_pick(${sqlArray(WORDS_EN)}, 'pr-t2', g) || ' project ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'pr-tz', g) || '合作项目' || g || '号',
           'A synthetic project on ' || bench_pick(${sqlArray(WORDS_EN)}, 'pr-s', g) || '.',
           '合成的' || bench_pick(${sqlArray(WORDS_ZH)}, 'pr-sz', g) || '合作项目。',
           'Synthetic description ' || g || '.',
           CASE WHEN bench_u('pr-2', g) < 0.4
                THEN ARRAY[bench_pick(${sqlArray(SECTORS)}, 'pr-s1', g), bench_pick(${sqlArray(SECTORS)}, 'pr-s2', g)]
                ELSE ARRAY[bench_pick(${sqlArray(SECTORS)}, 'pr-s1', g)] END,
           bench_pick(${sqlArray(COUNTRIES)}, 'pr-c', floor(power(bench_u('pr-cc', g), 2) * 1000)::bigint),
           round((100000 + bench_u('pr-size', g) * 90000000)::numeric, 2),
           CASE WHEN s.status <> 'draft' THEN s.at END,
           CASE WHEN s.status IN ('open', 'in_talks', 'closed') THEN s.at + interval '2 days' END,
           CASE WHEN s.status IN ('open', 'in_talks', 'closed') THEN s.at + interval '2 days' + interval '12 months' END,
           (CASE WHEN s.status = 'closed' THEN 'concluded' END)::cooperation_close_outcome,
           CASE WHEN s.status = 'closed' THEN 'Synthetic outcome.' END,
           CASE WHEN s.status = 'closed' THEN s.at + interval '60 days' END,
           true, s.at - interval '1 day', s.at + interval '2 days'
      FROM generate_series(1, ${n.projects}) AS g
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('pr-o', g), 3))
      CROSS JOIN LATERAL (SELECT now() - (bench_u('pr-at', g) * interval '300 days') AS at,
             CASE WHEN bench_u('pr-st', g) < 0.7 THEN 'open' WHEN bench_u('pr-st', g) < 0.8 THEN 'in_talks'
                  WHEN bench_u('pr-st', g) < 0.9 THEN 'closed' WHEN bench_u('pr-st', g) < 0.95 THEN 'draft'
                  ELSE 'in_review' END AS status) s`);
}

/** Posts in batches from JavaScript: their Chinese n-grams come from the API's own function (the build). */
async function insertPosts(db, total, seed, onBatch) {
  const { zhGramsOf } = require('../../apps/api/dist/apps/api/src/modules/posts/post-search.js');
  const random = prng(seed);
  const users = (await db.query(`SELECT id, organization_id FROM bench_users ORDER BY k`)).rows;
  const pick = (list, skew = 1) => list[Math.floor(Math.pow(random(), skew) * list.length)];
  const words = (list, count) => Array.from({ length: count }, () => pick(list)).join(' ');
  const BATCH = 5000;
  const now = Date.now();
  for (let from = 1; from <= total; from += BATCH) {
    const rows = [];
    for (let i = from; i < Math.min(from + BATCH, total + 1); i++) {
      const author = pick(users);
      const kind = random() < 0.05 ? 'event' : pick(['news', 'news', 'announcement', 'opportunity', 'demand']);
      const zhOnly = random() < 0.15;
      const enOnly = !zhOnly && random() < 0.15;
      const first = pick(WORDS_EN);
      const titleEn = zhOnly ? null : `${first[0].toUpperCase()}${first.slice(1)} ${words(WORDS_EN, 3)} update ${i}`;
      const titleZh = enOnly ? null : `${pick(WORDS_ZH)}${words(WORDS_ZH, 2).replace(/ /g, '')}动态第${i}期`;
      const bodyEn = zhOnly
        ? null
        : `Members report on ${words(WORDS_EN, 12)} in overseas parks. ${words(WORDS_EN, 20)}.`;
      const bodyZh = enOnly
        ? null
        : `成员单位介绍境外园区的${words(WORDS_ZH, 10).replace(/ /g, '')}情况。${words(WORDS_ZH, 16).replace(/ /g, '，')}。`;
      const status = random() < 0.9 ? 'published' : pick(['draft', 'archived', 'removed']);
      const published = new Date(now - Math.pow(random(), 1.5) * 900 * 86400_000);
      const starts = kind === 'event' ? new Date(published.getTime() + (random() * 120 - 30) * 86400_000) : null;
      rows.push([
        deterministicUuid(seed, 'post', i),
        author.organization_id,
        author.id,
        kind,
        titleEn,
        titleZh,
        bodyEn,
        bodyZh,
        bodyEn && `<p>${bodyEn}</p>`,
        bodyZh && `<p>${bodyZh}</p>`,
        bodyEn?.slice(0, 200) ?? null,
        bodyZh?.slice(0, 200) ?? null,
        zhGramsOf(titleZh, bodyZh),
        `{${pick(COUNTRIES, 2)}}`,
        `{${pick(SECTORS)}}`,
        random() < 0.6 ? 'public' : 'members',
        status,
        status === 'draft' ? null : published.toISOString(),
        published.toISOString(),
        starts?.toISOString() ?? null,
        starts ? new Date(starts.getTime() + 8 * 3600_000).toISOString() : null,
        starts ? 'Asia/Shanghai' : null,
        starts ? `Hall ${i % 12}, Nanjing` : null,
        starts ? 50 + Math.floor(random() * 300) : null,
      ]);
    }
    const columns = rows[0].map((_, c) => rows.map((r) => r[c]));
    await db.query(
      `INSERT INTO posts (id, organization_id, author_user_id, kind, title_en, title_zh, body_en, body_zh, body_html_en, body_html_zh,
                          excerpt_en, excerpt_zh, zh_grams, countries, sectors, visibility, status, published_at, created_at,
                          event_starts_at, event_ends_at, event_time_zone, event_place, event_capacity, removed_reason, removed_at)
       SELECT id, org, author, kind::post_kind, te, tz, be, bz, he, hz, ee, ez, g, c::text[], s::text[], v::post_visibility,
              st::post_status, pub::timestamptz, cr::timestamptz, es::timestamptz, ee2::timestamptz, tzn, place, cap,
              CASE WHEN st = 'removed' THEN 'Synthetic moderation.' END, CASE WHEN st = 'removed' THEN pub::timestamptz END
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
                     $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], $23::text[], $24::int[])
           AS t(id, org, author, kind, te, tz, be, bz, he, hz, ee, ez, g, c, s, v, st, pub, cr, es, ee2, tzn, place, cap)`,
      columns,
    );
    onBatch(Math.min(from + BATCH - 1, total));
  }
}

/**
 * Policy briefs in batches, with their versions: written mostly by research institutes and service
 * providers (the demo ones most of all); most published, some with a second version (published, or
 * in review while readers keep the first), some retracted, in review, sent back or drafts.
 */
async function insertBriefs(db, total, seed, onBatch) {
  const { zhGramsOf } = require('../../apps/api/dist/apps/api/src/modules/posts/post-search.js');
  const random = prng(seed + 14);
  const authors = (
    await db.query(
      `SELECT id, organization_id FROM bench_users WHERE type IN ('research_institute', 'service_provider') ORDER BY k`,
    )
  ).rows;
  const demoResearcher = { id: RESEARCHER.user, organization_id: RESEARCHER.organization };
  const pick = (list, skew = 1) => list[Math.floor(Math.pow(random(), skew) * list.length)];
  const words = (list, count) => Array.from({ length: count }, () => pick(list)).join(' ');
  const BATCH = 2000;
  const now = Date.now();
  for (let from = 1; from <= total; from += BATCH) {
    const briefs = [];
    const versions = [];
    for (let i = from; i < Math.min(from + BATCH, total + 1); i++) {
      const author = random() < 0.1 ? demoResearcher : pick(authors, 3);
      const r = random();
      const status =
        r < 0.74
          ? 'published'
          : r < 0.82
            ? 'published+working'
            : r < 0.85
              ? 'retracted'
              : r < 0.9
                ? 'in_review'
                : r < 0.94
                  ? 'changes_requested'
                  : 'draft';
      const twoPublished = status === 'published' && random() < 0.3;
      const countries = [pick(COUNTRIES, 2), ...(random() < 0.3 ? [pick(COUNTRIES)] : [])].filter(
        (c, k, a) => a.indexOf(c) === k,
      );
      const topics = [pick(POLICY_TOPICS), ...(random() < 0.4 ? [pick(POLICY_TOPICS)] : [])].filter(
        (c, k, a) => a.indexOf(c) === k,
      );
      const audience = random() < 0.7 ? 'public' : 'members';
      const created = new Date(now - Math.pow(random(), 1.5) * 700 * 86400_000);
      const first = pick(WORDS_EN);
      const content = (n) => {
        const titleEn = `${first[0].toUpperCase()}${first.slice(1)} ${words(WORDS_EN, 3)} brief ${i}${n > 1 ? ' (revised)' : ''}`;
        const titleZh = `${pick(COUNTRY_ZH)}${words(WORDS_ZH, 2).replace(/ /g, '')}政策简报第${i}期${n > 1 ? '（修订）' : ''}`;
        const bodyEn = `The rules on ${words(WORDS_EN, 10)} for overseas parks. ${words(WORDS_EN, 25)}.${n > 1 ? ` Amended: ${words(WORDS_EN, 6)}.` : ''}`;
        const bodyZh = `境外园区${words(WORDS_ZH, 8).replace(/ /g, '')}的规定。${words(WORDS_ZH, 14).replace(/ /g, '，')}。${n > 1 ? `修订：${words(WORDS_ZH, 4).replace(/ /g, '')}。` : ''}`;
        return {
          titleEn,
          titleZh,
          summaryEn: `What members should know about ${words(WORDS_EN, 4)}.`,
          summaryZh: `成员应了解的${words(WORDS_ZH, 3).replace(/ /g, '')}要点。`,
          bodyEn,
          bodyZh,
        };
      };
      const count = twoPublished || status === 'published+working' ? 2 : 1;
      const published = status === 'published' || status === 'published+working' || status === 'retracted';
      const publishedNumber = published ? (twoPublished ? 2 : 1) : null;
      const workingNumber = status === 'published+working' ? 2 : published ? null : 1;
      const workingStatus = status === 'published+working' ? pick(['draft', 'in_review']) : published ? null : status;
      const briefId = deterministicUuid(seed, 'brief', i);
      const shownNumber = publishedNumber ?? 1;
      let shown;
      for (let v = 1; v <= count; v++) {
        const c = content(v);
        if (v === shownNumber) shown = c;
        const vStatus = v === workingNumber ? workingStatus : 'published';
        const at = new Date(created.getTime() + v * 5 * 86400_000);
        versions.push([
          deterministicUuid(seed, 'brief-version', i * 10 + v),
          briefId,
          v,
          vStatus,
          c.titleEn,
          c.titleZh,
          c.summaryEn,
          c.summaryZh,
          c.bodyEn,
          c.bodyZh,
          `<p>${c.bodyEn}</p>`,
          `<p>${c.bodyZh}</p>`,
          `{${countries.join(',')}}`,
          `{${topics.join(',')}}`,
          audience,
          author.id,
          vStatus === 'published' ? SECRETARIAT_USER : null,
          vStatus === 'draft' ? null : at.toISOString(),
          vStatus === 'published' ? at.toISOString() : null,
          at.toISOString(),
        ]);
      }
      const publishedAt = published ? new Date(created.getTime() + 5 * 86400_000) : null;
      briefs.push([
        briefId,
        author.organization_id,
        author.id,
        status === 'published+working' ? 'published' : status,
        publishedNumber,
        workingNumber,
        workingStatus,
        shown.titleEn,
        shown.titleZh,
        shown.summaryEn,
        shown.summaryZh,
        shown.bodyEn,
        shown.bodyZh,
        `{${countries.join(',')}}`,
        `{${topics.join(',')}}`,
        audience,
        zhGramsOf(shown.titleZh, shown.summaryZh, shown.bodyZh),
        publishedAt?.toISOString() ?? null,
        status === 'retracted' ? 'Synthetic retraction.' : null,
        status === 'retracted' ? new Date(created.getTime() + 40 * 86400_000).toISOString() : null,
        created.toISOString(),
        new Date(created.getTime() + count * 5 * 86400_000).toISOString(),
      ]);
    }
    const columns = (rows) => rows[0].map((_, c) => rows.map((r) => r[c]));
    await db.query(
      `INSERT INTO policy_briefs (id, organization_id, author_user_id, status, published_version, working_version, working_status,
                                  title_en, title_zh, summary_en, summary_zh, body_en, body_zh, countries, topics, audience, zh_grams,
                                  published_at, retracted_reason, retracted_at, created_at, updated_at)
       SELECT id, org, author, st::policy_brief_status, pv, wv, ws::policy_brief_version_status, te, tz, se, sz, be, bz,
              c::text[], t::text[], a::policy_brief_audience, g, pub::timestamptz, rr, ra::timestamptz, cr::timestamptz, up::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[],
                     $18::text[], $19::text[], $20::text[], $21::text[], $22::text[])
           AS x(id, org, author, st, pv, wv, ws, te, tz, se, sz, be, bz, c, t, a, g, pub, rr, ra, cr, up)`,
      columns(briefs),
    );
    await db.query(
      `INSERT INTO policy_brief_versions (id, brief_id, number, status, title_en, title_zh, summary_en, summary_zh, body_en, body_zh,
                                          body_html_en, body_html_zh, countries, topics, audience, author_user_id, reviewer_user_id,
                                          submitted_at, published_at, created_at, updated_at)
       SELECT id, brief, n, st::policy_brief_version_status, te, tz, se, sz, be, bz, he, hz, c::text[], t::text[],
              a::policy_brief_audience, author, reviewer, sub::timestamptz, pub::timestamptz, cr::timestamptz, cr::timestamptz
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::uuid[], $17::uuid[],
                     $18::text[], $19::text[], $20::text[])
           AS x(id, brief, n, st, te, tz, se, sz, be, bz, he, hz, c, t, a, author, reviewer, sub, pub, cr)`,
      columns(versions),
    );
    onBatch(Math.min(from + BATCH - 1, total));
  }
}

/** The same uuid as bench_id() in SQL: md5 of the seed, tag and number, shaped as version 4. */
function deterministicUuid(seed, tag, i) {
  const m = createHash('md5').update(`${seed}:id:${tag}:${i}`).digest('hex');
  return `${m.slice(0, 8)}-${m.slice(8, 12)}-4${m.slice(13, 16)}-8${m.slice(17, 20)}-${m.slice(20, 32)}`;
}

/**
 * Expressions of interest in the synthetic cooperation projects (bench_id('coop-project', g)), from
 * member organizations skewed to the large ones (the demo organizations first, so the demo accounts
 * see many): a fifth accepted, each with a short thread and a deal somewhere along the pipeline.
 * Projects are written here only when no synthetic ones exist yet (the projects' own step comes first
 * when there is one): published, most open, owned by the member organizations, the large ones most.
 */
async function insertCooperationDeals(db, n) {
  const { rows } = await db.query(
    `SELECT count(*)::int AS n FROM cooperation_projects WHERE id::text NOT LIKE '00000000-%'`,
  );
  if (rows[0].n === 0)
    await db.query(`
      INSERT INTO cooperation_projects (id, organization_id, kind, status, audience, title_en, title_zh, summary_en, summary_zh,
                                        sectors, country, size_usd, submitted_at, published_at, expires_at, sample,
                                        created_by_user_id, created_at, updated_at)
      SELECT bench_id('coop-project', g), o.id, bench_pick(${sqlArray(PROJECT_KINDS)}, 'cp-k', g)::cooperation_project_kind,
             s.status::cooperation_project_status,
             (CASE WHEN bench_u('cp-a', g) < 0.3 THEN 'public' ELSE 'members' END)::cooperation_audience,
             initcap(bench_pick(${sqlArray(WORDS_EN)}, 'cp-t', g)) || ' cooperation project ' || g,
             bench_pick(${sqlArray(WORDS_ZH)}, 'cp-tz', g) || '合作项目' || g || '号',
             'A synthetic cooperation project.', '合成合作项目。',
             ARRAY[bench_pick(${sqlArray(SECTORS)}, 'cp-s1', g), bench_pick(${sqlArray(SECTORS)}, 'cp-s2', g)],
             bench_pick(${sqlArray(COUNTRIES)}, 'cp-c', floor(power(bench_u('cp-cc', g), 2) * 1000)::bigint),
             round((100000 + power(bench_u('cp-size', g), 3) * 5e8)::numeric, 2),
             t.at, CASE WHEN s.status IN ('open', 'in_talks', 'closed') THEN t.at + interval '3 days' END,
             CASE WHEN s.status IN ('open', 'in_talks', 'closed') THEN t.at + interval '368 days' END,
             false, NULL, t.at, t.at + interval '3 days'
        FROM generate_series(1, ${n.cooperationProjects}) AS g
        JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('cp-org', g), 2))
        CROSS JOIN LATERAL (SELECT now() - (bench_u('cp-at', g) * interval '600 days') AS at) t
        CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('cp-st', g) < 0.5 THEN 'open' WHEN bench_u('cp-st', g) < 0.7 THEN 'in_talks'
                                        WHEN bench_u('cp-st', g) < 0.85 THEN 'closed' WHEN bench_u('cp-st', g) < 0.95 THEN 'draft'
                                        ELSE 'in_review' END AS status) s`);
  await db.query(`
    CREATE TABLE bench_coop_projects AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id, organization_id, published_at FROM cooperation_projects
       WHERE status IN ('open', 'in_talks', 'closed') AND id::text NOT LIKE '00000000-%';
    CREATE INDEX ON bench_coop_projects (k);
    INSERT INTO expressions_of_interest (id, project_id, organization_id, author_user_id, status, message, decline_reason,
                                         decided_at, decided_by_user_id, created_at, updated_at)
    SELECT bench_id('expression', g), p.id, o.id, NULL, s.status::expression_status,
           'Synthetic interest ' || g || ' in ' || bench_pick(${sqlArray(WORDS_EN)}, 'ex-m', g) || '.',
           CASE WHEN s.status = 'declined' THEN 'Not a fit.' END,
           CASE WHEN s.status IN ('accepted', 'declined') THEN t.at + interval '5 days' END, NULL,
           t.at, t.at + interval '5 days'
      FROM generate_series(1, ${n.expressions}) AS g
      JOIN bench_coop_projects p ON p.k = floor((SELECT count(*) FROM bench_coop_projects) * bench_u('ex-p', g))
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('ex-o', g), 3))
      CROSS JOIN LATERAL (SELECT coalesce(p.published_at, now() - interval '300 days')
                                 + bench_u('ex-at', g) * interval '200 days' AS at) t
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('ex-s', g) < 0.2 THEN 'accepted' WHEN bench_u('ex-s', g) < 0.55 THEN 'open'
                                      WHEN bench_u('ex-s', g) < 0.75 THEN 'declined' WHEN bench_u('ex-s', g) < 0.9 THEN 'withdrawn'
                                      ELSE 'lapsed' END AS status) s
     WHERE o.id <> p.organization_id
    ON CONFLICT DO NOTHING;
    INSERT INTO cooperation_messages (expression_id, author_user_id, side, body, created_at)
    SELECT e.id, NULL, (CASE WHEN m % 2 = 1 THEN 'owner' ELSE 'interested' END), 'Synthetic message ' || m || '.',
           coalesce(e.decided_at, e.created_at) + m * interval '1 day'
      FROM expressions_of_interest e CROSS JOIN generate_series(1, 3) AS m
     WHERE e.status = 'accepted' AND e.id::text NOT LIKE '00000000-%';
    INSERT INTO deals (id, project_id, expression_id, owner_organization_id, partner_organization_id, stage, invested_usd,
                       invested_on, lost_reason, stage_changed_at, created_at, updated_at)
    SELECT md5('deal:' || e.id::text)::uuid, e.project_id, e.id, p.organization_id, e.organization_id, s.stage::deal_stage,
           CASE WHEN s.stage = 'investment_made' THEN round((p.size_usd * (0.2 + bench_u('deal-inv', hashtext(e.id::text)) * 0.8))::numeric, 2) END,
           CASE WHEN s.stage = 'investment_made' THEN (coalesce(e.decided_at, e.created_at) + interval '120 days')::date END,
           CASE WHEN s.stage = 'lost' THEN 'The investor went elsewhere.' END,
           coalesce(e.decided_at, e.created_at) + interval '30 days', coalesce(e.decided_at, e.created_at), coalesce(e.decided_at, e.created_at) + interval '30 days'
      FROM expressions_of_interest e JOIN cooperation_projects p ON p.id = e.project_id
      CROSS JOIN LATERAL (SELECT (ARRAY['contact','site_visit','negotiation','agreement_signed','investment_made','lost'])
                                   [1 + floor(bench_u('deal-s', hashtext(e.id::text)) * 6)::int] AS stage) s
     WHERE e.status = 'accepted' AND e.id::text NOT LIKE '00000000-%';
    INSERT INTO deal_stage_changes (deal_id, stage, by_user_id, at)
    SELECT d.id, 'contact'::deal_stage, NULL::uuid, d.created_at FROM deals d WHERE d.id::text NOT LIKE '00000000-%'
    UNION ALL
    SELECT d.id, d.stage, NULL::uuid, d.stage_changed_at FROM deals d WHERE d.stage <> 'contact' AND d.id::text NOT LIKE '00000000-%';
    DROP TABLE bench_coop_projects;`);
}

/** The coming conference whose B2B meetings the benchmark reads (it finds the conference by this title). */
export const MEETING_CONFERENCE_TITLE = 'Synthetic promotion conference with B2B meetings';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const LIVE_MEETING_LIMIT = 40; // MEETING_LIMITS.maxLivePerOrganization (libs/contracts/src/meetings.ts)

/**
 * B2B meetings (issue 17), as the API would have left them: participants are organizations with a
 * confirmed registration, meetings only between two of them, one per pair, at most 40 live requests
 * an organization, and accepted ones placed by a greedy pass that keeps the scheduler's rules (one
 * meeting a slot for each organization, one a table and slot, only in sessions both are available in).
 * The coming conference of the secretariat (published, its last accepted meetings still waiting for a
 * slot) has the demo organizations among its participants, the large ones most requested; the past
 * conferences' programmes are closed.
 */
async function insertMeetings(db, n, seed) {
  const { zhGramsOf } = require('../../apps/api/dist/apps/api/src/modules/posts/post-search.js');
  const random = prng(seed + 17);
  const now = Date.now();
  // Users the write benchmark registers with (the first synthetic ones by e-mail) stay free for it.
  const reserved = (
    await db.query(`SELECT id FROM users WHERE email LIKE '%@bench.example.org' ORDER BY email LIMIT 50`)
  ).rows.map((r) => r.id);
  // One user per organization to register, the demo account where there is one (the benchmark signs in with those).
  const candidates = (
    await db.query(
      `SELECT DISTINCT ON (o.k) o.k, o.id AS organization_id, u.id AS user_id
         FROM bench_orgs o JOIN users u ON u.organization_id = o.id AND u.status = 'active'
        WHERE NOT (u.id = ANY($1::uuid[]))
        ORDER BY o.k, (u.id::text LIKE '00000000-%') DESC, u.id`,
      [reserved],
    )
  ).rows.sort((x, y) => Number(x.k) - Number(y.k));

  // The coming conference: 45 days ahead, 09:00–18:30 in Nanjing; sessions 09:00–12:00, 13:30–15:30, 16:00–18:00.
  const starts = Math.floor(now / DAY) * DAY + 45 * DAY + HOUR;
  const conference = {
    postId: deterministicUuid(seed, 'meeting-event', 0),
    status: 'published',
    minutes: 20,
    tables: 40,
    sessions: [
      [0, 3],
      [4.5, 6.5],
      [7, 9],
    ].map(([from, to]) => [starts + from * HOUR, starts + to * HOUR]),
    participants: candidates.slice(0, Math.min(candidates.length, Math.max(40, n.meetingParticipants))),
    meetings: Math.max(200, n.meetings),
    // Requests over the last three weeks; the last tenth of the accepted ones still wait for a slot.
    from: now - 21 * DAY,
    to: now - HOUR,
    placeShare: 0.9,
    allSessions: 0.7,
    publishedAt: now - 2 * DAY,
    closedAt: null,
  };
  const bodyEn = 'Investors, banks and parks meet one to one. Synthetic conference of the benchmark.';
  const bodyZh = '投资企业、金融机构与园区一对一洽谈。基准测试的合成推介会。';
  const titleZh = '合成投资推介会（一对一洽谈）';
  await db.query(
    `INSERT INTO posts (id, organization_id, author_user_id, kind, title_en, title_zh, body_en, body_zh, body_html_en, body_html_zh,
                        excerpt_en, excerpt_zh, zh_grams, countries, visibility, status, published_at, created_at, updated_at,
                        event_starts_at, event_ends_at, event_time_zone, event_place, event_capacity)
     VALUES ($1, $2, $3, 'event', $4, $5, $6::text, $7::text, $8, $9, $6::text, $7::text, $10, '{CN}', 'members', 'published', $11, $11, $11, $12, $13,
             'Asia/Shanghai', 'Nanjing International Expo Center', 500)`,
    [
      conference.postId,
      SECRETARIAT_ORG,
      SECRETARIAT_USER,
      MEETING_CONFERENCE_TITLE,
      titleZh,
      bodyEn,
      bodyZh,
      `<p>${bodyEn}</p>`,
      `<p>${bodyZh}</p>`,
      zhGramsOf(titleZh, bodyZh),
      new Date(now - 30 * DAY).toISOString(),
      new Date(starts).toISOString(),
      new Date(starts + 9.5 * HOUR).toISOString(),
    ],
  );

  // Past conferences (synthetic events already over), each with a closed programme: 10 tables, two sessions.
  const past = (
    await db.query(
      `SELECT id, event_starts_at FROM posts
        WHERE kind = 'event' AND status = 'published' AND id::text NOT LIKE '00000000-%' AND event_ends_at < now() - interval '1 day'
        ORDER BY id LIMIT ${n.pastMeetingProgrammes}`,
    )
  ).rows;
  const programmes = [conference];
  for (const event of past) {
    const at = new Date(event.event_starts_at).getTime();
    const chosen = new Map();
    const size = Math.min(100, Math.floor(candidates.length / 2));
    for (let tries = 0; chosen.size < size && tries < size * 20; tries++) {
      const c = candidates[Math.floor(Math.pow(random(), 1.5) * candidates.length)];
      chosen.set(c.organization_id, c);
    }
    programmes.push({
      postId: event.id,
      status: 'closed',
      minutes: 20,
      tables: 10,
      sessions: [
        [1, 3],
        [4, 6],
      ].map(([from, to]) => [at + from * HOUR, at + to * HOUR]),
      participants: [...chosen.values()].sort((x, y) => Number(x.k) - Number(y.k)),
      meetings: Math.floor(n.pastMeetings / past.length),
      from: at - 30 * DAY,
      to: at - DAY,
      placeShare: 1,
      allSessions: 0.8,
      publishedAt: at - 3 * DAY,
      closedAt: at + 8 * HOUR,
    });
  }

  let meetingNumber = 0;
  for (const [p, programme] of programmes.entries()) {
    await db.query(
      `INSERT INTO event_registrations (post_id, user_id, status, created_at)
       SELECT $1, u, 'confirmed', $3 FROM unnest($2::uuid[]) AS u
       ON CONFLICT DO NOTHING`,
      [programme.postId, programme.participants.map((c) => c.user_id), new Date(programme.from - DAY).toISOString()],
    );
    // Whoever has a confirmed registration takes part (the event may have had some already), with one of its users.
    const participants = (
      await db.query(
        `SELECT DISTINCT ON (o.k) o.k, o.id AS organization_id, u.id AS user_id
           FROM event_registrations r JOIN users u ON u.id = r.user_id AND u.status = 'active' JOIN bench_orgs o ON o.id = u.organization_id
          WHERE r.post_id = $1 AND r.status = 'confirmed'
          ORDER BY o.k, (u.id::text LIKE '00000000-%') DESC, u.id`,
        [programme.postId],
      )
    ).rows.sort((x, y) => Number(x.k) - Number(y.k));
    await db.query(
      `INSERT INTO meeting_programmes (post_id, status, meeting_minutes, tables, published_at, closed_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)`,
      [
        programme.postId,
        programme.status,
        programme.minutes,
        programme.tables,
        new Date(programme.publishedAt).toISOString(),
        programme.closedAt && new Date(programme.closedAt).toISOString(),
        new Date(programme.from - DAY).toISOString(),
      ],
    );
    const sessions = programme.sessions.map(([from, to], s) => ({
      id: deterministicUuid(seed, 'meeting-session', p * 10 + s),
      from,
      to,
    }));
    await db.query(
      `INSERT INTO meeting_sessions (id, post_id, starts_at, ends_at)
       SELECT id, $1, f::timestamptz, t::timestamptz FROM unnest($2::uuid[], $3::text[], $4::text[]) AS x(id, f, t)`,
      [
        programme.postId,
        sessions.map((s) => s.id),
        sessions.map((s) => new Date(s.from).toISOString()),
        sessions.map((s) => new Date(s.to).toISOString()),
      ],
    );
    // Availability: most participants in every session, the others in one or some of them.
    const availability = new Map();
    for (const c of participants) {
      const all = random() < programme.allSessions;
      let marked = sessions.filter(() => all || random() < 0.5);
      if (marked.length === 0) marked = [sessions[Math.floor(random() * sessions.length)]];
      availability.set(c.organization_id, new Set(marked.map((s) => s.id)));
    }
    const available = [...availability].flatMap(([organization, ids]) => [...ids].map((id) => [id, organization]));
    await db.query(
      `INSERT INTO meeting_availability (session_id, organization_id, post_id)
       SELECT s, o, $1 FROM unnest($2::uuid[], $3::uuid[]) AS x(s, o)`,
      [programme.postId, available.map((a) => a[0]), available.map((a) => a[1])],
    );

    const meetings = [];
    const pairs = new Set();
    const live = new Map();
    const pick = (skew) => participants[Math.floor(Math.pow(random(), skew) * participants.length)];
    for (let tries = 0; meetings.length < programme.meetings && tries < programme.meetings * 50; tries++) {
      const a = pick(1.5);
      const b = pick(1.3);
      if (a.organization_id === b.organization_id) continue;
      const pair = [a.organization_id, b.organization_id].sort().join(' ');
      if (pairs.has(pair)) continue;
      const r = random();
      const status =
        r < 0.2 ? 'requested' : r < 0.6 ? 'accepted' : r < 0.75 ? 'declined' : r < 0.85 ? 'withdrawn' : 'cancelled';
      const isLive = status === 'requested' || status === 'accepted';
      if (isLive && (live.get(a.organization_id) ?? 0) >= LIVE_MEETING_LIMIT) continue;
      pairs.add(pair);
      if (isLive) live.set(a.organization_id, (live.get(a.organization_id) ?? 0) + 1);
      const created = programme.from + random() * (programme.to - programme.from);
      const decided = status === 'requested' ? null : Math.min(programme.to, created + random() * 3 * DAY);
      const cancelledBy = status === 'cancelled' ? (random() < 0.5 ? a : b) : null;
      meetingNumber += 1;
      meetings.push({
        id: deterministicUuid(seed, 'meeting', meetingNumber),
        a,
        b,
        status,
        reason: `Synthetic meeting request ${meetingNumber}: ${WORDS_EN[meetingNumber % WORDS_EN.length]} cooperation.`,
        declineReason: status === 'declined' ? 'Not this time.' : null,
        cancelReason: status === 'cancelled' ? 'Plans changed.' : null,
        cancelledBy: cancelledBy?.organization_id ?? null,
        created,
        decided,
        decidedBy: status === 'requested' ? null : status === 'withdrawn' ? a.user_id : (cancelledBy ?? b).user_id,
        placement: null,
      });
    }
    // Accepted meetings in the order they were accepted, each in the earliest slot both sides are free for.
    const slots = sessions.flatMap((s) => {
      const list = [];
      for (let t = s.from; t + programme.minutes * 60_000 <= s.to; t += programme.minutes * 60_000)
        list.push({ session: s.id, at: t });
      return list;
    });
    const accepted = meetings
      .filter((m) => m.status === 'accepted')
      .sort((x, y) => x.decided - y.decided || (x.id < y.id ? -1 : 1));
    const busy = new Map();
    const tablesUsed = new Map();
    for (const m of accepted.slice(0, Math.floor(accepted.length * programme.placeShare))) {
      const slot = slots.find(
        (s) =>
          availability.get(m.a.organization_id).has(s.session) &&
          availability.get(m.b.organization_id).has(s.session) &&
          !busy.get(m.a.organization_id)?.has(s.at) &&
          !busy.get(m.b.organization_id)?.has(s.at) &&
          (tablesUsed.get(s.at) ?? 0) < programme.tables,
      );
      if (!slot) continue;
      const table = (tablesUsed.get(slot.at) ?? 0) + 1;
      tablesUsed.set(slot.at, table);
      for (const o of [m.a.organization_id, m.b.organization_id]) busy.set(o, (busy.get(o) ?? new Set()).add(slot.at));
      m.placement = { session: slot.session, at: slot.at, table, byHand: random() < 0.03 };
    }
    const BATCH = 5000;
    for (let from = 0; from < meetings.length; from += BATCH) {
      const rows = meetings.slice(from, from + BATCH);
      const iso = (t) => (t === null ? null : new Date(t).toISOString());
      await db.query(
        `INSERT INTO meetings (id, post_id, requester_organization_id, requested_organization_id, requested_by_user_id, status, reason,
                               decline_reason, cancel_reason, cancelled_by_organization_id, decided_at, decided_by_user_id,
                               session_id, slot_starts_at, table_number, placed_by_hand, created_at, updated_at)
         SELECT id, $1, a, b, rb, st::meeting_status, re, dr, cr, cb, da::timestamptz, db, si, sa::timestamptz, tn, bh,
                ca::timestamptz, coalesce(da, ca)::timestamptz
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[], $10::uuid[],
                       $11::text[], $12::uuid[], $13::uuid[], $14::text[], $15::int[], $16::boolean[], $17::text[])
             AS x(id, a, b, rb, st, re, dr, cr, cb, da, db, si, sa, tn, bh, ca)`,
        [
          programme.postId,
          rows.map((m) => m.id),
          rows.map((m) => m.a.organization_id),
          rows.map((m) => m.b.organization_id),
          rows.map((m) => m.a.user_id),
          rows.map((m) => m.status),
          rows.map((m) => m.reason),
          rows.map((m) => m.declineReason),
          rows.map((m) => m.cancelReason),
          rows.map((m) => m.cancelledBy),
          rows.map((m) => iso(m.decided)),
          rows.map((m) => m.decidedBy),
          rows.map((m) => m.placement?.session ?? null),
          rows.map((m) => (m.placement ? iso(m.placement.at) : null)),
          rows.map((m) => m.placement?.table ?? null),
          rows.map((m) => m.placement?.byHand ?? false),
          rows.map((m) => iso(m.created)),
        ],
      );
    }
  }
}

const AGREEMENT_KINDS = ['strategic_cooperation', 'financing', 'legal_services', 'training', 'research'];

/**
 * Partner agreements, far more than an alliance signs, so that their lists are measured on plenty: most
 * active, the others signed, expired, terminated, negotiating or drafts; one to three counterparties
 * each (the large organizations, the demo ones first, most often); commitments of the alliance or of a
 * counterparty, due within a year either side of today, most open.
 */
async function insertAgreements(db, n) {
  await db.query(`
    INSERT INTO partner_agreements (id, kind, status, title_en, title_zh, summary_en, summary_zh, scope_en, scope_zh,
                                    signed_on, effective_from, expires_on, activated_at, created_at, updated_at)
    SELECT bench_id('agr', g), (${sqlArray(AGREEMENT_KINDS)})[1 + floor(bench_u('agr-k', g) * 5)::int]::agreement_kind,
           s.status::agreement_status,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'agr-t', g)) || ' cooperation agreement ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'agr-tz', g) || '合作协议' || g || '号',
           'A synthetic partner agreement.', '合成合作协议。', 'A synthetic scope.', '合成合作范围。',
           s.signed, s.signed, CASE WHEN bench_u('agr-e', g) < 0.5 AND s.signed IS NOT NULL THEN s.signed + 1460 END,
           CASE WHEN s.status = 'active' THEN s.signed::timestamptz END, now() - (bench_u('agr-at', g) * interval '1500 days'), now()
      FROM generate_series(1, ${n.agreements}) AS g
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('agr-s', g) < 0.6 THEN 'active' WHEN bench_u('agr-s', g) < 0.7 THEN 'signed'
                                      WHEN bench_u('agr-s', g) < 0.8 THEN 'expired' WHEN bench_u('agr-s', g) < 0.85 THEN 'terminated'
                                      WHEN bench_u('agr-s', g) < 0.93 THEN 'negotiating' ELSE 'draft' END AS status,
                                 CASE WHEN bench_u('agr-s', g) < 0.85 THEN date '2021-05-12' + floor(bench_u('agr-on', g) * 1600)::int
                                 END AS signed) s`);
  await db.query(`
    INSERT INTO partner_agreement_counterparties (agreement_id, organization_id, position)
    SELECT bench_id('agr', g), o.id, j - 1
      FROM generate_series(1, ${n.agreements}) AS g
      CROSS JOIN LATERAL generate_series(1, 1 + floor(bench_u('agr-n', g) * 3)::int) AS j
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('agr-o', g * 10 + j), 3))
    ON CONFLICT DO NOTHING`);
  await db.query(`
    INSERT INTO agreement_commitments (id, agreement_id, title_en, title_zh, owner, organization_id, due_on, status,
                                       created_at, updated_at)
    SELECT bench_id('agr-c', g), a.id, 'Synthetic commitment ' || g, '合成承诺' || g || '号',
           (CASE WHEN cp.organization_id IS NULL THEN 'alliance' ELSE 'counterparty' END)::commitment_owner, cp.organization_id,
           current_date + floor((bench_u('agr-cd', g) - 0.5) * 730)::int,
           (CASE WHEN bench_u('agr-cs', g) < 0.6 THEN 'open' WHEN bench_u('agr-cs', g) < 0.9 THEN 'done' ELSE 'waived' END)::commitment_status,
           now(), now()
      FROM generate_series(1, ${n.agreementCommitments}) AS g
      JOIN partner_agreements a ON a.id = bench_id('agr', 1 + floor(bench_u('agr-ca', g) * ${n.agreements})::bigint)
      LEFT JOIN LATERAL (SELECT organization_id FROM partner_agreement_counterparties
                          WHERE agreement_id = a.id AND bench_u('agr-co', g) < 0.7 ORDER BY position LIMIT 1) cp ON true`);
}

/** The Sihanoukville operator's demo user (seeds/demo-data.ts): the author of the busy request's thread. */
const SSEZ_OPERATOR = '00000000-0000-4000-8000-000000000102';
/** Sizes of the records the benchmark reads one of, the same on both data sets (see benchRecords in scripts/bench.mjs). */
const BUSY = { services: 40, messages: 60, endorsements: 2_000 };

/**
 * The service catalogue over the synthetic agreements: services of the agreements members read (signed,
 * active, expired, terminated), each provided by one of the agreement's counterparties, and one active
 * agreement with 40 of them; members' requests for the services of the agreements in force once (for one
 * of their parks, seven in ten, or for the organization), in every status, the delivered ones mostly
 * rated; their private threads; and one accepted request of the Sihanoukville operator with a long
 * thread (the benchmark's request page).
 */
async function insertAgreementServices(db, n) {
  await db.query(`
    CREATE TABLE bench_busy_agreement AS
      SELECT id FROM partner_agreements WHERE id::text NOT LIKE '00000000-%' AND status = 'active'
       ORDER BY id LIMIT 1;
    CREATE TABLE bench_service_agreements AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id FROM partner_agreements
       WHERE id::text NOT LIKE '00000000-%' AND status IN ('signed', 'active', 'expired', 'terminated');
    CREATE INDEX ON bench_service_agreements (k);
    INSERT INTO agreement_services (id, agreement_id, provider_organization_id, name_en, name_zh, description_en, description_zh,
                                    eligibility_en, eligibility_zh, active, sample, created_at, updated_at)
    SELECT bench_id('svc', g), a.id, cp.organization_id,
           initcap(bench_pick(${sqlArray(WORDS_EN)}, 'svc-n', g)) || ' ' || bench_pick(${sqlArray(WORDS_EN)}, 'svc-n2', g) || ' service ' || g,
           bench_pick(${sqlArray(WORDS_ZH)}, 'svc-nz', g) || bench_pick(${sqlArray(WORDS_ZH)}, 'svc-nz2', g) || '服务' || g || '号',
           'A synthetic service on ' || bench_pick(${sqlArray(WORDS_EN)}, 'svc-d', g) || ' for members abroad.',
           '面向境外成员单位的合成' || bench_pick(${sqlArray(WORDS_ZH)}, 'svc-dz', g) || '服务。',
           'Member organizations and their overseas parks.', '成员单位及其境外园区。',
           bench_u('svc-active', g) < 0.92, false, t.at, t.at
      FROM generate_series(1, ${Math.max(n.agreementServices, BUSY.services + 1)}) AS g
      CROSS JOIN LATERAL (SELECT CASE WHEN g <= ${BUSY.services} THEN (SELECT id FROM bench_busy_agreement)
             ELSE (SELECT id FROM bench_service_agreements WHERE k = floor((SELECT count(*) FROM bench_service_agreements) * bench_u('svc-a', g)))
             END AS id) a
      CROSS JOIN LATERAL (SELECT c.organization_id FROM partner_agreement_counterparties c WHERE c.agreement_id = a.id
                           ORDER BY bench_u('svc-p', g * 10 + c.position) LIMIT 1) cp
      CROSS JOIN LATERAL (SELECT now() - (bench_u('svc-at', g) * interval '1000 days') AS at) t;
    UPDATE agreement_services SET active = true
     WHERE agreement_id = (SELECT id FROM bench_busy_agreement) AND id::text NOT LIKE '00000000-%';
    DROP TABLE bench_service_agreements;`);
  // Requests for the services of agreements in force once, the first services (the busy agreement's among them) most.
  await db.query(`
    CREATE TABLE bench_services AS
      SELECT (row_number() OVER (ORDER BY (s.agreement_id = (SELECT id FROM bench_busy_agreement)) DESC, s.id) - 1) AS k,
             s.id, s.agreement_id, s.provider_organization_id, a.signed_on
        FROM agreement_services s JOIN partner_agreements a ON a.id = s.agreement_id
       WHERE s.id::text NOT LIKE '00000000-%' AND a.status IN ('active', 'expired', 'terminated') AND a.signed_on IS NOT NULL;
    CREATE INDEX ON bench_services (k);
    INSERT INTO service_requests (id, service_id, agreement_id, organization_id, provider_organization_id, park_id,
                                  requested_by_user_id, status, need_en, need_zh, decline_reason, accepted_at, delivered_at,
                                  declined_at, decided_by_user_id, rating, rating_comment, rated_at, rated_by_user_id, sample,
                                  created_at, updated_at)
    SELECT bench_id('svc-req', g), s.id, s.agreement_id, o.id, s.provider_organization_id,
           CASE WHEN bench_u('sr-park', g) < 0.7 THEN
             (SELECT p.id FROM parks p WHERE p.organization_id = o.id ORDER BY md5(p.id::text || g) LIMIT 1) END,
           rq.id, st.status::service_request_status,
           'We need ' || bench_pick(${sqlArray(WORDS_EN)}, 'sr-n', g) || ' support for our ' || bench_pick(${sqlArray(WORDS_EN)}, 'sr-n2', g) || ' project (' || g || ').',
           CASE WHEN bench_u('sr-zh', g) < 0.6 THEN '我们的' || bench_pick(${sqlArray(WORDS_ZH)}, 'sr-nz', g) || '项目需要支持（' || g || '）。' END,
           CASE WHEN st.status = 'declined' THEN 'Outside the agreement''s scope.' END,
           CASE WHEN st.status IN ('accepted', 'delivered') THEN t.at + t.accept END,
           CASE WHEN st.status = 'delivered' THEN t.at + t.accept + t.deliver END,
           CASE WHEN st.status = 'declined' THEN t.at + t.accept END,
           CASE WHEN st.status <> 'requested' THEN pu.id END,
           CASE WHEN st.rated THEN (CASE WHEN bench_u('sr-r', g) < 0.1 THEN 1 + floor(bench_u('sr-r2', g) * 2) ELSE 3 + floor(bench_u('sr-r2', g) * 3) END)::smallint END,
           CASE WHEN st.rated AND bench_u('sr-rc', g) < 0.4 THEN 'Synthetic rating comment ' || g || '.' END,
           CASE WHEN st.rated THEN t.at + t.accept + t.deliver + interval '2 days' END,
           CASE WHEN st.rated THEN rq.id END,
           false, t.at,
           t.at + CASE st.status WHEN 'requested' THEN interval '0' WHEN 'delivered' THEN t.accept + t.deliver
                                 ELSE t.accept END
      FROM generate_series(1, ${n.serviceRequests}) AS g
      JOIN bench_services s ON s.k = floor((SELECT count(*) FROM bench_services) * power(bench_u('sr-s', g), 1.5))
      JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('sr-o', g), 3))
      LEFT JOIN LATERAL (SELECT u.id FROM users u WHERE u.organization_id = o.id AND u.status = 'active'
                          ORDER BY u.id LIMIT 1) rq ON true
      LEFT JOIN LATERAL (SELECT u.id FROM users u WHERE u.organization_id = s.provider_organization_id AND u.status = 'active'
                          ORDER BY u.id LIMIT 1) pu ON true
      CROSS JOIN LATERAL (SELECT s.signed_on::timestamptz + bench_u('sr-at', g) * greatest(now() - s.signed_on::timestamptz - interval '70 days', interval '1 day') AS at,
                                 bench_u('sr-acc', g) * interval '5 days' AS accept,
                                 interval '1 day' + bench_u('sr-del', g) * interval '60 days' AS deliver) t
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('sr-st', g) < 0.2 THEN 'requested' WHEN bench_u('sr-st', g) < 0.4 THEN 'accepted'
                                      WHEN bench_u('sr-st', g) < 0.85 THEN 'delivered' ELSE 'declined' END AS status,
                                 bench_u('sr-st', g) >= 0.4 AND bench_u('sr-st', g) < 0.85 AND bench_u('sr-rated', g) < 0.65 AS rated) st
     WHERE o.id <> s.provider_organization_id`);
  // The busy request: the Sihanoukville operator's, accepted, for a service of the busy agreement.
  await db.query(`
    INSERT INTO service_requests (id, service_id, agreement_id, organization_id, provider_organization_id, park_id,
                                  requested_by_user_id, status, need_en, need_zh, accepted_at, decided_by_user_id, sample,
                                  created_at, updated_at)
    SELECT bench_id('svc-req', 0), s.id, s.agreement_id, '${SSEZ}', s.provider_organization_id,
           (SELECT p.id FROM parks p WHERE p.organization_id = '${SSEZ}' ORDER BY p.id LIMIT 1), '${SSEZ_OPERATOR}',
           'accepted', 'A synthetic request with a long thread.', '一个讨论很长的合成服务申请。',
           now() - interval '29 days', NULL, false, now() - interval '30 days', now() - interval '29 days'
      FROM bench_services s
     WHERE s.agreement_id = (SELECT id FROM bench_busy_agreement) AND s.provider_organization_id <> '${SSEZ}'
     ORDER BY s.k LIMIT 1`);
  await db.query(`
    CREATE TABLE bench_requests AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id, created_at, requested_by_user_id FROM service_requests
       WHERE id::text NOT LIKE '00000000-%' AND id <> bench_id('svc-req', 0);
    CREATE INDEX ON bench_requests (k);
    INSERT INTO service_request_messages (id, request_id, author_user_id, side, body, created_at)
    SELECT bench_id('svc-msg', g), r.id, CASE WHEN m.side = 'requester' THEN r.requested_by_user_id END, m.side,
           'Synthetic message ' || g || ' on ' || bench_pick(${sqlArray(WORDS_EN)}, 'sm-b', g) || '.',
           r.created_at + bench_u('sm-at', g) * interval '20 days'
      FROM generate_series(1, ${n.serviceMessages}) AS g
      JOIN bench_requests r ON r.k = floor((SELECT count(*) FROM bench_requests) * power(bench_u('sm-r', g), 2))
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('sm-side', g) < 0.5 THEN 'requester' ELSE 'provider' END AS side) m;
    INSERT INTO service_request_messages (id, request_id, author_user_id, side, body, created_at)
    SELECT bench_id('svc-msg-busy', m), r.id, CASE WHEN m % 2 = 1 THEN '${SSEZ_OPERATOR}'::uuid END,
           CASE WHEN m % 2 = 1 THEN 'requester' ELSE 'provider' END,
           'Synthetic message ' || m || ' of the long thread on ' || bench_pick(${sqlArray(WORDS_EN)}, 'smb-b', m) || '.',
           r.created_at + m * interval '10 hours'
      FROM service_requests r CROSS JOIN generate_series(1, ${BUSY.messages}) AS m
     WHERE r.id = bench_id('svc-req', 0);
    DROP TABLE bench_requests, bench_services, bench_busy_agreement;`);
}

/**
 * Initiatives of the secretariat over four years: most open for endorsement (closing in the future or
 * open-ended), some closed, a few drafts not yet scheduled; three to six principles each. The first,
 * open, is endorsed by up to 2,000 organizations (the benchmark's initiative page); the others by
 * member organizations, the large ones most, one endorsement per organization, a twentieth withdrawn;
 * members' proposals to endorse, pending only while the initiative is open.
 */
async function insertInitiatives(db, n) {
  await db.query(`
    INSERT INTO initiatives (id, title_en, title_zh, preamble_en, preamble_zh, principles, status, opens_on, closes_on, scheduled,
                             target_organizations, created_by_user_id, published_at, closed_at, created_at, updated_at)
    SELECT bench_id('ini', g),
           'Synthetic initiative on ' || bench_pick(${sqlArray(WORDS_EN)}, 'ini-t', g) || ' and ' || bench_pick(${sqlArray(WORDS_EN)}, 'ini-t2', g) || ' ' || g,
           '关于' || bench_pick(${sqlArray(WORDS_ZH)}, 'ini-tz', g) || '与' || bench_pick(${sqlArray(WORDS_ZH)}, 'ini-tz2', g) || '的合成倡议' || g || '号',
           'The members of the alliance declare their common purpose on ' || bench_pick(${sqlArray(WORDS_EN)}, 'ini-p', g) || '.',
           '联盟成员就' || bench_pick(${sqlArray(WORDS_ZH)}, 'ini-pz', g) || '共同声明。',
           (SELECT jsonb_agg(jsonb_build_object('en', 'Principle ' || j || ': ' || bench_pick(${sqlArray(WORDS_EN)}, 'ini-pr', g * 10 + j),
                                                'zh', '原则' || j || '：' || bench_pick(${sqlArray(WORDS_ZH)}, 'ini-prz', g * 10 + j)) ORDER BY j)
              FROM generate_series(1, 3 + floor(bench_u('ini-n', g) * 4)::int) AS j),
           s.status::initiative_status,
           CASE WHEN s.status = 'draft' THEN current_date + 30 + floor(bench_u('ini-o', g) * 60)::int ELSE s.opens END,
           CASE WHEN s.status = 'closed' THEN s.opens + 30 + floor(bench_u('ini-c', g) * 200)::int
                WHEN s.status = 'open_for_endorsement' AND bench_u('ini-oe', g) < 0.6 THEN current_date + 30 + floor(bench_u('ini-c', g) * 300)::int
                WHEN s.status = 'draft' THEN current_date + 400 END,
           false, 50 + floor(bench_u('ini-target', g) * 20)::int * 25, '${SECRETARIAT_USER}',
           CASE WHEN s.status <> 'draft' THEN s.opens::timestamptz END,
           CASE WHEN s.status = 'closed' THEN (s.opens + 31 + floor(bench_u('ini-c', g) * 200)::int)::timestamptz END,
           s.opens::timestamptz - interval '10 days', s.opens::timestamptz
      FROM generate_series(1, ${n.initiatives}) AS g
      CROSS JOIN LATERAL (SELECT CASE WHEN g = 1 OR bench_u('ini-s', g) < 0.8 THEN 'open_for_endorsement'
                                      WHEN bench_u('ini-s', g) < 0.95 THEN 'closed' ELSE 'draft' END AS status,
                                 CASE WHEN g = 1 THEN current_date - 400
                                      WHEN bench_u('ini-s', g) < 0.8 THEN current_date - 1 - floor(bench_u('ini-at', g) * 700)::int
                                      ELSE current_date - 250 - floor(bench_u('ini-at', g) * 1200)::int END AS opens) s`);
  await db.query(`
    CREATE TABLE bench_initiatives AS
      SELECT (row_number() OVER (ORDER BY id) - 1) AS k, id, status, opens_on, closes_on FROM initiatives
       WHERE id::text NOT LIKE '00000000-%' AND status <> 'draft' AND id <> bench_id('ini', 1);
    CREATE INDEX ON bench_initiatives (k);
    INSERT INTO endorsements (id, initiative_id, organization_id, status, statement_en, statement_zh, signed_by_user_id,
                              endorsed_at, withdrawn_at, created_at, updated_at)
    SELECT bench_id('endorse', g), x.initiative_id, x.organization_id,
           (CASE WHEN x.status = 'open_for_endorsement' AND bench_u('en-w', g) < 0.05 THEN 'withdrawn' ELSE 'endorsed' END)::endorsement_status,
           CASE WHEN bench_u('en-st', g) < 0.2 THEN 'We support ' || bench_pick(${sqlArray(WORDS_EN)}, 'en-s', g) || ' cooperation.' END,
           CASE WHEN bench_u('en-st', g) >= 0.1 AND bench_u('en-st', g) < 0.35 THEN '我们支持' || bench_pick(${sqlArray(WORDS_ZH)}, 'en-sz', g) || '合作。' END,
           (SELECT u.id FROM users u WHERE u.organization_id = x.organization_id AND u.org_role = 'admin' AND u.status = 'active'
             ORDER BY u.id LIMIT 1),
           x.at, CASE WHEN x.status = 'open_for_endorsement' AND bench_u('en-w', g) < 0.05 THEN x.at + interval '3 days' END,
           x.at, x.at
      FROM (SELECT g, i.id AS initiative_id, i.status, o.id AS organization_id,
                   i.opens_on::timestamptz + bench_u('en-at', g) * (least(coalesce(i.closes_on, current_date), current_date) - i.opens_on)
                     * interval '1 day' AS at
              FROM generate_series(1, ${n.endorsements}) AS g
              JOIN bench_initiatives i ON i.k = floor((SELECT count(*) FROM bench_initiatives) * bench_u('en-i', g))
              JOIN bench_orgs o ON o.k = floor((SELECT count(*) FROM bench_orgs) * power(bench_u('en-o', g), 1.5))
            UNION ALL
            SELECT -o.k, i.id, i.status, o.id,
                   i.opens_on::timestamptz + bench_u('en-at1', o.k) * (current_date - i.opens_on) * interval '1 day'
              FROM bench_orgs o JOIN initiatives i ON i.id = bench_id('ini', 1)
             WHERE o.k < ${BUSY.endorsements}) x
    ON CONFLICT DO NOTHING`);
  await db.query(`
    INSERT INTO endorsement_proposals (id, initiative_id, organization_id, proposed_by_user_id, note, status, decided_by_user_id,
                                       decided_at, created_at)
    SELECT bench_id('proposal', g), i.id, u.organization_id, u.id,
           CASE WHEN bench_u('pr-note', g) < 0.5 THEN 'Our organization should sign this (' || g || ').' END,
           p.status::endorsement_proposal_status,
           CASE WHEN p.status IN ('signed', 'declined') THEN
             (SELECT a.id FROM users a WHERE a.organization_id = u.organization_id AND a.org_role = 'admin' AND a.status = 'active'
               ORDER BY a.id LIMIT 1) END,
           CASE WHEN p.status <> 'pending' THEN t.at + interval '2 days' END, t.at
      FROM generate_series(1, ${n.endorsementProposals}) AS g
      JOIN bench_initiatives i ON i.k = floor((SELECT count(*) FROM bench_initiatives) * bench_u('pp-i', g))
      JOIN bench_users u ON u.k = floor((SELECT count(*) FROM bench_users) * power(bench_u('pp-u', g), 2))
      CROSS JOIN LATERAL (SELECT i.opens_on::timestamptz + bench_u('pp-at', g) * (least(coalesce(i.closes_on, current_date), current_date) - i.opens_on)
                                   * interval '1 day' AS at) t
      CROSS JOIN LATERAL (SELECT CASE WHEN bench_u('pp-s', g) < 0.3 THEN 'signed' WHEN bench_u('pp-s', g) < 0.5 THEN 'declined'
                                      WHEN i.status = 'closed' THEN 'lapsed' ELSE 'pending' END AS status) p
    ON CONFLICT DO NOTHING;
    DROP TABLE bench_initiatives;`);
}
