// Search and feed on 100k posts: EXPLAIN shows which indexes serve them (no sequential scan on
// posts), and HTTP timings of the real API. Prints figures; asserts nothing.
// Usage: npm run build && node scripts/bench-search.mjs [posts=100000]
// Needs a PostgreSQL server: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres);
// a fresh database alliance_bench_search is created on it and dropped afterwards.
import { createRequire } from 'node:module';
import pg from 'pg';
import { percentile, startApi } from './lib/api-process.mjs';
import { scratchDatabase } from './lib/scratch-database.mjs';

// The same n-grams the API writes (apps/api/src/modules/posts/post-search.ts), from the build.
const { zhGramsOf } = createRequire(import.meta.url)('../apps/api/dist/apps/api/src/modules/posts/post-search.js');

const POSTS = Number(process.argv[2] ?? 100_000);
const PORT = 3991;
const scratch = await scratchDatabase('alliance_bench_search');
const { base: BASE, stop } = await startApi(PORT, {
  DATABASE_URL: scratch.url,
  OUTBOX_POLL_MS: '0',
  EXPIRY_POLL_MS: '0',
});

const EN = [
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
];
const ZH = ['园区', '投资', '物流', '厂房', '培训', '融资', '研讨会', '纺织', '能源', '招标'];

const db = new pg.Client({ connectionString: scratch.url });
try {
  await db.connect();
  const t0 = performance.now();
  // One post in 500 carries a keyword; the others a word of a 5,000-word vocabulary, as real text would.
  const BATCH = 2000;
  for (let from = 1; from <= POSTS; from += BATCH) {
    const cols = {
      kind: [],
      titleEn: [],
      titleZh: [],
      bodyEn: [],
      bodyZh: [],
      grams: [],
      country: [],
      visibility: [],
      at: [],
    };
    for (let n = from; n < Math.min(from + BATCH, POSTS + 1); n++) {
      const key = Math.floor(n / 500) % 10;
      const titleZh = `基准信息${n}：${n % 500 === 0 ? ZH[key] : `主题${n % 5000}`}`;
      const bodyZh = `合成正文${n}，关于${n % 500 === 250 ? ZH[key] : `事项${n % 4999}`}的情况。`;
      cols.kind.push(['news', 'announcement', 'opportunity', 'demand', 'event'][n % 5]);
      cols.titleEn.push(`Bench post ${n} on ${n % 500 === 0 ? EN[key] : `topic${n % 5000}`}`);
      cols.titleZh.push(titleZh);
      cols.bodyEn.push(
        `Synthetic body ${n} about ${n % 500 === 250 ? `${EN[key]}s` : `subject${n % 4999}`} in overseas zones.`,
      );
      cols.bodyZh.push(bodyZh);
      cols.grams.push(zhGramsOf(titleZh, bodyZh));
      cols.country.push(['KH', 'AE', 'ID', 'ET', 'VN'][n % 5]);
      cols.visibility.push(n % 2 ? 'public' : 'members');
      cols.at.push(new Date(Date.now() - n * 60_000).toISOString());
    }
    await db.query(
      `INSERT INTO posts (organization_id, author_user_id, kind, title_en, title_zh, body_en, body_zh, zh_grams, countries, sectors,
                          status, visibility, published_at, created_at)
       SELECT '00000000-0000-4000-8000-000000000011', '00000000-0000-4000-8000-000000000102', k::post_kind, te, tz, be, bz, g,
              ARRAY[c], ARRAY['trade'], 'published', v::post_visibility, a::timestamptz, a::timestamptz
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         AS t(k, te, tz, be, bz, g, c, v, a)`,
      [
        cols.kind,
        cols.titleEn,
        cols.titleZh,
        cols.bodyEn,
        cols.bodyZh,
        cols.grams,
        cols.country,
        cols.visibility,
        cols.at,
      ],
    );
  }
  await db.query('ANALYZE posts');
  console.log(`inserted ${POSTS} posts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // The WHERE clauses the API builds (posts.service.ts, post-search.ts), for a visitor.
  const visible = `p.status = 'published' AND o.status = 'active' AND (p.expires_at IS NULL OR p.expires_at > now()) AND p.visibility = 'public'`;
  const en = `to_tsvector('english', coalesce(p.title_en, '') || ' ' || coalesce(p.body_en, ''))`;
  const zhDoc = `to_tsvector('simple', coalesce(p.zh_grams, ''))`;
  // As post-search.ts builds them: Chinese queries by character pairs then ILIKE, others by full-text or title substring.
  const match = (q, pairs) =>
    pairs
      ? `(${zhDoc} @@ to_tsquery('simple', '${pairs}') AND (p.title_zh ILIKE '%${q}%' OR p.body_zh ILIKE '%${q}%' OR p.title_en ILIKE '%${q}%'))`
      : `(${en} @@ websearch_to_tsquery('english', '${q}') OR p.title_en ILIKE '%${q}%' OR p.title_zh ILIKE '%${q}%')`;
  const queries = {
    'search "investments" (English stem)': `SELECT p.id FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE ${visible} AND ${match('investments')} ORDER BY ts_rank_cd(${en}, websearch_to_tsquery('english', 'investments')) DESC LIMIT 20`,
    'search "园区" (two-character Chinese word)': `SELECT p.id FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE ${visible} AND ${match('园区', '园区')} LIMIT 20`,
    'search "研讨会" (Chinese word)': `SELECT p.id FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE ${visible} AND ${match('研讨会', '研讨 & 讨会')} LIMIT 20`,
    'feed, first page': `SELECT p.id FROM posts p JOIN organizations o ON o.id = p.organization_id WHERE ${visible} ORDER BY p.pinned DESC, COALESCE(p.published_at, p.created_at) DESC, p.id DESC LIMIT 21`,
  };
  for (const [label, sql] of Object.entries(queries)) {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`);
    const plan = rows[0]['QUERY PLAN'][0];
    const nodes = [];
    const walk = (node) => {
      nodes.push(
        `${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}`,
      );
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(plan.Plan);
    const seqOnPosts = nodes.some((n) => n.startsWith('Seq Scan') && n.endsWith('on posts'));
    console.log(
      `EXPLAIN ${label}: ${plan['Execution Time'].toFixed(1)} ms, ${seqOnPosts ? 'SEQUENTIAL SCAN on posts' : 'no sequential scan on posts'}`,
    );
    console.log(`  ${nodes.filter((n) => /Scan|Bitmap/.test(n)).join(' | ')}`);
  }

  for (const [label, path] of [
    ['GET /api/search?q=investments', '/api/search?q=investments'],
    ['GET /api/search?q=园区', `/api/search?q=${encodeURIComponent('园区')}`],
    ['GET /api/posts (first page)', '/api/posts'],
    ['GET /api/posts?q=物流', `/api/posts?q=${encodeURIComponent('物流')}`],
  ]) {
    const times = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      const res = await fetch(`${BASE}${path}`);
      await res.json();
      times.push(performance.now() - start);
    }
    console.log(
      `${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms over 20 calls`,
    );
  }
} finally {
  await db.end().catch(() => undefined);
  await stop();
  await scratch.drop();
}
