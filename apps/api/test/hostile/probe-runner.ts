import {
  defineAbilityFor,
  ERROR_CODES,
  PARK_CSV_COLUMNS,
  type AppAbility,
  type OrganizationType,
  type OrgRole,
} from '@alliance/contracts';
import type { Response } from 'supertest';
import type { Logger } from 'pino';
import { LOGGER } from '../../src/common/logging/logger';
import { JobRunner } from '../../src/modules/jobs/job-runner.service';
import { insertMeetingsFixture } from '../support/meetings';
import { listRoutes, type Route } from '../support/routes';
import { createTestApp, type HttpClient, type TestApp } from '../support/test-app';
import { operations, resolve, type OpenApiDocument, type Operation } from './openapi';
import {
  attacksFor,
  BODY_ATTACKS,
  CSV_CELL_ATTACKS,
  DEEPEST_BODY,
  LARGEST_BODY,
  isWrongType,
  NULL_ATTACK,
  parksCsv,
  PATH_ATTACKS,
  plausible,
  QUERY_ATTACKS,
  randomFrom,
  TEXT_ATTACKS,
  type Attack,
  type IdSource,
} from './values';

export interface Persona {
  name: string;
  /** null: a visitor, not signed in. */
  email: string | null;
}

export interface Finding {
  persona: string;
  operation: string;
  probe: string;
  status: number;
  problem: string;
}

export interface PersonaReport {
  findings: Finding[];
  probes: number;
  operations: number;
  opened: number;
  /** Rows the accepted probes wrote, as the change log saw them: none would mean the log saw nothing. */
  rowsWritten: number;
}

/**
 * Tables that may change on a refusal: sign-in bookkeeping (failed attempts are counted by design), the
 * job runner's claims, the write rate limit's counters (every write counts, refused or not).
 */
const BOOKKEEPING_TABLES = new Set(['login_failures', 'migrations', 'scheduled_jobs', 'write_counters']);

interface Probe {
  label: string;
  url: string;
  json?: { raw: string; contentType: string };
  file?: { name: string; content: Buffer; contentType: string };
  /** Text fields sent with the file. */
  fields?: Record<string, string>;
  /** The field a `named` attack aims at: the 400 must name it. */
  named?: string;
  /** A field sent a value of the wrong type: a 400 VALIDATION_FAILED must name it (or a part of it). */
  field?: string;
  status?: number;
}

/**
 * Logs each row every write touches, by a row trigger on every table of this test's own database: a
 * write that rolled back leaves no line, so the log names exactly the tables a probe changed (cheaper
 * than scanning every table before and after each probe).
 */
async function trackChanges(t: TestApp, tables: string[]): Promise<void> {
  const query = (sql: string) => t.db.dataSource.query(sql);
  await query(`CREATE TABLE "hostile_changes" ("id" bigserial PRIMARY KEY, "table_name" text NOT NULL)`);
  await query(`CREATE FUNCTION "hostile_change"() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO "hostile_changes" ("table_name") VALUES (TG_TABLE_NAME);
      RETURN NULL;
    END $$`);
  for (const name of tables)
    await query(
      `CREATE TRIGGER "hostile_change" AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION "hostile_change"()`,
    );
}

/** Where the log of changes stands before a probe. */
async function changeMark(t: TestApp): Promise<string> {
  const [row] = (await t.db.dataSource.query(
    `SELECT coalesce(max("id"), 0)::text AS "mark" FROM "hostile_changes"`,
  )) as {
    mark: string;
  }[];
  return row.mark;
}

/** The tables a probe changed: those written since the mark, in a transaction that committed. */
async function changedSince(t: TestApp, mark: string): Promise<string[]> {
  const rows = (await t.db.dataSource.query(
    `SELECT DISTINCT "table_name" FROM "hostile_changes" WHERE "id" > $1 ORDER BY 1`,
    [mark],
  )) as { table_name: string }[];
  return rows.map((r) => r.table_name).filter((name) => !BOOKKEEPING_TABLES.has(name));
}

/** Ids of seeded rows for path parameters and `…Id` fields: the table named by the path segment or field. */
async function idSource(t: TestApp, tables: string[], pick: <T>(items: readonly T[]) => T): Promise<IdSource> {
  const withId = (
    (await t.db.dataSource.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
    )) as { table_name: string }[]
  ).map((r) => r.table_name);
  const ids = new Map<string, string[]>();
  for (const table of tables.filter((name) => withId.includes(name))) {
    const rows = (await t.db.dataSource.query(`SELECT id FROM "${table}" ORDER BY id LIMIT 12`)) as { id: string }[];
    ids.set(
      table,
      rows.map((r) => r.id),
    );
  }
  // Words that name no table of their own: an event (`/events/{eventId}/meetings`) is an event post with
  // B2B meetings; the only sessions a request names (`sessionIds`) are a programme's meeting sessions.
  const aliases = {
    events: `SELECT post_id AS id FROM meeting_programmes ORDER BY post_id LIMIT 12`,
    sessions: `SELECT id FROM meeting_sessions ORDER BY id LIMIT 12`,
  };
  for (const [word, sql] of Object.entries(aliases)) {
    const rows = (await t.db.dataSource.query(sql)) as { id: string }[];
    if (rows.length)
      ids.set(
        word,
        rows.map((r) => r.id),
      );
  }
  const snake = (s: string) =>
    s
      .replace(/-/g, '_')
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase();
  const tableFor = (word: string): string | undefined => {
    const plural = word.endsWith('s') ? word : `${word}s`;
    return (
      [...ids.keys()].find((name) => name === plural) ?? [...ids.keys()].find((name) => name.endsWith(`_${plural}`))
    );
  };
  return (name, context) => {
    // A path segment names its table (`financing-reviews`); a field its record (`parkId`, `institutionIds`).
    const words = snake(context === 'field' ? name.replace(/Ids?$/, '') : name).split('_');
    for (let i = 0; i < words.length; i++) {
      const table = tableFor(words.slice(i).join('_'));
      const candidates = table ? ids.get(table) : undefined;
      if (candidates?.length) return pick(candidates);
    }
    return '7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b';
  };
}

async function principalOf(t: TestApp, email: string): Promise<AppAbility> {
  const [row] = (await t.db.dataSource.query(
    `SELECT u.id AS "userId", u.organization_id AS "organizationId", o.type AS "organizationType", u.org_role AS "orgRole"
       FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = $1`,
    [email],
  )) as { userId: string; organizationId: string; organizationType: OrganizationType; orgRole: OrgRole }[];
  return defineAbilityFor(row);
}

function opens(route: Route, ability: AppAbility | null): boolean {
  const policy = route.policy;
  if (!policy) return false;
  if (policy.kind === 'public') return true;
  if (!ability) return false;
  return policy.kind === 'authenticated' || ability.can(policy.action, policy.subject);
}

/** The common error shape, or what is wrong with it. */
function shapeProblem(res: Response): string | null {
  const body = res.body as Record<string, unknown>;
  if (!body || typeof body !== 'object') return 'error body is not JSON';
  if (body.statusCode !== res.status) return `statusCode ${String(body.statusCode)} in a ${res.status}`;
  if (!ERROR_CODES.includes(body.error as (typeof ERROR_CODES)[number]))
    return `unknown error code ${String(body.error)}`;
  if (typeof body.message !== 'string' || body.message === '') return 'no message';
  if (typeof body.requestId !== 'string' || body.requestId !== res.headers['x-request-id'])
    return 'requestId missing or not the x-request-id';
  if (body.details !== undefined) {
    const details = body.details as unknown[];
    if (
      !Array.isArray(details) ||
      details.some(
        (d) =>
          typeof (d as { field?: unknown }).field !== 'string' ||
          typeof (d as { message?: unknown }).message !== 'string',
      )
    ) {
      return 'details are not { field, constraint, message }';
    }
  }
  return null;
}

const detailFields = (res: Response) =>
  ((res.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field);
const related = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

/** Probes of one operation: the plausible request, then one hostile value at a time in each place. */
function probesFor(doc: OpenApiDocument, op: Operation, ids: IdSource, rnd: ReturnType<typeof randomFrom>): Probe[] {
  const pathValues = Object.fromEntries(
    op.pathParams.map((p) => [p.name, ids(op.path.split(`/{${p.name}}`)[0].split('/').pop() ?? p.name, 'path')]),
  );
  // Required query parameters get plausible values; a probe replaces one of them or adds its own.
  const required = op.queryParams
    .filter((p) => p.required)
    .map((p) => [p.name, encodeURIComponent(String(plausible(doc, p.schema, p.name, ids, true)))]);
  const urlWith = (path: Record<string, string>, query: Record<string, string> = {}) => {
    const search = Object.entries({ ...Object.fromEntries(required), ...query })
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    return (
      op.path.replace(/\{(\w+)\}/g, (_, name: string) => path[name] ?? pathValues[name]) + (search ? `?${search}` : '')
    );
  };
  // Two plausible bodies: only the required fields, and every field; probes alternate between them.
  const bases =
    op.body?.type === 'json'
      ? [true, false].map((rich) => plausible(doc, op.body?.schema, 'body', ids, rich) as Record<string, unknown>)
      : [];
  const base = () => (bases.length ? rnd.pick(bases) : undefined);
  const json = (body: unknown) => ({ raw: JSON.stringify(body), contentType: 'application/json' });
  const withBody = (probe: Probe): Probe => {
    const body = base();
    return body && !probe.json ? { ...probe, json: json(body) } : probe;
  };
  const pdf = {
    name: 'report.pdf',
    content: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    contentType: 'application/pdf',
  };
  const probes: Probe[] = [
    op.body?.type === 'multipart'
      ? { label: 'plausible request', url: urlWith({}), file: pdf }
      : { label: 'plausible request', url: urlWith({}), ...(bases[0] ? { json: json(bases[0]) } : {}) },
  ];

  for (const param of op.pathParams) {
    for (const attack of [rnd.pick(PATH_ATTACKS), rnd.pick(PATH_ATTACKS)]) {
      probes.push(
        withBody({
          label: `path ${param.name}: ${attack.label}`,
          url: urlWith({ [param.name]: String(attack.value) }),
        }),
      );
    }
  }
  for (const param of op.queryParams) {
    const attack = rnd.pick(QUERY_ATTACKS);
    probes.push(
      withBody({
        label: `query ${param.name}: ${attack.label}`,
        url: urlWith({}, { [param.name]: String(attack.value) }),
        ...(attack.named ? { named: param.name } : {}),
      }),
    );
    probes.push(
      withBody({
        label: `query ${param.name}: given twice`,
        url: `${urlWith({})}${required.length ? '&' : '?'}${param.name}=a&${param.name}=b`,
      }),
    );
  }
  if (op.body?.type === 'json') {
    const fields = Object.entries(op.body.schema.properties ?? {});
    for (const [name, schema] of fields) {
      const classes = attacksFor(resolve(doc, schema));
      // null every time: an optional field must not let it reach a column that refuses it. One sample of
      // each class a run: the seed changes with every commit (CI), so the commits go through the others.
      const chosen: Attack[] = [NULL_ATTACK, ...classes.map((c) => rnd.pick(c))];
      for (const attack of chosen) {
        probes.push({
          label: `body ${name}: ${attack.label}`,
          url: urlWith({}),
          json: json({ ...base(), [name]: attack.value }),
          ...(isWrongType(attack, resolve(doc, schema)) ? { field: name } : {}),
          ...(attack.named ? { named: name } : {}),
        });
      }
    }
    probes.push({ label: 'body: unknown field with NUL', url: urlWith({}), json: json({ ...base(), ['x\u0000']: 1 }) });
  }
  if (op.body?.type === 'multipart') {
    const text = rnd.pick(TEXT_ATTACKS);
    const csv = (name: string, content: Buffer) => ({ name, content, contentType: 'text/csv' });
    const column = rnd.pick(PARK_CSV_COLUMNS);
    const cell = rnd.pick(CSV_CELL_ATTACKS);
    probes.push(
      { label: 'file: CSV', url: urlWith({}), file: csv('parks.csv', parksCsv(ids, {})) },
      {
        label: `file: CSV, ${column}: ${cell.label}`,
        url: urlWith({}),
        file: csv('parks.csv', parksCsv(ids, { [column]: String(cell.value) })),
      },
      {
        label: `file name: ${text.label}`,
        url: urlWith({}),
        file: {
          name: `a${String(text.value)}.pdf`,
          content: Buffer.from('%PDF-1.4\n%%EOF\n'),
          contentType: 'application/pdf',
        },
      },
      {
        label: 'file: NUL bytes and invalid UTF-8',
        url: urlWith({}),
        file: {
          name: 'x.csv',
          content: Buffer.from([0x6e, 0x00, 0xed, 0xa0, 0x80, 0x0a, 0xc3, 0x28]),
          contentType: 'text/csv',
        },
      },
      {
        label: 'file: empty',
        url: urlWith({}),
        file: { name: 'empty.pdf', content: Buffer.alloc(0), contentType: 'application/pdf' },
      },
      { label: `form field: ${text.label}`, url: urlWith({}), file: pdf, fields: { note: String(text.value) } },
      {
        label: 'file: over the size limit',
        url: urlWith({}),
        file: { name: 'big.pdf', content: Buffer.alloc(200 * 1024, 0x41), contentType: 'application/pdf' },
      },
    );
  }
  if (op.method !== 'get') {
    // The deepest and the largest every time; two more picked.
    for (const attack of [DEEPEST_BODY, LARGEST_BODY, rnd.pick(BODY_ATTACKS), rnd.pick(BODY_ATTACKS)]) {
      probes.push({
        label: `body: ${attack.label}`,
        url: urlWith({}),
        json: { raw: attack.raw, contentType: attack.contentType },
        status: attack.status,
      });
    }
  }
  return probes;
}

async function send(client: HttpClient, method: string, probe: Probe): Promise<Response> {
  const agent = client.agent as unknown as Record<string, (url: string) => import('supertest').Test>;
  let req = agent[method](probe.url).set('X-Requested-With', 'XMLHttpRequest');
  if (probe.json) req = req.set('Content-Type', probe.json.contentType).send(probe.json.raw);
  for (const [name, value] of Object.entries(probe.fields ?? {})) req = req.field(name, value);
  if (probe.file)
    req = req.attach('file', probe.file.content, { filename: probe.file.name, contentType: probe.file.contentType });
  return req;
}

/**
 * Sends every operation of the app's OpenAPI document, as one persona on a database of its
 * own, the hostile probes that persona can reach, and reports what broke a rule:
 * a 5xx, an error not in the common shape, a refusal that changed a table, a field value
 * refused without naming the field, a route answered for someone it does not open to.
 */
export async function probeAs(persona: Persona, seed: number): Promise<PersonaReport> {
  const env = {
    LOGIN_MAX_FAILURES_PER_IP: '100000',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
    APPLICATIONS_PER_IP_PER_HOUR: '10000',
    PASSWORD_RESETS_PER_IP_PER_HOUR: '100000',
    ATTACHMENT_MAX_BYTES: String(64 * 1024),
  };
  let t = await createTestApp(env);
  await insertMeetingsFixture(t);
  // Each persona draws its own samples from the classes.
  const rnd = randomFrom(seed + [...persona.name].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 0));
  const findings: Finding[] = [];
  let probes = 0;
  let opened = 0;
  try {
    const doc = (await t.anonymous().get('/api/docs-json')).body as OpenApiDocument;
    const routes = new Map(listRoutes(t).map((r) => [`${r.method} ${r.path}`, r]));
    const tables = (
      (await t.db.dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )) as {
        table_name: string;
      }[]
    ).map((r) => r.table_name);
    const ids = await idSource(t, tables, (items) => rnd.pick(items));
    await trackChanges(t, tables);
    const ability = persona.email ? await principalOf(t, persona.email) : null;
    // Every error the API logs (a 500, a value only the database refused) is a finding too.
    const errorsLogged: string[] = [];
    const watchErrors = (app: TestApp) => {
      const logger = app.app.get<Logger>(LOGGER);
      jest.spyOn(logger, 'error').mockImplementation(((obj: unknown, msg?: string) => {
        errorsLogged.push(typeof obj === 'string' ? obj : (msg ?? 'error'));
      }) as Logger['error']);
    };
    watchErrors(t);
    let client = persona.email ? await t.signIn(persona.email) : t.anonymous();

    /**
     * A probe may sign the persona out (logout, password change) or lock it out (its organization
     * suspended): sign in again, on a new database if need be. A visitor whose probe signed in stays a visitor.
     */
    const stillSignedIn = async () => {
      if (!persona.email) {
        client = t.anonymous();
        return;
      }
      if ((await client.get('/api/auth/me')).status === 200) return;
      try {
        client = await t.signIn(persona.email);
      } catch {
        await t.close();
        t = await createTestApp(env);
        await insertMeetingsFixture(t);
        await trackChanges(t, tables);
        watchErrors(t);
        client = await t.signIn(persona.email);
      }
    };

    const ops = operations(doc);
    for (const op of ops) {
      const name = `${op.method.toUpperCase()} ${op.path}`;
      const route = routes.get(`${op.method} ${op.path}`);
      if (!route) {
        findings.push({
          persona: persona.name,
          operation: name,
          probe: '-',
          status: 0,
          problem: 'documented but not a route',
        });
        continue;
      }
      const open = opens(route, ability);
      if (open) opened++;
      const all = probesFor(doc, op, ids, rnd);
      // A route the persona may not open: one probe shows it refused.
      for (const probe of open ? all : all.slice(0, 1)) {
        probes++;
        errorsLogged.length = 0;
        const mark = await changeMark(t);
        let res: Response;
        try {
          res = await send(client, op.method, probe);
        } catch (err) {
          findings.push({
            persona: persona.name,
            operation: name,
            probe: probe.label,
            status: 0,
            problem: `no answer: ${(err as Error).message}`,
          });
          continue;
        }
        if (process.env.HOSTILE_TRACE && probe.label === 'plausible request')
          console.log(name, res.status, JSON.stringify(res.body).slice(0, 300), probe.json?.raw.slice(0, 300));
        // What the request set going in the background (a queued e-mail) counts as its doing.
        await t.app.get(JobRunner).whenIdle();
        const problem = judge(res, probe, open, await changedSince(t, mark), errorsLogged.splice(0));
        if (problem)
          findings.push({ persona: persona.name, operation: name, probe: probe.label, status: res.status, problem });
        if (res.status < 400 && op.method !== 'get') await stillSignedIn();
      }
    }
    const rowsWritten = Number(await changeMark(t));
    return { findings, probes, operations: ops.length, opened, rowsWritten };
  } finally {
    await t.close();
  }
}

function judge(res: Response, probe: Probe, open: boolean, changed: string[], logged: string[]): string | null {
  const body = res.body as { error?: string; message?: string };
  if (res.status >= 500) return `${res.status} ${body.error ?? ''}: ${body.message ?? res.text?.slice(0, 200)}`;
  if (!open && res.status < 400) return `answered ${res.status} to someone the route does not open to`;
  if (probe.status && res.status !== probe.status)
    return `expected ${probe.status}, got ${res.status} ${body.error ?? ''}`;
  // A value no field may hold is refused, naming the field, whatever else the request would have done.
  if (
    probe.named &&
    (res.status !== 400 ||
      body.error !== 'VALIDATION_FAILED' ||
      !detailFields(res).some((f) => related(f, probe.named as string)))
  ) {
    return `expected 400 VALIDATION_FAILED naming ${probe.named}, got ${res.status} ${body.error ?? ''} (${detailFields(res).join(', ')})`;
  }
  if (logged.length > 0) return `the API logged an error: ${logged.join('; ')}`;
  if (res.status < 400) return null;
  const shape = shapeProblem(res);
  if (shape) return `error shape: ${shape}`;
  // Only the database's own refusal comes without details: a rule validation is missing.
  if (body.error === 'VALIDATION_FAILED' && detailFields(res).length === 0)
    return `refused by the database, not by validation: ${body.message ?? ''}`;
  if (changed.length > 0) return `refused with ${res.status} but changed ${changed.join(', ')}`;
  if (
    probe.field &&
    res.status === 400 &&
    body.error === 'VALIDATION_FAILED' &&
    !detailFields(res).some((f) => related(f, probe.field as string))
  ) {
    return `400 without naming ${probe.field} (${detailFields(res).join(', ') || body.message})`;
  }
  return null;
}
