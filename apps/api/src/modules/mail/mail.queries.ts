import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxEmail } from './entities/outbox-email.entity';

/** The SQL of the outbox. */
@Injectable()
export class MailQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Messages not yet sent with attempts left, oldest first, at most `limit`. */
  pending(maxAttempts: number, limit: number): Promise<OutboxEmail[]> {
    return this.dataSource
      .getRepository(OutboxEmail)
      .createQueryBuilder('m')
      .where('m.sentAt IS NULL')
      .andWhere('m.attempts < :max', { max: maxAttempts })
      .orderBy('m.createdAt', 'ASC')
      .limit(limit)
      .getMany();
  }
}
