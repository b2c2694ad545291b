import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import {
  POST_KINDS,
  POST_STATUSES,
  POST_VISIBILITIES,
  type PostKind,
  type PostStatus,
  type PostVisibility,
} from '@alliance/contracts';
import { Organization } from '../../organizations/entities/organization.entity';
import { Park } from '../../parks/entities/park.entity';
import { User } from '../../users/entities/user.entity';

/** News, announcements, opportunities, needs and events that members share (the information platform). */
@Entity('posts')
@Index('IDX_posts_feed', ['status', 'visibility', 'publishedAt'])
@Index('IDX_posts_organization', ['organizationId'])
// The feed's order, published posts by date, the search documents and trigram (Chinese substrings)
// indexes, created by the migrations with types and expressions TypeORM cannot express.
@Index('IDX_posts_feed_order', { synchronize: false })
@Index('IDX_posts_published', { synchronize: false })
@Index('IDX_posts_search_en', { synchronize: false })
@Index('IDX_posts_zh_grams', { synchronize: false })
@Index('IDX_posts_title_en_trgm', { synchronize: false })
@Index('IDX_posts_title_zh_trgm', { synchronize: false })
// Partial unique index on its creator and the key, where a key was sent, created by the migration.
@Index('UQ_posts_idempotency_key', { synchronize: false })
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ name: 'author_user_id', type: 'uuid' })
  authorUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_user_id' })
  author?: User;

  @Column({ type: 'enum', enum: POST_KINDS, enumName: 'post_kind' })
  kind: PostKind;

  @Column({ name: 'title_en', type: 'varchar', length: 300, nullable: true })
  titleEn: string | null;

  @Column({ name: 'title_zh', type: 'varchar', length: 300, nullable: true })
  titleZh: string | null;

  /** Markdown as written. */
  @Column({ name: 'body_en', type: 'text', nullable: true })
  bodyEn: string | null;

  @Column({ name: 'body_zh', type: 'text', nullable: true })
  bodyZh: string | null;

  /** The Markdown rendered and sanitized when saved, so every reader gets the same safe HTML. */
  @Column({ name: 'body_html_en', type: 'text', nullable: true })
  bodyHtmlEn: string | null;

  @Column({ name: 'body_html_zh', type: 'text', nullable: true })
  bodyHtmlZh: string | null;

  @Column({ name: 'excerpt_en', type: 'varchar', length: 400, nullable: true })
  excerptEn: string | null;

  @Column({ name: 'excerpt_zh', type: 'varchar', length: 400, nullable: true })
  excerptZh: string | null;

  /** Characters and character pairs of the Chinese title and body, for search (post-search.ts). */
  @Column({ name: 'zh_grams', type: 'text', nullable: true, select: false })
  zhGrams: string | null;

  /** The English document of the title and body, stemmed; kept by a trigger (migration PostSearchDocuments). */
  @Column({ name: 'search_en', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchEn?: string | null;

  /** The Chinese n-grams as a document; kept by a trigger (migration PostSearchDocuments). */
  @Column({ name: 'search_zh', type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchZh?: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  countries: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sectors: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'park_id', type: 'uuid', nullable: true })
  parkId: string | null;

  @ManyToOne(() => Park, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'park_id' })
  park?: Park | null;

  @Column({ type: 'enum', enum: POST_VISIBILITIES, enumName: 'post_visibility', default: 'public' })
  visibility: PostVisibility;

  @Column({ type: 'enum', enum: POST_STATUSES, enumName: 'post_status', default: 'draft' })
  status: PostStatus;

  @Column({ type: 'boolean', default: false })
  pinned: boolean;

  /** A notice past this moment is archived automatically. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Event posts: when, where and how many seats (null for other kinds). */
  @Column({ name: 'event_starts_at', type: 'timestamptz', nullable: true })
  eventStartsAt: Date | null;

  @Column({ name: 'event_ends_at', type: 'timestamptz', nullable: true })
  eventEndsAt: Date | null;

  @Column({ name: 'event_time_zone', type: 'varchar', length: 64, nullable: true })
  eventTimeZone: string | null;

  @Column({ name: 'event_place', type: 'varchar', length: 300, nullable: true })
  eventPlace: string | null;

  @Column({ name: 'event_online_url', type: 'varchar', length: 500, nullable: true })
  eventOnlineUrl: string | null;

  @Column({ name: 'event_capacity', type: 'int', nullable: true })
  eventCapacity: number | null;

  /** After the event: how many people took part, as the organizer reports it. */
  @Column({ name: 'event_reported_attendees', type: 'int', nullable: true })
  eventReportedAttendees: number | null;

  /** After the event: how many organizations (companies) took part, as reported. */
  @Column({ name: 'event_reported_organizations', type: 'int', nullable: true })
  eventReportedOrganizations: number | null;

  /** Why the secretariat removed it (moderation); the post is kept for the record. */
  @Column({ name: 'removed_reason', type: 'text', nullable: true })
  removedReason: string | null;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ default: 1 })
  version: number;

  /** The client's Idempotency-Key of the request that created it: sent again, it answers with this record. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 128, nullable: true })
  idempotencyKey: string | null;
}
