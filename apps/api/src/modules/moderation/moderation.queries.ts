import { Injectable } from '@nestjs/common';
import { REPORT_TRANSITIONS } from '@alliance/contracts';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import type { ListReportsQueryDto } from './dto/moderation.dto';
import { PostReport } from './entities/post-report.entity';

/** The SQL of moderation: reports with their post, reporter and counts. */
@Injectable()
export class ModerationQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of reports in one status (open ones oldest first, decided ones newest first). */
  page(query: ListReportsQueryDto): Promise<[PostReport[], number]> {
    const status = query.status ?? 'open';
    return this.reports(this.dataSource.manager)
      .where('r.status = :status', { status })
      .orderBy('r.createdAt', status === 'open' ? 'ASC' : 'DESC')
      .addOrderBy('r.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
  }

  /** Every report of a post, oldest first. */
  ofPost(postId: string): Promise<PostReport[]> {
    return this.reports(this.dataSource.manager)
      .where('r.postId = :postId', { postId })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
  }

  withPost(manager: EntityManager, reportId: string): Promise<PostReport> {
    return this.reports(manager).where('r.id = :reportId', { reportId }).getOneOrFail();
  }

  /** The open reports of a post, locked, for the removal that actions them. */
  openOf(manager: EntityManager, postId: string): Promise<PostReport[]> {
    return manager.find(PostReport, {
      where: { postId, status: In([...REPORT_TRANSITIONS.action.from]) },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Open reports per post. */
  async openCounts(postIds: string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    if (postIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT post_id, count(*)::int AS n FROM post_reports WHERE status = 'open' AND post_id = ANY($1) GROUP BY post_id`,
      [postIds],
    )) as { post_id: string; n: number }[];
    return new Map(rows.map((r) => [r.post_id, Number(r.n)]));
  }

  private reports(manager: EntityManager): SelectQueryBuilder<PostReport> {
    return manager
      .getRepository(PostReport)
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.post', 'p')
      .innerJoinAndSelect('p.organization', 'o')
      .leftJoinAndSelect('r.reporter', 'u')
      .leftJoinAndSelect('r.reporterOrganization', 'ro');
  }
}
