import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { RequestContext, type RequestContextData } from './request-context';

const VALID_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The request id: the caller's `x-request-id` when it is sane, else a new one (Fastify's `genReqId`). */
export function requestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && VALID_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Gives every request its context (request id, statements sent, who is signed in) for logs and
 * audit events, returns the id in `x-request-id`, and writes one log line when the response is sent,
 * with the SQL statements the request sent (`npm run bench` reads them). The context is entered
 * again before the handler: a body arrives in events of its own, outside the context entered when
 * the request came in.
 */
export function registerRequestContext(fastify: FastifyInstance, logger: Logger): void {
  fastify.decorateRequest('requestContext', null);
  fastify.decorateRequest('auth', null);
  fastify.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    req.requestContext = { requestId: req.id, sqlStatements: 0 };
    done();
  });
  fastify.addHook('preHandler', (req, _reply, done) => {
    RequestContext.run(contextOf(req), done);
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    if (req.url !== '/api/health') {
      const failed = reply.statusCode >= 500;
      logger.info(
        {
          requestId: req.id,
          req: { id: req.id, method: req.method, url: req.url },
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(reply.elapsedTime * 1000) / 1000,
          sqlStatements: contextOf(req).sqlStatements,
        },
        failed ? 'request errored' : 'request completed',
      );
    }
    done();
  });
}

function contextOf(req: FastifyRequest): RequestContextData {
  return (req.requestContext ??= { requestId: req.id, sqlStatements: 0 });
}
