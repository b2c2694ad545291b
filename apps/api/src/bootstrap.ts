import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import expressStaticGzip from 'express-static-gzip';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import type { AppConfig } from './common/config/app-config';
import { requestContextMiddleware } from './common/context/request-context.middleware';
import type { DatabaseHandle } from './common/database/database';
import { AppError } from './common/errors/app-error';
import { ErrorResponse } from './common/errors/error-response.dto';
import { createValidationPipe } from './common/errors/validation';
import { documentErrors } from './common/openapi/document-errors';
import { listRoutes } from './common/openapi/route-list';
import { jsonNestsDeeperThan, MAX_INPUT_DEPTH } from './common/validation/request-input';
import { PinoNestLogger } from './common/logging/logger';

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
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

/** Serves the built web app and answers unknown non-API paths with its index.html (client-side routes). */
function serveWeb(app: NestExpressApplication, dir: string, logger: Logger): void {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) {
    logger.warn({ dir }, 'web app not built; serving the API only');
    return;
  }
  // Precompressed at build (brotli, gzip); hashed assets never change, so they are cached for a year.
  const compressed: expressStaticGzip.ExpressStaticGzipOptions = {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
  };
  const assets = expressStaticGzip(path.join(dir, 'assets'), {
    ...compressed,
    serveStatic: { maxAge: '1y', immutable: true },
  });
  const files = expressStaticGzip(dir, { ...compressed, serveStatic: { maxAge: '1h' } });
  app.use('/assets', assets);
  // API requests never look at the file system.
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith('/api/') ? next() : files(req, res, next),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      req.path.startsWith('/api') ||
      req.path.startsWith('/assets/')
    )
      return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

/**
 * The body parser's check before parsing: JSON in UTF-8 only (what the byte scan reads), and a body
 * nested too deep is a 400 without the parser's cost (RequestInputGuard checks parsed values).
 */
function refuseDeepJson(_req: unknown, _res: unknown, raw: Buffer, encoding: string | null): void {
  if (encoding && encoding.toLowerCase() !== 'utf-8') {
    throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', `Send JSON in UTF-8 (got ${encoding.toUpperCase()})`);
  }
  if (jsonNestsDeeperThan(raw)) {
    throw new AppError(400, 'BAD_REQUEST', `The request body is nested more than ${MAX_INPUT_DEPTH} levels deep`);
  }
}

/** Builds the whole HTTP app on an opened database; used by main and by the integration tests alike. */
export async function createApp(
  config: AppConfig,
  db: DatabaseHandle,
  logger: Logger,
): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, db, logger), {
    logger: new PinoNestLogger(logger),
    bodyParser: false,
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(requestContextMiddleware(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:'],
          'script-src': ["'self'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': config.nodeEnv === 'production' ? [] : null,
        },
      },
      strictTransportSecurity: config.nodeEnv === 'production',
    }),
  );
  app.use(cookieParser());
  app.use('/api', express.json({ limit: '1mb', verify: refuseDeepJson }));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();

  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  serveWeb(app, config.webDistDir, logger);
  return app;
}
