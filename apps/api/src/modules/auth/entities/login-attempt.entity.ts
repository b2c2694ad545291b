import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per account and per client address (an IPv6 client by its /64) to throttle guessing. Kept in the database so replicas agree. */
@Entity('login_failures')
@Index('IDX_login_failures_email_at', ['email', 'attemptedAt'])
@Index('IDX_login_failures_ip_at', ['ip', 'attemptedAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
