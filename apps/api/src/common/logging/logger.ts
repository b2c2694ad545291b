import { Inject, Injectable, type LoggerService, type OnApplicationShutdown } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { RequestContext } from '../context/request-context';

/**
 * One JSON logger; every line carries the request id when there is a request. Lines go to stdout
 * through an asynchronous buffer (flushed at exit), so a request never waits for its log line.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { service: 'alliance-api' },
      mixin: () => {
        const requestId = RequestContext.requestId();
        return requestId ? { requestId } : {};
      },
      redact: ['req.headers.cookie', 'res.headers["set-cookie"]', 'password', 'token'],
    },
    pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  );
}

/** Routes Nest's own log calls to pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}

export const LOGGER = Symbol('LOGGER');

/**
 * Writes out the buffered log lines when the app shuts down: Nest re-raises SIGINT/SIGTERM after
 * its shutdown hooks, and a process ended by a signal never runs pino's exit flush.
 */
@Injectable()
export class LogFlusher implements OnApplicationShutdown {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  onApplicationShutdown(): void {
    const stream = (this.logger as unknown as Record<symbol, { flushSync?: () => void }>)[pino.symbols.streamSym];
    try {
      stream?.flushSync?.();
    } catch {
      // nothing buffered, or the stream is not ready yet
    }
  }
}
