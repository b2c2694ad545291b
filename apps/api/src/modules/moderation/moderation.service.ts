import { Injectable } from '@nestjs/common';
import { localizedText, move, POST_TRANSITIONS, REPORT_TRANSITIONS, type Paginated } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { AppError, notFound, unprocessable } from '../../common/errors/app-error';
import { MailService } from '../mail/mail.service';
import { mailTemplates } from '../mail/mail.templates';
import { Post } from '../posts/entities/post.entity';
import { PostsQueries } from '../posts/posts.queries';
import { PostsService } from '../posts/posts.service';
import type { PostResponse } from '../posts/dto/post.dto';
import { User } from '../users/entities/user.entity';
import {
  type ListReportsQueryDto,
  type PostModerationResponse,
  PostReportResponse,
  type ReportReceiptResponse,
} from './dto/moderation.dto';
import { PostReport } from './entities/post-report.entity';
import { ModerationQueries } from './moderation.queries';

/** Reports of posts by members, and the secretariat's decisions on them: remove the post or dismiss the report. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly posts: PostsService,
    private readonly queries: ModerationQueries,
    private readonly postQueries: PostsQueries,
  ) {}

  /** Any signed-in user reports a post they can see (not their own organization's), once while the report is open. */
  async report(auth: AuthenticatedUser, postId: string, reason: string): Promise<ReportReceiptResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await this.postQueries.visibleBare(manager, auth, postId);
      if (!post || post.status === 'removed') throw notFound('Post');
      if (post.organizationId === auth.organization.id)
        throw unprocessable('OWN_POST_REPORT', "You cannot report your own organization's post", 'postId');
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
    const [rows, total] = await this.queries.page(query);
    const counts = await this.queries.openCounts(rows.map((r) => r.postId));
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
    const reports = await this.queries.ofPost(postId);
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
      const before = { status: post.status, pinned: post.pinned };
      move(POST_TRANSITIONS, 'remove', post);
      post.pinned = false;
      post.removedReason = reason;
      post.removedAt = new Date();
      await manager.save(post);
      const reports = await this.queries.openOf(manager, postId);
      for (const report of reports) {
        move(REPORT_TRANSITIONS, 'action', report);
        Object.assign(report, { resolvedByUserId: auth.user.id, resolvedAt: new Date(), resolutionNote: reason });
      }
      await manager.save(reports);
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
      const from = move(REPORT_TRANSITIONS, 'dismiss', report);
      report.resolvedByUserId = auth.user.id;
      report.resolvedAt = new Date();
      report.resolutionNote = note ?? null;
      await manager.save(report);
      const loaded = await this.queries.withPost(manager, reportId);
      await this.audit.record(manager, {
        action: 'post.report_dismiss',
        entityType: 'Post',
        entityId: report.postId,
        organizationId: loaded.post?.organizationId ?? null,
        before: { reportId, status: from },
        after: { reportId, status: report.status, note: note ?? null },
      });
      const counts = await this.queries.openCounts([report.postId], manager);
      return PostReportResponse.from(loaded, counts.get(report.postId) ?? 0);
    });
  }
}
