import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  ATTACHMENT_LIMITS,
  MAX_PAGE_LIMIT,
  POST_KINDS,
  POST_LIMITS,
  POST_STATUSES,
  POST_VISIBILITIES,
  SECTORS,
  REGISTRATION_STATUSES,
  type CursorPage,
  type EventDetailsDto,
  type EventDetailsRequest,
  type RegistrationDto,
  type RegistrationStatus,
  type PostDto,
  type PostKind,
  type PostRef,
  type PostRequest,
  type PostStatus,
  type PostSummaryDto,
  type PostVisibility,
  type Sector,
} from '@alliance/contracts';
import { IsCountryCode } from '../../../common/validation/validators';
import { AttachmentResponse } from '../../attachments/dto/attachment.dto';
import { ifDefined, trimToNull } from '../../../common/validation/transforms';
import type { Post } from '../entities/post.entity';

const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

export class EventDetailsInput implements EventDetailsRequest {
  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  startsAt: string;

  @ApiProperty({ format: 'date-time' })
  @IsDateString({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  endsAt: string;

  @ApiProperty({ example: 'Asia/Jakarta' })
  @IsString()
  @Matches(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, {
    message: 'timeZone must be an IANA time zone such as Asia/Jakarta',
  })
  @MaxLength(64)
  timeZone: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300 })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'onlineUrl must be an http(s) URL' })
  @MaxLength(500)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 100000, description: 'null = no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: POST_LIMITS.reportedFigure,
    description:
      'How many people took part, once the event has started (before: EVENT_FIGURES_BEFORE_START); left out: kept as it was',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POST_LIMITS.reportedFigure)
  reportedAttendees?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 0,
    maximum: POST_LIMITS.reportedFigure,
    description: 'How many organizations took part, once the event has started; left out: kept as it was',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(POST_LIMITS.reportedFigure)
  reportedOrganizations?: number | null;
}

export class CreatePostDto implements PostRequest {
  @ApiProperty({ enum: POST_KINDS })
  @IsIn(POST_KINDS)
  kind: PostKind;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: POST_LIMITS.titleLength,
    description: 'At least one of titleEn, titleZh',
  })
  @Transform(trimToNull)
  @ValidateIf((o: CreatePostDto) => o.titleEn !== null && (o.titleEn !== undefined || !o.titleZh))
  @IsString()
  @IsNotEmpty({ message: 'titleEn or titleZh is required' })
  @MaxLength(POST_LIMITS.titleLength)
  titleEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: POST_LIMITS.titleLength })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POST_LIMITS.titleLength)
  titleZh?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: POST_LIMITS.bodyLength, description: 'Markdown' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POST_LIMITS.bodyLength)
  bodyEn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: POST_LIMITS.bodyLength, description: 'Markdown' })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(POST_LIMITS.bodyLength)
  bodyZh?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'ISO 3166-1 alpha-2 codes' })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(POST_LIMITS.countries)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ enum: SECTORS, isArray: true })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true, message: `each sector must be one of ${SECTORS.join(', ')}` })
  sectors?: Sector[];

  @ApiPropertyOptional({ type: [String], maxItems: POST_LIMITS.tags })
  @Transform(trimEach)
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(POST_LIMITS.tags)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(POST_LIMITS.tagLength, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid', description: "One of the organization's parks" })
  @IsOptional()
  @IsUUID('all')
  parkId?: string | null;

  @ApiProperty({ enum: POST_VISIBILITIES })
  @IsIn(POST_VISIBILITIES)
  visibility: PostVisibility;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Archived automatically after this moment',
  })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Secretariat only: post for this organization' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @ApiPropertyOptional({
    type: EventDetailsInput,
    nullable: true,
    description: 'Required for kind event, refused for the others',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventDetailsInput)
  event?: EventDetailsInput | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: ATTACHMENT_LIMITS.perRecord,
    description: 'Uploads from POST /api/attachments, in order; replaces the list',
  })
  @ValidateIf(ifDefined)
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perRecord)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

// skipNullProperties: false so null is validated (and refused) for the fields that cannot be empty.
export class UpdatePostDto extends PartialType(OmitType(CreatePostDto, ['organizationId'] as const), {
  skipNullProperties: false,
}) {
  @ApiPropertyOptional({ description: 'The version last read; a different current version answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class PreviewDto {
  @ApiProperty({ maxLength: POST_LIMITS.bodyLength })
  @IsString()
  @MaxLength(POST_LIMITS.bodyLength)
  markdown: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListPostsQueryDto {
  @ApiPropertyOptional({ enum: POST_KINDS }) @IsOptional() @IsIn(POST_KINDS) kind?: PostKind;
  @ApiPropertyOptional() @IsOptional() @IsCountryCode() country?: string;
  @ApiPropertyOptional({ enum: SECTORS }) @IsOptional() @IsIn(SECTORS) sector?: Sector;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all') organizationId?: string;
  @ApiPropertyOptional({ description: 'Either language: English words (stemmed), Chinese substrings' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ description: 'Published on or after, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ description: 'Published on or before, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({
    enum: POST_STATUSES,
    default: 'published',
    description: "Other statuses: your organization's posts only",
  })
  @IsOptional()
  @IsIn(POST_STATUSES)
  status?: PostStatus;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  limit: number = 20;
}

export class PostRefResponse implements PostRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) nameEn: string | null;
  @ApiProperty({ type: String, nullable: true }) nameZh: string | null;
}

export class PostSummaryResponse implements PostSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: POST_KINDS }) kind: PostKind;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: PostRefResponse }) organization: PostRefResponse;
  @ApiProperty({ type: String, nullable: true }) authorName: string | null;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) titleZh: string | null;
  @ApiProperty({ type: String, nullable: true }) excerptEn: string | null;
  @ApiProperty({ type: String, nullable: true }) excerptZh: string | null;
  @ApiProperty({ type: [String] }) countries: string[];
  @ApiProperty({ enum: SECTORS, isArray: true }) sectors: Sector[];
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ type: PostRefResponse, nullable: true }) park: PostRefResponse | null;
  @ApiProperty({ enum: POST_VISIBILITIES }) visibility: PostVisibility;
  @ApiProperty({ enum: POST_STATUSES }) status: PostStatus;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ type: String, nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: () => EventWhenResponse, nullable: true }) event: EventWhenResponse | null;

  /** `organization`, `author` and `park` must be loaded. */
  static from(p: Post): PostSummaryResponse {
    return {
      id: p.id,
      kind: p.kind,
      organizationId: p.organizationId,
      organization: {
        id: p.organizationId,
        nameEn: p.organization?.nameEn ?? null,
        nameZh: p.organization?.nameZh ?? null,
      },
      authorName: p.author?.displayName ?? null,
      titleEn: p.titleEn,
      titleZh: p.titleZh,
      excerptEn: p.excerptEn,
      excerptZh: p.excerptZh,
      countries: p.countries,
      sectors: p.sectors as Sector[],
      tags: p.tags,
      park: p.park ? { id: p.park.id, nameEn: p.park.nameEn, nameZh: p.park.nameZh } : null,
      visibility: p.visibility,
      status: p.status,
      pinned: p.pinned,
      expiresAt: p.expiresAt?.toISOString() ?? null,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      updatedAt: p.updatedAt.toISOString(),
      event:
        p.kind === 'event' && p.eventStartsAt && p.eventEndsAt
          ? {
              startsAt: p.eventStartsAt.toISOString(),
              endsAt: p.eventEndsAt.toISOString(),
              timeZone: p.eventTimeZone ?? 'UTC',
            }
          : null,
    };
  }
}

export class EventWhenResponse {
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() timeZone: string;
}

export class PostResponse extends PostSummaryResponse implements PostDto {
  @ApiProperty({ type: String, nullable: true, description: 'Markdown as written' }) bodyEn: string | null;
  @ApiProperty({ type: String, nullable: true }) bodyZh: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Sanitized HTML' }) bodyHtmlEn: string | null;
  @ApiProperty({ type: String, nullable: true }) bodyHtmlZh: string | null;
  @ApiProperty({ type: [AttachmentResponse] }) attachments: AttachmentResponse[];
  @ApiProperty({ type: () => EventDetailsResponse, nullable: true }) declare event: EventDetailsResponse | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() version: number;

  static fromPost(p: Post, attachments: AttachmentResponse[], event: EventDetailsResponse | null = null): PostResponse {
    return {
      ...PostSummaryResponse.from(p),
      attachments,
      event,
      bodyEn: p.bodyEn,
      bodyZh: p.bodyZh,
      bodyHtmlEn: p.bodyHtmlEn,
      bodyHtmlZh: p.bodyHtmlZh,
      createdAt: p.createdAt.toISOString(),
      version: p.version,
    };
  }
}

export class PostPage implements CursorPage<PostSummaryResponse> {
  @ApiProperty({ type: [PostSummaryResponse] }) items: PostSummaryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class PreviewResponse {
  @ApiProperty({ description: 'Sanitized HTML' }) html: string;
}

export class EventDetailsResponse implements EventDetailsDto {
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'People who took part, as the organizer reported it' })
  reportedAttendees: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Organizations that took part, as reported' })
  reportedOrganizations: number | null;
  @ApiProperty() confirmed: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty({ enum: ['confirmed', 'waitlisted'], nullable: true }) myRegistration: 'confirmed' | 'waitlisted' | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The reader’s place on the waitlist (1 = next), when waitlisted',
  })
  myWaitlistPosition: number | null;
}

export class RegistrationResponse implements RegistrationDto {
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status: RegistrationStatus;
  @ApiProperty({ type: Number, nullable: true }) waitlistPosition: number | null;
}

export class IcsQueryDto {
  @ApiPropertyOptional({ enum: ['en', 'zh'], default: 'en' })
  @IsOptional()
  @IsIn(['en', 'zh'])
  lang?: 'en' | 'zh';
}
