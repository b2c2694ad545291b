import * as net from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../database/database';

/** After it stops listening, the server reads what the connections it took have sent before it closes idle ones. */
const READ_GRACE_MS = 500;
/** The longest the requests in flight are waited for; connections still open then are closed. */
const DRAIN_MAX_MS = 30_000;
/** The longest a stop may take in all (the drain, the jobs' 10 s, the database): then it exits 1. */
const STOP_MAX_MS = 45_000;

/**
 * SIGTERM and SIGINT stop the process gracefully, and it exits 0:
 * 1. the HTTP server stops listening (a new connection is refused, so a proxy sends it to another
 *    replica) and serves every request on the connections it took, answering with `Connection: close`;
 *    idle keep-alive connections are closed;
 * 2. then Nest's shutdown: the job runner stops its timers and waits for running jobs (10 s at most),
 *    and the database closes.
 * Node's own `server.close()` would destroy at once the connections taken but not yet read, which is a
 * request lost under load. A second signal stops at once (exit 1).
 */
export function stopOnSignals(app: NestFastifyApplication, db: DatabaseHandle, logger: Logger): void {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  let stopping = false;
  fastify.addHook('onSend', async (_req, reply, payload) => {
    if (stopping) reply.header('Connection', 'close');
    return payload;
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: stopping at once');
      logger.flush();
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    // Whatever hangs (a close that never ends), the process does not outlive its stop.
    setTimeout(() => {
      logger.error({ ms: Date.now() - started }, 'stopping took too long: exiting');
      logger.flush();
      process.exit(1);
    }, STOP_MAX_MS).unref();
    logger.info({ signal }, 'stopping: requests in flight finish, jobs stop, then the database closes');
    drain(app.getHttpServer() as net.Server & { closeIdleConnections(): void; closeAllConnections(): void })
      .then(() => logger.info({ ms: Date.now() - started }, 'HTTP server closed: every request taken was answered'))
      .then(() => app.close())
      .then(() => db.close())
      .then(
        () => {
          logger.info({ ms: Date.now() - started }, 'stopped: database closed');
          logger.flush();
          process.exit(0);
        },
        (err: unknown) => {
          logger.error({ err }, 'stopping failed');
          logger.flush();
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops listening, lets the connections taken be read and answered, and resolves once none is left. */
async function drain(
  server: net.Server & { closeIdleConnections(): void; closeAllConnections(): void },
): Promise<void> {
  let closed = false;
  server.once('close', () => (closed = true));
  // net's close, not http's: stop listening without destroying the connections not yet read.
  net.Server.prototype.close.call(server);
  await pause(READ_GRACE_MS);
  // A kept-alive connection is idle between its requests: close it then (its last answer said Connection: close).
  for (const deadline = Date.now() + DRAIN_MAX_MS; !closed && Date.now() < deadline; await pause(100))
    server.closeIdleConnections();
  // A request still going after the drain's time (a stalled download, a trickling upload) is cut off.
  if (!closed) server.closeAllConnections();
}
