import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The length of a counting window: writes are counted per key and minute of the database's clock. */
export const WRITE_WINDOW_SECONDS = 60;

export interface WriteCount {
  key: string;
  count: number;
  /** Seconds until this window ends (one at least). */
  retryAfter: number;
}

/** The SQL of the write counters. One statement counts a write for every key at once, atomically, so replicas agree. */
@Injectable()
export class WriteCountersQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds one to each key's counter of the current window and returns the counts. The keys are taken
   * in a fixed order, so two requests sharing keys lock their rows in the same order (no deadlock).
   */
  async count(keys: string[]): Promise<WriteCount[]> {
    return (await this.dataSource.query(
      `INSERT INTO write_counters (key, window_start, count)
       SELECT k, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1 FROM unnest($1::varchar[]) WITH ORDINALITY AS u(k, n) ORDER BY n
       ON CONFLICT (key, window_start) DO UPDATE SET count = write_counters.count + 1
       RETURNING key, count, greatest(1, ceil(extract(epoch FROM window_start + $2 * interval '1 second' - now())))::int AS "retryAfter"`,
      [[...keys].sort(), WRITE_WINDOW_SECONDS],
    )) as WriteCount[];
  }

  /** Forgets the windows that ended; returns how many rows went. */
  async purgeEnded(): Promise<number> {
    const rows = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM write_counters WHERE window_start < now() - $1 * interval '1 second' RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [WRITE_WINDOW_SECONDS],
    )) as { n: number }[];
    return rows[0].n;
  }
}
