import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACTIONS, SUBJECTS } from '@alliance/contracts';
import { AppError } from '../src/common/errors/app-error';
import { PolicyGuard } from '../src/common/policy/policy.guard';
import { listRoutes } from './support/routes';
import { createTestApp, ORG, type TestApp } from './support/test-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('health', () => {
    it('reports ok with the database up, to anyone', async () => {
      const res = await t.anonymous().get('/api/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'ok', database: { status: 'up', driver: t.db.driver } });
      expect(typeof res.body.database.latencyMs).toBe('number');
    });
  });

  describe('request ids', () => {
    it('puts an x-request-id on every response, and the same requestId in error bodies', async () => {
      const anon = t.anonymous();
      const responses = [
        await anon.get('/api/health'),
        await anon.get('/api/auth/me'),
        await anon.get('/api/nope'),
        await anon.post('/api/auth/login', { email: 'not-an-email' }),
        await anon.agent.post('/api/auth/logout'),
      ];
      expect(responses.map((r) => r.status)).toEqual([200, 401, 404, 400, 403]);
      for (const res of responses) {
        expect(res.headers['x-request-id']).toMatch(UUID);
        if (res.status >= 400) expect(res.body.requestId).toBe(res.headers['x-request-id']);
      }
      expect(new Set(responses.map((r) => r.headers['x-request-id'])).size).toBe(responses.length);
    });

    it("echoes a caller's sane x-request-id and replaces an unsafe one", async () => {
      const echoed = await t.anonymous().get('/api/auth/me').set('x-request-id', 'abc-123');
      expect(echoed.status).toBe(401);
      expect(echoed.headers['x-request-id']).toBe('abc-123');
      expect(echoed.body.requestId).toBe('abc-123');

      for (const unsafe of ['abc 123<script>', 'x'.repeat(101)]) {
        const res = await t.anonymous().get('/api/health').set('x-request-id', unsafe);
        expect(res.headers['x-request-id']).toMatch(UUID);
      }
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without X-Requested-With', async () => {
      const logout = await t.anonymous().agent.post('/api/auth/logout');
      expect(logout.status).toBe(403);
      expect(logout.body.error).toBe('CSRF_HEADER_MISSING');

      const secretariat = await t.signIn('secretariat@example.org');
      const { total } = (await secretariat.get('/api/organizations')).body;
      const create = await secretariat.agent
        .post('/api/organizations')
        .send({ nameEn: 'Forged Co.', type: 'service_provider' });
      expect(create.status).toBe(403);
      expect(create.body.error).toBe('CSRF_HEADER_MISSING');
      const wrongValue = await secretariat.agent
        .post('/api/organizations')
        .set('X-Requested-With', 'fetch')
        .send({ nameEn: 'Forged Co.', type: 'service_provider' });
      expect(wrongValue.status).toBe(403);
      expect(wrongValue.body.error).toBe('CSRF_HEADER_MISSING');
      const suspend = await secretariat.agent
        .post(`/api/organizations/${ORG.egypt}/suspend`)
        .send({ reason: 'Forged' });
      expect(suspend.status).toBe(403);
      const patch = await secretariat.agent
        .patch(`/api/organizations/${ORG.egypt}`)
        .send({ website: 'https://forged.example.org' });
      expect(patch.status).toBe(403);
      expect(patch.body.error).toBe('CSRF_HEADER_MISSING');

      const after = await secretariat.get(`/api/organizations/${ORG.egypt}`);
      expect(after.body).toMatchObject({ status: 'active', website: null });
      expect((await secretariat.get('/api/organizations')).body.total).toBe(total);
      // The session survived the forged sign-out.
      expect((await secretariat.get('/api/auth/me')).status).toBe(200);
    });

    it('lets a GET through without the header', async () => {
      const client = await t.signIn('operator@example.org');
      const res = await client.agent.get('/api/auth/me');
      expect(res.status).toBe(200);
      expect(res.request.getHeader('X-Requested-With')).toBeUndefined();
    });
  });

  describe('error shape', () => {
    it('answers malformed JSON with 400 in the error shape', async () => {
      const res = await t
        .anonymous()
        .agent.post('/api/auth/login')
        .set('X-Requested-With', 'XMLHttpRequest')
        .set('Content-Type', 'application/json')
        .send('{"email": "operator@example.org", ');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'BAD_REQUEST', requestId: res.headers['x-request-id'] });
      expect(typeof res.body.message).toBe('string');
    });

    it('answers an unknown API route with 404 in the error shape', async () => {
      for (const res of [await t.anonymous().get('/api/nope'), await t.anonymous().post('/api/nope')]) {
        expect(res.status).toBe(404);
        expect(res.headers['content-type']).toMatch(/application\/json/);
        expect(res.body).toMatchObject({ statusCode: 404, error: 'NOT_FOUND', requestId: res.headers['x-request-id'] });
      }
    });
  });

  it('has migrations that build exactly the schema the entities describe (no drift)', async () => {
    const sql = await t.db.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  describe('routes', () => {
    it('declares a policy on every route handler', () => {
      const routes = listRoutes(t);
      expect(routes.length).toBeGreaterThan(15);
      expect(routes.map((r) => `${r.method.toUpperCase()} ${r.path}`)).toEqual(
        expect.arrayContaining([
          'GET /api/health',
          'POST /api/auth/login',
          'POST /api/organizations/{id}/suspend',
          'PATCH /api/users/{id}/role',
          'GET /api/audit',
        ]),
      );

      const missing = routes.filter((r) => !r.policy).map((r) => `${r.handler} (${r.method.toUpperCase()} ${r.path})`);
      expect(missing).toEqual([]);

      const malformed = routes
        .filter((r) => {
          const p = r.policy!;
          if (p.kind === 'public' || p.kind === 'authenticated') return false;
          return !(p.kind === 'ability' && ACTIONS.includes(p.action) && SUBJECTS.includes(p.subject));
        })
        .map((r) => r.handler);
      expect(malformed).toEqual([]);

      // Public: sign-in, password recovery, invitations, health, the directory, the membership form, posts, policy briefs, country grades, cooperation projects, an event's B2B meetings programme and initiatives with their signatories.
      const publicRoutes = routes
        .filter((r) => r.policy?.kind === 'public')
        .map((r) => `${r.method.toUpperCase()} ${r.path}`);
      expect(publicRoutes.sort()).toEqual(
        [
          'GET /api/health',
          'POST /api/auth/invitations/accept',
          'POST /api/auth/login',
          'GET /api/auth/session',
          'POST /api/auth/password/forgot',
          'POST /api/auth/password/reset',
          'GET /api/organizations',
          'GET /api/organizations/{id}',
          'GET /api/parks',
          'GET /api/parks/map',
          'GET /api/parks/stats',
          'GET /api/parks/{id}',
          'POST /api/membership-applications',
          'GET /api/posts',
          'GET /api/posts/{id}',
          'GET /api/search',
          'GET /api/attachments/{id}',
          'GET /api/posts/{id}/event.ics',
          'GET /api/results/public',
          'GET /api/policy-briefs',
          'GET /api/policy-briefs/{id}',
          'GET /api/policy-briefs/{id}/versions',
          'GET /api/policy-briefs/{id}/diff',
          'GET /api/countries',
          'GET /api/countries/{country}',
          'GET /api/country-ratings/{id}',
          'GET /api/cooperation/projects',
          'GET /api/cooperation/projects/{id}',
          'GET /api/events/{eventId}/meetings',
          'GET /api/initiatives',
          'GET /api/initiatives/{id}',
          'GET /api/initiatives/{id}/signatories',
          'GET /api/agreements',
          'GET /api/agreements/{id}',
        ].sort(),
      );
    });

    it('refuses, in the guard, a handler that declares no policy', () => {
      class Undeclared {
        handler() {}
      }
      const guard = new PolicyGuard(new Reflector());
      const context = {
        getHandler: () => Undeclared.prototype.handler,
        getClass: () => Undeclared,
        switchToHttp: () => ({ getRequest: () => ({ auth: { ability: { can: () => true } } }) }),
      } as unknown as ExecutionContext;
      let thrown: unknown;
      try {
        guard.canActivate(context);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).statusCode).toBe(403);
    });
  });

  describe('OpenAPI', () => {
    it('is the committed document (openapi/openapi.json): run `npm run openapi` after changing the API', async () => {
      const served = (await t.anonymous().get('/api/docs-json')).body as unknown;
      const committed = JSON.parse(
        fs.readFileSync(path.join(__dirname, '../../../openapi/openapi.json'), 'utf8'),
      ) as unknown;
      expect(served).toEqual(committed);
    });

    it('documents the refusals of every operation in the common error shape, and every answer its content', async () => {
      const doc = (await t.anonymous().get('/api/docs-json')).body as {
        paths: Record<
          string,
          Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>
        >;
      };
      const missing: string[] = [];
      for (const [route, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) {
          const codes = Object.keys(op.responses);
          for (const code of ['400', '503']) if (!codes.includes(code)) missing.push(`${method} ${route}: no ${code}`);
          for (const code of codes.filter((c) => /^[45]/.test(c))) {
            const ref = (op.responses[code].content?.['application/json']?.schema as { $ref?: string } | undefined)
              ?.$ref;
            if (ref !== '#/components/schemas/ErrorResponse')
              missing.push(`${method} ${route}: ${code} not the error shape`);
          }
          for (const code of codes.filter((c) => /^2/.test(c) && c !== '204')) {
            const content = Object.values(op.responses[code].content ?? {});
            if (content.length === 0 || content.some((c) => !c.schema))
              missing.push(`${method} ${route}: ${code} has no schema`);
          }
        }
      }
      expect(missing).toEqual([]);
    });

    it('documents every route, each with a response, bodies by schema reference', async () => {
      const res = await t.anonymous().get('/api/docs-json');
      expect(res.status).toBe(200);
      const doc = res.body as {
        paths: Record<
          string,
          Record<
            string,
            {
              responses?: Record<string, unknown>;
              requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
            }
          >
        >;
        components: { schemas: Record<string, unknown> };
      };
      const routes = listRoutes(t);
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method} ${path}`),
      );
      expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());

      for (const route of routes) {
        const op = doc.paths[route.path][route.method];
        expect({ route: route.handler, responses: Object.keys(op.responses ?? {}).length > 0 }).toEqual({
          route: route.handler,
          responses: true,
        });
        if (route.hasBody) {
          const ref = op.requestBody?.content['application/json']?.schema.$ref;
          expect({ route: route.handler, ref }).toEqual({
            route: route.handler,
            ref: expect.stringMatching(/^#\/components\/schemas\//),
          });
          expect(doc.components.schemas[ref!.split('/').pop()!]).toBeDefined();
        }
      }
      expect(routes.filter((r) => r.hasBody).length).toBeGreaterThan(5);

      // Every schema reference anywhere in the document resolves.
      const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
      expect(refs.length).toBeGreaterThan(10);
      for (const name of new Set(refs))
        expect({ name, defined: name in doc.components.schemas }).toEqual({ name, defined: true });
    });
  });
});

describe('platform: database down', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers the health check with 503 SERVICE_UNAVAILABLE', async () => {
    await t.db.dataSource.destroy();
    const res = await t.anonymous().get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({
      statusCode: 503,
      error: 'SERVICE_UNAVAILABLE',
      requestId: res.headers['x-request-id'],
    });
    expect(res.body.details[0].field).toBe('database');
  });
});
