import type { Logger } from 'pino';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { RequestContext } from '../context/request-context';

/**
 * TypeORM's logger hook: counts the statements each request sends (logged with the request as
 * `sqlStatements`; `npm run bench` reads it) and, at LOG_LEVEL=trace only, logs each statement with
 * its parameters (`npm run bench` explains them; parameters may hold personal data, so never in
 * production). Errors are logged by the exception filter.
 */
export class StatementCounter implements TypeOrmLogger {
  constructor(private readonly logger?: Logger) {}

  logQuery(query: string, parameters?: unknown[]): void {
    RequestContext.countStatement();
    if (this.logger?.isLevelEnabled('trace')) this.logger.trace({ sql: query, parameters }, 'sql');
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
