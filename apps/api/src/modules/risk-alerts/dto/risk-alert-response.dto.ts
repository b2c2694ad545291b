import { ApiProperty } from '@nestjs/swagger';
import {
  RISK_ALERT_ACTIONS,
  RISK_ALERT_CATEGORIES,
  RISK_ALERT_SEVERITIES,
  RISK_ALERT_STATUSES,
  RISK_EXPOSURE_REASONS,
  type CountryAlertsDto,
  type Paginated,
  type RiskAlertAction,
  type RiskAlertCategory,
  type RiskAlertDto,
  type RiskAlertReportDto,
  type RiskAlertReportRowDto,
  type RiskAlertSeverity,
  type RiskAlertStatus,
  type RiskAlertSummaryDto,
  type RiskAlertUpdateDto,
  type RiskExposureReason,
} from '@alliance/contracts';

const nullableString = { type: String, nullable: true } as const;

export class RiskAlertOrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty(nullableString) nameEn: string | null;
  @ApiProperty(nullableString) nameZh: string | null;
}

export class RiskExposureResponse {
  @ApiProperty({ enum: RISK_EXPOSURE_REASONS, isArray: true }) reasons: RiskExposureReason[];
  @ApiProperty(nullableString) acknowledgedAt: string | null;
}

export class RiskAlertSummaryResponse implements RiskAlertSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: RISK_ALERT_SEVERITIES }) severity: RiskAlertSeverity;
  @ApiProperty({ enum: RISK_ALERT_CATEGORIES }) category: RiskAlertCategory;
  @ApiProperty({ type: [String] }) countries: string[];
  @ApiProperty(nullableString) place: string | null;
  @ApiProperty(nullableString) titleEn: string | null;
  @ApiProperty(nullableString) titleZh: string | null;
  @ApiProperty({ enum: RISK_ALERT_STATUSES }) status: RiskAlertStatus;
  @ApiProperty() validFrom: string;
  @ApiProperty(nullableString) validUntil: string | null;
  @ApiProperty() updateNumber: number;
  @ApiProperty(nullableString) issuedAt: string | null;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: RiskAlertOrganizationResponse }) organization: RiskAlertOrganizationResponse;
  @ApiProperty({ type: RiskExposureResponse, nullable: true, description: "The reader's organization's exposure" })
  exposure: RiskExposureResponse | null;
}

export class RiskAlertUpdateResponse implements RiskAlertUpdateDto {
  @ApiProperty() number: number;
  @ApiProperty({ enum: RISK_ALERT_SEVERITIES }) severity: RiskAlertSeverity;
  @ApiProperty(nullableString) validUntil: string | null;
  @ApiProperty(nullableString) noteEn: string | null;
  @ApiProperty(nullableString) noteZh: string | null;
  @ApiProperty(nullableString) authorName: string | null;
  @ApiProperty() createdAt: string;
}

export class RiskAlertAcknowledgementResponse {
  @ApiProperty() acknowledgedAt: string;
  @ApiProperty(nullableString) byName: string | null;
  @ApiProperty(nullableString) note: string | null;
}

export class RiskAlertResponse extends RiskAlertSummaryResponse implements RiskAlertDto {
  @ApiProperty(nullableString) bodyEn: string | null;
  @ApiProperty(nullableString) bodyZh: string | null;
  @ApiProperty(nullableString) issuedByName: string | null;
  @ApiProperty(nullableString) releasedByName: string | null;
  @ApiProperty({ type: [RiskAlertUpdateResponse], description: 'Newest first' }) updates: RiskAlertUpdateDto[];
  @ApiProperty(nullableString) withdrawnAt: string | null;
  @ApiProperty(nullableString) allClearEn: string | null;
  @ApiProperty(nullableString) allClearZh: string | null;
  @ApiProperty({ type: RiskAlertAcknowledgementResponse, nullable: true })
  acknowledgement: RiskAlertAcknowledgementResponse | null;
  @ApiProperty({ enum: RISK_ALERT_ACTIONS, isArray: true }) actions: RiskAlertAction[];
  @ApiProperty() version: number;
}

export class RiskAlertPage implements Paginated<RiskAlertSummaryDto> {
  @ApiProperty({ type: [RiskAlertSummaryResponse] }) items: RiskAlertSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}

export class RiskAlertReportRowResponse implements RiskAlertReportRowDto {
  @ApiProperty({ type: RiskAlertOrganizationResponse }) organization: RiskAlertOrganizationResponse;
  @ApiProperty({ enum: RISK_EXPOSURE_REASONS, isArray: true }) reasons: RiskExposureReason[];
  @ApiProperty() usersReached: number;
  @ApiProperty(nullableString) acknowledgedAt: string | null;
  @ApiProperty(nullableString) acknowledgedByName: string | null;
  @ApiProperty(nullableString) note: string | null;
  @ApiProperty(nullableString) remindedAt: string | null;
}

export class RiskAlertReportResponse implements RiskAlertReportDto {
  @ApiProperty({ format: 'uuid' }) alertId: string;
  @ApiProperty() usersReached: number;
  @ApiProperty() followersReached: number;
  @ApiProperty() acknowledged: number;
  @ApiProperty() unacknowledged: number;
  @ApiProperty({ type: [RiskAlertReportRowResponse], description: 'Unacknowledged first' })
  organizations: RiskAlertReportRowDto[];
}

export class RemindResponse {
  @ApiProperty({ description: 'Organizations reminded' }) reminded: number;
}

export class CountryAlertsResponse implements CountryAlertsDto {
  @ApiProperty() count: number;
  @ApiProperty({ enum: RISK_ALERT_SEVERITIES }) severity: RiskAlertSeverity;
}
