import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import {
  ANNUAL_REPORT_FIRST_YEAR,
  ANNUAL_REPORT_STATUSES,
  ANNUAL_REPORT_STEPS,
  LOCALES,
  type AnnualReportDto,
  type AnnualReportStatus,
  type AnnualReportStep,
  type Locale,
  type Paginated,
  type RequestAnnualReportRequest,
} from '@alliance/contracts';

/** A year and a language; a year outside the alliance's life so far is a 422 (ANNUAL_REPORT_YEAR_OUT_OF_RANGE). */
export class RequestAnnualReportDto implements RequestAnnualReportRequest {
  @ApiProperty({
    minimum: ANNUAL_REPORT_FIRST_YEAR,
    description: `A calendar year from ${ANNUAL_REPORT_FIRST_YEAR} (the alliance's founding) to the current one`,
  })
  @IsInt()
  // Far-off numbers are malformed (400); a plausible year outside the alliance's life is a rule (422).
  @Min(1900)
  @Max(2999)
  year: number;

  @ApiProperty({ enum: LOCALES, description: 'The language the report is written in' })
  @IsIn(LOCALES)
  language: Locale;
}

export class AnnualReportRequesterResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class AnnualReportFileResponse {
  @ApiProperty() fileName: string;
  @ApiProperty() sizeBytes: number;
}

export class AnnualReportResponse implements AnnualReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: LOCALES }) language: Locale;
  @ApiProperty({ enum: ANNUAL_REPORT_STATUSES }) status: AnnualReportStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ enum: ANNUAL_REPORT_STEPS, description: 'The step it is at' }) step: AnnualReportStep;
  @ApiProperty({ type: AnnualReportRequesterResponse, nullable: true })
  requestedBy: AnnualReportDto['requestedBy'];
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it failed' }) error: string | null;
  @ApiProperty({ type: AnnualReportFileResponse, nullable: true, description: 'The PDF, once done' })
  file: AnnualReportDto['file'];
}

export class AnnualReportPage implements Paginated<AnnualReportDto> {
  @ApiProperty({ type: [AnnualReportResponse] }) items: AnnualReportDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() limit: number;
}
