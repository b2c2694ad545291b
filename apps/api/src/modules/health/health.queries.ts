import { Inject, Injectable } from '@nestjs/common';
import type { DatabaseHandle } from '../../common/database/database';
import { DATABASE_HANDLE } from '../../common/database/database.module';

/** The SQL of the health check: whether the database answers. */
@Injectable()
export class HealthQueries {
  constructor(@Inject(DATABASE_HANDLE) private readonly db: DatabaseHandle) {}

  /** Which driver the portal runs on. */
  get driver(): DatabaseHandle['driver'] {
    return this.db.driver;
  }

  /** Resolves when the database answers a trivial query; rejects when it is not connected or fails. */
  async ping(): Promise<void> {
    if (!this.db.dataSource.isInitialized) throw new Error('not connected');
    await this.db.dataSource.query('SELECT 1');
  }
}
