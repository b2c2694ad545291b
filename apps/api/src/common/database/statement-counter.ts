import type { Logger as TypeOrmLogger } from 'typeorm';
import { RequestContext } from '../context/request-context';

/**
 * TypeORM's logger hook, used only to count the statements each request sends (logged with the
 * request as `sqlStatements`; `npm run bench` reads it). Errors are logged by the exception filter.
 */
export class StatementCounter implements TypeOrmLogger {
  logQuery(): void {
    RequestContext.countStatement();
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
