import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  LOCALES,
  MEETING_LIMITS,
  MEETING_STATUSES,
  SECTORS,
  type Locale,
  type MeetingAvailabilityRequest,
  type MeetingPlacementRequest,
  type MeetingProgrammeRequest,
  type MeetingReasonRequest,
  type MeetingRequestRequest,
  type MeetingStatus,
  type OrganizerMeetingsQuery,
  type ScheduleRunRequest,
  type Sector,
} from '@alliance/contracts';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { trimToNull } from '../../../common/validation/transforms';
import { IsCountryCode } from '../../../common/validation/validators';

const HOUR = 3_600_000;

/** A session ends at most `MEETING_LIMITS.maxSessionHours` after it starts (checked once both are dates). */
function LastsAtMostMaxSessionHours(): PropertyDecorator {
  return ValidateBy({
    name: 'maxSessionHours',
    validator: {
      validate: (endsAt: unknown, args) => {
        const startsAt = (args?.object as { startsAt?: unknown }).startsAt;
        const span = new Date(endsAt as string).getTime() - new Date(startsAt as string).getTime();
        return !(span > MEETING_LIMITS.maxSessionHours * HOUR);
      },
      defaultMessage: () => `A session lasts at most ${MEETING_LIMITS.maxSessionHours} hours`,
    },
  });
}

export class MeetingSessionInput implements Omit<MeetingProgrammeRequest['sessions'][number], 'id'> {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'An existing session of the programme, kept with its availability and meetings; absent: a new one',
  })
  @IsOptional()
  @IsUUID('all')
  id?: string | null;

  @ApiProperty({ format: 'date-time', description: 'Within the event' })
  @IsDateString({ strict: true }, { message: 'startsAt must be an ISO 8601 date-time' })
  startsAt: string;

  @ApiProperty({
    format: 'date-time',
    description: `At least one meeting after startsAt (MEETING_SESSION_TOO_SHORT), at most ${MEETING_LIMITS.maxSessionHours} hours`,
  })
  @IsDateString({ strict: true }, { message: 'endsAt must be an ISO 8601 date-time' })
  @LastsAtMostMaxSessionHours()
  endsAt: string;
}

export class ConfigureMeetingProgrammeDto implements Omit<MeetingProgrammeRequest, 'sessions'> {
  @ApiProperty({ minimum: MEETING_LIMITS.minMinutes, maximum: MEETING_LIMITS.maxMinutes, example: 20 })
  @IsInt()
  @Min(MEETING_LIMITS.minMinutes)
  @Max(MEETING_LIMITS.maxMinutes)
  meetingMinutes: number;

  @ApiProperty({ minimum: 1, maximum: MEETING_LIMITS.maxTables, example: 6 })
  @IsInt()
  @Min(1)
  @Max(MEETING_LIMITS.maxTables)
  tables: number;

  @ApiProperty({
    type: [MeetingSessionInput],
    minItems: 1,
    maxItems: MEETING_LIMITS.maxSessions,
    description: 'Within the event, not overlapping, in any order; a session left out is removed',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MEETING_LIMITS.maxSessions)
  // Each item an object: a list nested in the list is refused here, not by the database.
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => MeetingSessionInput)
  sessions: MeetingSessionInput[];

  @ApiPropertyOptional({ description: 'The version last read: required to update (absent or stale: 409 CONFLICT)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** The version last read, for a step on the programme (optional; a stale one answers 409). */
export class MeetingProgrammeStepDto {
  @ApiPropertyOptional({ description: 'The version last read; a different current version answers 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class SetMeetingAvailabilityDto implements MeetingAvailabilityRequest {
  @ApiProperty({
    type: [String],
    maxItems: MEETING_LIMITS.maxSessions,
    description: "The programme's sessions your organization is available in (replaces the list)",
  })
  @IsArray()
  @ArrayMaxSize(MEETING_LIMITS.maxSessions)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  sessionIds: string[];
}

export class RequestMeetingDto implements MeetingRequestRequest {
  @ApiProperty({ format: 'uuid', description: 'Another participating organization' })
  @IsUUID('all')
  organizationId: string;

  @ApiProperty({
    maxLength: MEETING_LIMITS.reasonLength,
    description: 'Why meet, shown to the other side (required: MEETING_REASON_REQUIRED)',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(MEETING_LIMITS.reasonLength)
  reason: string;
}

export class MeetingReasonDto implements MeetingReasonRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: MEETING_LIMITS.reasonLength,
    description: 'Why, shown to the other side',
  })
  @Transform(trimToNull)
  @IsOptional()
  @IsString({ message: 'reason must be text' })
  @MaxLength(MEETING_LIMITS.reasonLength)
  reason?: string | null;
}

export class PlaceMeetingDto implements MeetingPlacementRequest {
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "A slot's start (see the schedule); null takes the meeting out of its slot",
  })
  @ValidateIf((o: PlaceMeetingDto) => o.slotStartsAt !== null)
  @IsDateString({ strict: true }, { message: 'slotStartsAt must be an ISO 8601 date-time or null' })
  slotStartsAt: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: MEETING_LIMITS.maxTables,
    description: 'Absent: the lowest free table of the slot',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MEETING_LIMITS.maxTables)
  table?: number | null;
}

export class RunScheduleDto implements ScheduleRunRequest {
  @ApiPropertyOptional({
    description: 'Also move meetings placed by an earlier run (those placed by hand stay); default false',
  })
  @IsOptional()
  @IsBoolean()
  replan?: boolean;
}

export class ListMeetingParticipantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name, in either language' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SECTORS })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: Sector;

  @ApiPropertyOptional({ description: 'Its own country or one of its parks’ (ISO 3166-1 alpha-2)' })
  @IsOptional()
  @IsCountryCode()
  country?: string;
}

export const MEETING_BOXES = ['received', 'sent', 'all'] as const;
export type MeetingBox = (typeof MEETING_BOXES)[number];

export class ListMeetingRequestsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: MEETING_BOXES,
    default: 'received',
    description: "received or sent: your organization's; all: the organizer's view of every meeting",
  })
  @IsOptional()
  @IsIn(MEETING_BOXES)
  box?: MeetingBox;

  @ApiPropertyOptional({ enum: MEETING_STATUSES })
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;
}

/** The organizer's list of every event's meetings (the secretariat's), by status and placement. */
export class ListOrganizerMeetingsQueryDto extends PageQueryDto implements OrganizerMeetingsQuery {
  @ApiPropertyOptional({ enum: MEETING_STATUSES })
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: placed in a slot and at a table; false: not (with status=accepted: waiting to be scheduled)',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  scheduled?: boolean;
}

export class MeetingAgendaQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "The organizer: any participating organization's agenda; absent: your organization's",
  })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;
}

export class MeetingAgendaIcsQueryDto extends MeetingAgendaQueryDto {
  @ApiPropertyOptional({ enum: LOCALES, description: 'The language of the entries; the reader’s own by default' })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
