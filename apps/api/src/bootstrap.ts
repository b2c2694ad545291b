import * as fs from 'node:fs';
import * as path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { ERROR_CODE_BY_STATUS, type ApiErrorBody } from '@alliance/contracts';
import type { SecurityHeadersOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { resolveSecurityHeaders } from '@nestjs/core/security/security-headers';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config/app-config';
import { registerRequestContext, requestId } from './common/context/request-context.hooks';
import type { DatabaseHandle } from './common/database/database';
import { AppError } from './common/errors/app-error';
import { ErrorResponse } from './common/errors/error-response.dto';
import { createValidationPipe } from './common/errors/validation';
import { documentErrors } from './common/openapi/document-errors';
import { listRoutes } from './common/openapi/route-list';
import { jsonNestsDeeperThan, MAX_INPUT_DEPTH } from './common/validation/request-input';
import { PinoNestLogger } from './common/logging/logger';

/** Request bodies above this get 413. */
const MAX_BODY_BYTES = 1024 * 1024;
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Alliance Portal API')
    .setDescription(
      'JSON API of the Jiangsu Overseas Park High-Quality Development Alliance portal. Sign in with POST /api/auth/login; ' +
        'the session is an httpOnly cookie. State-changing requests must send `X-Requested-With: XMLHttpRequest`.',
    )
    .setVersion('1.0')
    .addCookieAuth('ap_session')
    .build();
  const generated = SwaggerModule.createDocument(app, document, { extraModels: [ErrorResponse] });
  return documentErrors(generated, listRoutes(app));
}

/**
 * Serves the built web app: its files as they were at start (one route each, so no request looks at
 * the file system), precompressed (brotli, gzip) by the browser's `Accept-Encoding`, hashed assets
 * cached for a year; any other GET outside /api answers index.html (client-side routes).
 */
async function serveWeb(app: NestFastifyApplication, dir: string, logger: Logger): Promise<void> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    logger.warn({ dir }, 'web app not built; serving the API only');
    return;
  }
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      const relative = path.relative(dir, file);
      reply.header(
        'Cache-Control',
        relative.startsWith('assets/')
          ? `public, max-age=${ONE_YEAR_SECONDS}, immutable`
          : relative.startsWith('index.html')
            ? 'no-cache'
            : 'public, max-age=3600',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.get('/*', (req: FastifyRequest, reply: FastifyReply) => {
    if (req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/assets/'))
      return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}

/**
 * The JSON body parser: UTF-8 only (what the byte scan reads), a body nested too deep is a 400
 * without the parser's cost (RequestInputGuard checks parsed values), objects and arrays only at the
 * top, and an empty body reads as none.
 */
function parseJson(req: FastifyRequest, raw: Buffer, done: (err: Error | null, body?: unknown) => void): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
  if (charset && charset.toLowerCase() !== 'utf-8' && charset.toLowerCase() !== 'utf8') {
    return done(new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send JSON in UTF-8 (got ${charset.toUpperCase()})`));
  }
  if (jsonNestsDeeperThan(raw)) {
    return done(
      new AppError(400, 'BAD_REQUEST', `The request body is nested more than ${MAX_INPUT_DEPTH} levels deep`),
    );
  }
  const text = raw.toString('utf8');
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) return done(null, undefined);
  if (first !== '{' && first !== '[') {
    return done(new AppError(400, 'BAD_REQUEST', 'The request body must be a JSON object or array'));
  }
  try {
    done(null, JSON.parse(text));
  } catch (err) {
    done(new AppError(400, 'BAD_REQUEST', `The request body is not valid JSON: ${(err as Error).message}`));
  }
}

/** helmet's headers, with a policy for the web app's own scripts, styles and images. */
function securityHeaders(config: AppConfig): SecurityHeadersOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': config.nodeEnv === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: config.nodeEnv === 'production',
  };
}

/**
 * The router's own refusals (a path that does not decode, such as an encoded lone surrogate), which
 * come before any hook or filter: answered in the common error shape with the same headers.
 */
function frameworkErrors(config: AppConfig) {
  const headers = resolveSecurityHeaders(securityHeaders(config)).headers;
  return (error: Error & { statusCode?: number }, request: FastifyRequest, reply: FastifyReply) => {
    const statusCode = error.statusCode ?? 400;
    for (const [name, value] of headers) reply.header(name, value);
    reply
      .header('x-request-id', request.id)
      .code(statusCode)
      .send({
        statusCode,
        error: ERROR_CODE_BY_STATUS[statusCode] ?? 'BAD_REQUEST',
        message: error.message,
        requestId: request.id,
      } satisfies ApiErrorBody);
  };
}

/** Builds the whole HTTP app on an opened database; used by main and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  db: DatabaseHandle,
  logger: Logger,
): Promise<NestFastifyApplication> {
  const hops = config.trustProxy === false ? 0 : config.trustProxy;
  const adapter = new FastifyAdapter({
    // TRUST_PROXY hops, as Express counted them: the client is the address that many proxies in.
    trustProxy: config.trustProxy === false ? false : (_address: string, hop: number) => hop < hops,
    bodyLimit: MAX_BODY_BYTES,
    genReqId: requestId,
    requestIdHeader: false,
    logger: false,
    frameworkErrors: frameworkErrors(config),
    // As Express routed: /api/parks/ is /api/parks, paths are not case-sensitive, and a parameter of
    // any length reaches its validation (which names it) rather than a bare 414.
    routerOptions: { ignoreTrailingSlash: true, caseSensitive: false, maxParamLength: 16 * 1024 },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, db, logger), adapter, {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  registerRequestContext(fastify, logger);
  // JSON is the only body besides the file uploads (multipart): other types get 415.
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES }, parseJson);
  app.useSecurityHeaders(securityHeaders(config));
  await app.register(fastifyCookie);
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());

  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveWeb(app, config.webDistDir, logger);
  return app;
}
