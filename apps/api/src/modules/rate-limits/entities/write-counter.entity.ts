import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Writes (POST, PUT, PATCH, DELETE) counted per signed-in user and per client address, one row per
 * key and minute. Kept in the database so that replicas count together; old minutes are purged by a job.
 */
@Entity('write_counters')
@Index('IDX_write_counters_window_start', ['windowStart'])
export class WriteCounter {
  /** `user:<id>` or `address:<ip>`. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  count: number;
}
