import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  FOLLOW_LIMITS,
  NOTIFICATION_EMAIL_MODES,
  NOTIFICATION_TYPES,
  POLICY_TOPICS,
  POST_KINDS,
  SECTORS,
  type FollowsDto,
  type NotificationDto,
  type NotificationEmailMode,
  type NotificationPage,
  type NotificationSettingsDto,
  type NotificationType,
  type PolicyTopic,
  type PostKind,
  type Sector,
  NOTIFICATION_RECORD_TYPES,
  notificationLink,
  type NotificationRecordType,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { IsCountryCode } from '../../../common/validation/validators';
import type { Notification } from '../entities/notification.entity';

export class FollowsRequest implements Omit<FollowsDto, 'policyTopics'> {
  @ApiProperty({ type: [String], description: 'ISO 3166-1 alpha-2 codes' })
  @IsArray()
  @ArrayMaxSize(FOLLOW_LIMITS.perTopic)
  @ArrayUnique()
  @IsCountryCode({ each: true })
  countries: string[];

  @ApiProperty({ enum: SECTORS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors: Sector[];

  @ApiProperty({ enum: POST_KINDS, isArray: true })
  @IsArray()
  @ArrayUnique()
  @IsIn(POST_KINDS, { each: true })
  kinds: PostKind[];

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsArray()
  @ArrayMaxSize(FOLLOW_LIMITS.perTopic)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizationIds: string[];

  @ApiPropertyOptional({
    enum: POLICY_TOPICS,
    isArray: true,
    description: 'Left out: the policy topics followed stay as they are',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(POLICY_TOPICS, { each: true })
  policyTopics?: PolicyTopic[];
}

export class FollowsResponse extends FollowsRequest implements FollowsDto {
  @ApiProperty({ enum: POLICY_TOPICS, isArray: true }) declare policyTopics: PolicyTopic[];
}

export class NotificationSettingsRequest implements NotificationSettingsDto {
  @ApiProperty({ enum: NOTIFICATION_EMAIL_MODES })
  @IsIn(NOTIFICATION_EMAIL_MODES)
  emailMode: NotificationEmailMode;
}

export class NotificationSettingsResponse extends NotificationSettingsRequest {}

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export class NotificationResponse implements NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_TYPES }) type: NotificationType;
  @ApiProperty({ enum: NOTIFICATION_RECORD_TYPES }) recordType: NotificationRecordType;
  @ApiProperty({ format: 'uuid' }) recordId: string;
  @ApiProperty({ type: String, nullable: true }) titleEn: string | null;
  @ApiProperty({ type: String, nullable: true }) titleZh: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organization whose step it was (e.g. the institution that made an offer)',
  })
  fromEn: string | null;
  @ApiProperty({ type: String, nullable: true }) fromZh: string | null;
  @ApiProperty() link: string;
  @ApiProperty() read: boolean;
  @ApiProperty() createdAt: string;

  static from(n: Notification): NotificationResponse {
    return {
      id: n.id,
      type: n.type,
      recordType: n.recordType,
      recordId: n.recordId,
      titleEn: n.titleEn,
      titleZh: n.titleZh,
      fromEn: n.fromEn,
      fromZh: n.fromZh,
      link: notificationLink(n.recordType, n.recordId),
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
    };
  }
}

export class MarkedReadResponse {
  @ApiProperty({ description: 'Notifications marked as read' }) updated: number;
}

export class NotificationPageResponse implements NotificationPage {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
  @ApiProperty({ description: 'Unread notifications in all' }) unread: number;
}
