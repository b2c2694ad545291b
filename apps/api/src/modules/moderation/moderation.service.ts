import { Injectable } from '@nestjs/common';
import { REMOVABLE_POST_STATUSES, type Paginated, localizedText } from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, illegalTransition, notFound, unprocessable } from '../../common/errors/app-error';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Post } from '../posts/entities/post.entity';
import { PostsService } from '../posts/posts.service';
import { visiblePosts } from '../posts/visible-posts';
import type { PostResponse } from '../posts/dto/post.dto';
import { User } from '../users/entities/user.entity';
import {
  type ListReportsQueryDto,
  type PostModerationResponse,
  PostReportResponse,
  type ReportReceiptResponse,
} from './dto/moderation.dto';
import { PostReport } from './entities/post-report.entity';

/** Reports of posts by members, and the secretariat's decisions on them: remove the post or dismiss the report. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly posts: PostsService,
  ) {}

  /** Any signed-in user reports a post they can see (not their own organization's), once while the report is open. */
  async report(auth: AuthenticatedUser, postId: string, reason: string): Promise<ReportReceiptResponse> {
    return this.dataSource.transaction(async (manager) => {
      const qb = manager
        .getRepository(Post)
        .createQueryBuilder('p')
        .innerJoin('p.organization', 'o')
        .where('p.id = :postId', { postId });
      const post = await visiblePosts(qb, auth).getOne();
      if (!post || post.status === 'removed') throw notFound('Post');
      if (post.organizationId === auth.organization.id)
        throw unprocessable("You cannot report your own organization's post", 'postId');
      if (await manager.existsBy(PostReport, { postId, reporterUserId: auth.user.id, status: 'open' })) {
        throw new AppError(409, 'CONFLICT', 'You have already reported this post; the secretariat is looking at it');
      }
      const report = await manager.save(
        manager.create(PostReport, {
          postId,
          reporterUserId: auth.user.id,
          reporterOrganizationId: auth.organization.id,
          reason,
        }),
      );
      await this.audit.record(manager, {
        action: 'post.report',
        entityType: 'Post',
        entityId: postId,
        organizationId: post.organizationId,
        after: { reportId: report.id, reason },
      });
      return { id: report.id, createdAt: report.createdAt.toISOString() };
    });
  }

  async list(query: ListReportsQueryDto): Promise<Paginated<PostReportResponse>> {
    const qb = this.reports(this.dataSource.manager).where('r.status = :status', { status: query.status ?? 'open' });
    qb.orderBy('r.createdAt', query.status && query.status !== 'open' ? 'DESC' : 'ASC').addOrderBy('r.id', 'ASC');
    const [rows, total] = await qb
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const counts = await this.openCounts(
      this.dataSource.manager,
      rows.map((r) => r.postId),
    );
    return {
      items: rows.map((r) => PostReportResponse.from(r, counts.get(r.postId) ?? 0)),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /** Every report of a post and its removal, for the secretariat. */
  async history(postId: string): Promise<PostModerationResponse> {
    const post = await this.dataSource.getRepository(Post).findOneBy({ id: postId });
    if (!post) throw notFound('Post');
    const reports = await this.reports(this.dataSource.manager)
      .where('r.postId = :postId', { postId })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
    const open = reports.filter((r) => r.status === 'open').length;
    return {
      postId,
      status: post.status,
      removedReason: post.removedReason,
      removedAt: post.removedAt?.toISOString() ?? null,
      reports: reports.map((r) => PostReportResponse.from(r, open)),
    };
  }

  /** Hides the post for good (kept for the record), closes its open reports and tells the author why. */
  async remove(auth: AuthenticatedUser, postId: string, reason: string): Promise<PostResponse> {
    await this.dataSource.transaction(async (manager) => {
      const post = await manager.findOne(Post, { where: { id: postId }, lock: { mode: 'pessimistic_write' } });
      if (!post) throw notFound('Post');
      if (!REMOVABLE_POST_STATUSES.includes(post.status)) throw illegalTransition('remove', post.status, []);
      const before = { status: post.status, pinned: post.pinned };
      post.status = 'removed';
      post.pinned = false;
      post.removedReason = reason;
      post.removedAt = new Date();
      await manager.save(post);
      await manager.update(
        PostReport,
        { postId, status: 'open' },
        { status: 'actioned', resolvedByUserId: auth.user.id, resolvedAt: new Date(), resolutionNote: reason },
      );
      const author = await manager.findOneBy(User, { id: post.authorUserId });
      if (author && author.status !== 'disabled') {
        const title = localizedText(post.titleEn, post.titleZh, author.locale) ?? '';
        await this.mail.enqueue(
          manager,
          author.email,
          'post_removed',
          mailTemplates.postRemoved(author.locale, { name: author.displayName, title, reason }),
        );
      }
      await this.audit.record(manager, {
        action: 'post.remove',
        entityType: 'Post',
        entityId: postId,
        organizationId: post.organizationId,
        before,
        after: { status: post.status, pinned: false, removedReason: reason },
      });
    });
    return this.posts.get(auth, postId);
  }

  async dismiss(auth: AuthenticatedUser, reportId: string, note: string | undefined): Promise<PostReportResponse> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(PostReport, {
        where: { id: reportId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!report) throw notFound('Report');
      if (report.status !== 'open') throw illegalTransition('dismiss', report.status, []);
      report.status = 'dismissed';
      report.resolvedByUserId = auth.user.id;
      report.resolvedAt = new Date();
      report.resolutionNote = note ?? null;
      await manager.save(report);
      const loaded = await this.reports(manager).where('r.id = :reportId', { reportId }).getOneOrFail();
      await this.audit.record(manager, {
        action: 'post.report_dismiss',
        entityType: 'Post',
        entityId: report.postId,
        organizationId: loaded.post?.organizationId ?? null,
        before: { reportId, status: 'open' },
        after: { reportId, status: 'dismissed', note: note ?? null },
      });
      const counts = await this.openCounts(manager, [report.postId]);
      return PostReportResponse.from(loaded, counts.get(report.postId) ?? 0);
    });
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

  private async openCounts(manager: EntityManager, postIds: string[]): Promise<Map<string, number>> {
    if (postIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT post_id, count(*)::int AS n FROM post_reports WHERE status = 'open' AND post_id = ANY($1) GROUP BY post_id`,
      [postIds],
    )) as { post_id: string; n: number }[];
    return new Map(rows.map((r) => [r.post_id, Number(r.n)]));
  }
}
