import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { subject } from '@casl/ability';
import { move, POST_TRANSITIONS, type PostAction } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { createOnce } from '../../common/database/create-once';
import { AppError, forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { assertCan } from '../../common/policy/scope';
import { Organization } from '../organizations/entities/organization.entity';
import { Park } from '../parks/entities/park.entity';
import {
  type CreatePostDto,
  type ListPostsQueryDto,
  PostResponse,
  PostSummaryResponse,
  type PostPage,
  type UpdatePostDto,
} from './dto/post.dto';
import { Post } from './entities/post.entity';
import { renderMarkdown } from './markdown';
import { zhGramsOf } from './post-search';
import { type FeedCursor, PostsQueries } from './posts.queries';
import { AttachmentsService, POST_RECORD } from '../attachments/attachments.service';
import { JobRunner } from '../jobs/job-runner.service';
import { NotificationsService } from '../notifications/notifications.service';
import { applyEventDetails, EventsService } from './events.service';

@Injectable()
export class PostsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly events: EventsService,
    private readonly jobs: JobRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: PostsQueries,
  ) {}

  onModuleInit(): void {
    if (this.config.expiryPollMs > 0) {
      this.jobs.register({
        name: 'posts.archive-expired',
        schedule: { everyMs: this.config.expiryPollMs },
        run: (signal) => this.archiveExpired(signal),
      });
    }
  }

  async list(viewer: AuthenticatedUser | null, query: ListPostsQueryDto): Promise<PostPage> {
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.queries.feed(viewer, query, cursor, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > query.limit && last
        ? encodeCursor({ pinned: last.pinned, at: (last.publishedAt ?? last.createdAt).toISOString(), id: last.id })
        : null;
    return { items: items.map(PostSummaryResponse.from), nextCursor };
  }

  async get(viewer: AuthenticatedUser | null, id: string): Promise<PostResponse> {
    const post = await this.queries.visibleOne(viewer, id);
    if (!post) throw notFound('Post');
    const manager = this.dataSource.manager;
    return PostResponse.fromPost(
      post,
      await this.attachments.listFor(manager, POST_RECORD, id),
      await this.events.details(manager, post, viewer),
    );
  }

  /** A draft; sent again with the same idempotency key by the same user, the post it first created. */
  async create(auth: AuthenticatedUser, dto: CreatePostDto, idempotencyKey?: string): Promise<PostResponse> {
    const { organizationId: requested, attachmentIds, event, ...fields } = dto;
    const organizationId = requested ?? auth.organization.id;
    if (!auth.ability.can('create', subject('Post', { organizationId }))) {
      throw forbidden('You can post only for your own organization');
    }
    if (!fields.titleEn && !fields.titleZh)
      throw unprocessable('POST_TITLE_REQUIRED', 'A post needs a title in English or Chinese', 'titleEn');
    const keyed = async (key: string) => {
      const post = await this.dataSource.manager.findOne(Post, {
        select: { id: true },
        where: { authorUserId: auth.user.id, idempotencyKey: key },
      });
      return post && this.load(this.dataSource.manager, post.id, auth);
    };
    return createOnce(idempotencyKey, keyed, () =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.findOneBy(Organization, { id: organizationId });
        if (!organization) throw notFound('Organization');
        if (organization.status !== 'active')
          throw unprocessable(
            'POST_ORGANIZATION_INACTIVE',
            'Only an active member organization posts',
            'organizationId',
          );
        await assertParkOf(manager, fields.parkId ?? null, organizationId);
        const post = manager.create(Post, {
          ...fields,
          expiresAt: fields.expiresAt ? new Date(fields.expiresAt) : null,
          organizationId,
          authorUserId: auth.user.id,
          status: 'draft',
          idempotencyKey: idempotencyKey ?? null,
        });
        render(post);
        applyEventDetails(post, event);
        const saved = await manager.save(post);
        if (attachmentIds?.length)
          await this.attachments.attach(manager, auth, POST_RECORD, saved.id, organizationId, attachmentIds);
        await this.audit.record(manager, {
          action: 'post.create',
          entityType: 'Post',
          entityId: saved.id,
          organizationId,
          after: { ...withoutHtml(saved), attachmentIds: attachmentIds ?? [] },
        });
        return this.load(manager, saved.id, auth);
      }),
    );
  }

  async update(auth: AuthenticatedUser, id: string, dto: UpdatePostDto): Promise<PostResponse> {
    return this.change(auth, id, 'update', async (manager, post) => {
      if (post.status === 'removed')
        throw unprocessable('POST_REMOVED_READ_ONLY', 'A removed post is kept for the record and cannot be edited');
      const { version, expiresAt, attachmentIds, event, ...changes } = dto;
      if (version !== undefined && version !== post.version) {
        throw new AppError(
          409,
          'CONFLICT',
          'Someone else changed this post since you opened it; reload and apply your changes again',
          [{ field: 'version', constraint: 'current', message: String(post.version) }],
        );
      }
      Object.assign(post, changes);
      if (expiresAt !== undefined) post.expiresAt = expiresAt ? new Date(expiresAt) : null;
      if (!post.titleEn && !post.titleZh)
        throw unprocessable('POST_TITLE_REQUIRED', 'A post needs a title in English or Chinese', 'titleEn');
      if (changes.parkId !== undefined) await assertParkOf(manager, post.parkId, post.organizationId);
      if (attachmentIds !== undefined)
        await this.attachments.attach(manager, auth, POST_RECORD, post.id, post.organizationId, attachmentIds);
      render(post);
      applyEventDetails(post, event);
    });
  }

  transition(auth: AuthenticatedUser, id: string, action: PostAction): Promise<PostResponse> {
    return this.change(auth, id, action, async (manager, post) => {
      move(POST_TRANSITIONS, action, post);
      if (action === 'publish' && post.expiresAt && post.expiresAt.getTime() <= Date.now()) {
        throw unprocessable('POST_EXPIRY_PASSED', 'The expiry date has passed; move it later to publish', 'expiresAt');
      }
      // A republished post keeps its first publication date, so it does not come back as new (nor notifies again).
      if (post.status === 'published' && post.publishedAt === null) {
        post.publishedAt = new Date();
        await this.notifications.postPublished(manager, post);
      }
    });
  }

  setPinned(auth: AuthenticatedUser, id: string, pinned: boolean): Promise<PostResponse> {
    return this.change(auth, id, 'pin', async (_manager, post) => {
      if (pinned && post.status !== 'published')
        throw unprocessable('PIN_UNPUBLISHED', 'Only a published post can be pinned');
      post.pinned = pinned;
    });
  }

  /** Sanitized HTML of Markdown, exactly as a saved post would show it (the editor's preview). */
  preview(markdown: string): { html: string } {
    return { html: renderMarkdown(markdown).html };
  }

  /** Archives published notices whose expiry has passed (a job, and tests); `signal` abandons the pass (rolled back, done at the next run). */
  async archiveExpired(signal?: AbortSignal): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const expired = await this.queries.lockExpired(manager);
      for (const post of expired) {
        signal?.throwIfAborted();
        const from = move(POST_TRANSITIONS, 'expire', post);
        await manager.update(Post, { id: post.id }, { status: post.status, version: () => 'version + 1' });
        await this.audit.record(manager, {
          action: 'post.expire',
          entityType: 'Post',
          entityId: post.id,
          organizationId: post.organizationId,
          before: { status: from },
          after: { status: post.status },
        });
      }
      return expired.length;
    });
  }

  /**
   * Loads the post locked if the caller may act on it (else 404, as if it did not exist),
   * applies the change and audits before/after, in one transaction.
   */
  private change(
    auth: AuthenticatedUser,
    id: string,
    action: 'update' | 'pin' | PostAction,
    apply: (manager: EntityManager, post: Post) => Promise<void>,
  ): Promise<PostResponse> {
    return this.dataSource.transaction(async (manager) => {
      const post = await manager.findOne(Post, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!post) throw notFound('Post');
      assertCan(auth.ability, action, 'Post', { organizationId: post.organizationId }, 'Post');
      const before = withoutHtml({ ...post });
      await apply(manager, post);
      const saved = await manager.save(post);
      await this.audit.record(manager, {
        action: `post.${action}`,
        entityType: 'Post',
        entityId: id,
        organizationId: post.organizationId,
        before,
        after: withoutHtml(saved),
      });
      return this.load(manager, id, auth);
    });
  }

  private async load(manager: EntityManager, id: string, viewer: AuthenticatedUser): Promise<PostResponse> {
    const post = await this.queries.loaded(manager, id);
    return PostResponse.fromPost(
      post,
      await this.attachments.listFor(manager, POST_RECORD, id),
      await this.events.details(manager, post, viewer),
    );
  }
}

function render(post: Post): void {
  const en = post.bodyEn ? renderMarkdown(post.bodyEn) : null;
  const zh = post.bodyZh ? renderMarkdown(post.bodyZh) : null;
  post.bodyHtmlEn = en?.html ?? null;
  post.bodyHtmlZh = zh?.html ?? null;
  post.excerptEn = en?.excerpt ?? null;
  post.excerptZh = zh?.excerpt ?? null;
  post.zhGrams = zhGramsOf(post.titleZh, post.bodyZh);
}

/** The audit keeps what people wrote; the HTML and excerpts are derived from it, the key is the client's. */
function withoutHtml(post: Partial<Post>): object {
  const {
    bodyHtmlEn: _en,
    bodyHtmlZh: _zh,
    excerptEn: _xe,
    excerptZh: _xz,
    zhGrams: _grams,
    idempotencyKey: _key,
    ...rest
  } = post;
  return rest;
}

async function assertParkOf(manager: EntityManager, parkId: string | null, organizationId: string): Promise<void> {
  if (!parkId) return;
  if (!(await manager.existsBy(Park, { id: parkId, organizationId }))) {
    throw unprocessable('POST_PARK_NOT_THEIRS', "The park must be one of the organization's parks", 'parkId');
  }
}

function encodeCursor(cursor: FeedCursor): string {
  return Buffer.from(JSON.stringify([cursor.pinned ? 1 : 0, cursor.at, cursor.id])).toString('base64url');
}

function decodeCursor(raw: string): FeedCursor {
  try {
    const [pinned, at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [number, string, string];
    if (!Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id)) return { pinned: pinned === 1, at, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError(400, 'VALIDATION_FAILED', 'cursor is not one this API gave out', [
    { field: 'cursor', constraint: 'cursor', message: 'Use the nextCursor of the previous page' },
  ]);
}
