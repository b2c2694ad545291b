import type { Response, Test } from 'supertest';
import {
  ACCOUNTS,
  MATRIX,
  matrixMarkdown,
  NA,
  PRINCIPALS,
  type Entry,
  type Fixtures,
  type Principal,
  type Status,
} from './authorization-matrix';
import { ORG } from '../../../seeds/demo-data';
import { insertProject } from './support/cooperation';
import { insertMeetingsFixture } from './support/meetings';
import { listRoutes } from './support/routes';
import { createTestApp, type HttpClient, type TestApp } from './support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
/** Generous limits: the cells sign in again after a sign-out and send empty forms to public routes. */
const ENV = {
  LOGIN_MAX_FAILURES_PER_IP: '100000',
  LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
  APPLICATIONS_PER_IP_PER_HOUR: '10000',
  PASSWORD_RESETS_PER_IP_PER_HOUR: '100000',
};

interface Cell {
  route: string;
  record: 'own' | 'other' | 'none';
  expected: Status;
  /** The record id in `{id}`; undefined for `none`, or when the principal has no such record. */
  id?: string;
  entry: Entry;
}

const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

function send(client: HttpClient, route: string, entry: Entry, id: string | undefined): Test {
  const [method, path] = route.split(' ');
  const url = path.replace(/\{[^}]+\}/, id ?? '') + (entry.query ?? '');
  const agent = client.agent as unknown as Record<string, (url: string) => Test>;
  const req = agent[method.toLowerCase()](url).set('X-Requested-With', 'XMLHttpRequest');
  return method === 'GET' ? req : req.send(entry.body ?? {});
}

async function upload(client: HttpClient): Promise<string> {
  const res = await client.agent
    .post('/api/attachments')
    .set('X-Requested-With', 'XMLHttpRequest')
    .attach('file', PDF, { filename: 'matrix.pdf', contentType: 'application/pdf' });
  if (res.status !== 201) throw new Error(`fixture upload: ${res.status} ${JSON.stringify(res.body)}`);
  return (res.body as { id: string }).id;
}

/** The records the matrix names by fixture, made through the API on this principal's database. */
async function makeFixtures(t: TestApp, principal: Principal, self: HttpClient): Promise<Fixtures> {
  const as = async (who: Principal) => (who === principal ? self : t.signIn(ACCOUNTS[who as keyof typeof ACCOUNTS]));
  const banker = await as('banker');
  const report = await banker.post('/api/posts/00000000-0000-4000-8000-000000000401/reports', {
    reason: 'A report for the authorization matrix',
  });
  if (report.status !== 201) throw new Error(`fixture report: ${report.status} ${JSON.stringify(report.body)}`);
  const fixtures: Fixtures = {
    operatorUpload: await upload(await as('operator')),
    operator2Upload: await upload(await as('operator2')),
    report: (report.body as { id: string }).id,
    operatorProject: await insertProject(t, { organizationId: ORG.ssez }),
    operator2Project: await insertProject(t, { organizationId: ORG.indonesia }),
  };
  await insertMeetingsFixture(t);
  if (principal === 'visitor') return fixtures;
  if (principal !== 'secretariat') {
    const [me] = (await t.db.dataSource.query('SELECT organization_id FROM users WHERE email = $1', [
      ACCOUNTS[principal],
    ])) as { organization_id: string }[];
    fixtures.project = await insertProject(t, { organizationId: me.organization_id });
  }

  const draft = await self.post('/api/posts', {
    kind: 'news',
    titleEn: `A draft of the ${principal} for the authorization matrix`,
    bodyEn: 'Draft.',
    countries: [],
    sectors: [],
    tags: [],
    visibility: 'public',
  });
  if (draft.status !== 201) throw new Error(`fixture draft post: ${draft.status} ${JSON.stringify(draft.body)}`);
  fixtures.draftPost = (draft.body as { id: string }).id;
  fixtures.upload = await upload(self);
  const brief = await self.post('/api/policy-briefs', {
    titleEn: `A draft brief of the ${principal} for the authorization matrix`,
    countries: ['KH'],
    topics: ['tax'],
    audience: 'public',
  });
  if (brief.status !== 201) throw new Error(`fixture draft brief: ${brief.status} ${JSON.stringify(brief.body)}`);
  fixtures.draftBrief = (brief.body as { id: string }).id;
  if (principal !== 'banker') {
    const invited = await self.post('/api/users', {
      email: `matrix-colleague-of-${principal}@example.org`,
      displayName: `Colleague of the ${principal}`,
      orgRole: 'member',
    });
    if (invited.status !== 201) throw new Error(`fixture colleague: ${invited.status} ${JSON.stringify(invited.body)}`);
    fixtures.colleague = (invited.body as { id: string }).id;
  }
  return fixtures;
}

function cellsOf(principal: Principal, fixtures: Fixtures): Cell[] {
  const column = PRINCIPALS.indexOf(principal);
  return Object.entries(MATRIX as Record<string, Entry>).flatMap(([route, entry]): Cell[] =>
    entry.kind === 'plain'
      ? [{ route, record: 'none', expected: entry.none[column], entry }]
      : (['own', 'other'] as const).map((record) => ({
          route,
          record,
          expected: entry[record][column],
          id: entry.records[record](principal, fixtures),
          entry,
        })),
  );
}

const describeBody = (res: Response) => {
  const body = res.body as { error?: string; message?: string } | undefined;
  return body?.error ? ` ${body.error}: ${body.message ?? ''}` : '';
};

/** Sends every cell of one principal's column on a database of its own; returns the wrong cells. */
async function runColumn(principal: Principal): Promise<{ cells: number; wrong: string[] }> {
  const t = await createTestApp(ENV);
  try {
    const signIn = () => (principal === 'visitor' ? Promise.resolve(t.anonymous()) : t.signIn(ACCOUNTS[principal]));
    let client = await signIn();
    const cells = cellsOf(principal, await makeFixtures(t, principal, client));
    const wrong: string[] = [];
    let sent = 0;
    for (const cell of cells) {
      const where = `${cell.route} [${cell.record}]`;
      if (cell.record !== 'none' && (cell.id === undefined) !== (cell.expected === NA)) {
        wrong.push(
          `${where} as ${principal}: the table says ${cell.expected} but the route's records give ${cell.id ?? 'none'}`,
        );
        continue;
      }
      if (cell.expected === NA) continue;
      sent++;
      const res = await send(client, cell.route, cell.entry, cell.id);
      if (process.env.AUTHZ_MATRIX_TRACE) console.log(`${principal}\t${where}\t${res.status}${describeBody(res)}`);
      if (res.status !== cell.expected)
        wrong.push(`${where} as ${principal}: expected ${cell.expected}, got ${res.status}${describeBody(res)}`);
      // A step may sign the principal out (logout): sign in again, so the next cells speak for it.
      if (principal !== 'visitor' && !cell.route.startsWith('GET') && res.status < 400) {
        if ((await client.get('/api/auth/me')).status !== 200) client = await signIn();
      }
    }
    return { cells: sent, wrong };
  } finally {
    await t.close();
  }
}

describe('authorization matrix (apps/api/test/authorization-matrix.ts)', () => {
  // AUTHZ_MATRIX_MARKDOWN=1 prints the table for a review; AUTHZ_MATRIX_TRACE=1 every answer with its error code.
  if (process.env.AUTHZ_MATRIX_MARKDOWN) console.log(matrixMarkdown());

  it('has rows for exactly the routes of the app', async () => {
    const t = await createTestApp();
    try {
      const app = new Set(listRoutes(t).map((r) => routeKey(r.method, r.path)));
      const table = new Set(Object.keys(MATRIX));
      const missing = [...app].filter((key) => !table.has(key)).sort();
      const extra = [...table].filter((key) => !app.has(key)).sort();
      expect({ 'routes without rows in the matrix': missing, 'rows for routes the app lacks': extra }).toEqual({
        'routes without rows in the matrix': [],
        'rows for routes the app lacks': [],
      });
    } finally {
      await t.close();
    }
  });

  it.each(PRINCIPALS.map((p) => [p]))(
    'answers %s in every cell of its column as the table says',
    async (principal) => {
      const { cells, wrong } = await runColumn(principal);
      if (wrong.length > 0)
        throw new Error(
          `${wrong.length} of ${cells} cells as ${principal} differ from the matrix:\n${wrong.join('\n')}`,
        );
      expect(cells).toBeGreaterThan(50);
    },
    120_000,
  );
});
