import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import pinoHttp from 'pino-http';
import type { Logger } from 'pino';
import { RequestContext, type RequestContextData } from './request-context';

const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * Gives every request an id (the caller's `x-request-id` when it is sane), returns it in the
 * response header, logs the request with it, and opens the context that logs and audit read.
 */
export function requestContextMiddleware(logger: Logger) {
  const httpLogger = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // At the end of the request: how many SQL statements it sent (the context is opened after this logger).
    customProps: (_req, res) => {
      const context = (res as Response).locals?.requestContext as RequestContextData | undefined;
      return context ? { sqlStatements: context.sqlStatements } : {};
    },
    autoLogging: { ignore: (req) => req.url === '/api/health' },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    httpLogger(req, res, () => {
      const context: RequestContextData = { requestId: String(req.id), sqlStatements: 0 };
      res.locals.requestContext = context;
      RequestContext.run(context, next);
    });
  };
}
