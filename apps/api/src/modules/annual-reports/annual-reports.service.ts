import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { annualReportFileName, annualReportYears, type AnnualReportDto, type Paginated } from '@alliance/contracts';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError, notFound, unprocessable } from '../../common/errors/app-error';
import type { PageQueryDto } from '../../common/pagination/page-query.dto';
import { FILE_STORAGE, type FileStorage } from '../attachments/file-storage';
import { JobRunner } from '../jobs/job-runner.service';
import { allianceToday, ANNUAL_REPORT_JOB, annualReportAuditState, annualReportOf } from './annual-report-records';
import { AnnualReportsQueries } from './annual-reports.queries';
import type { RequestAnnualReportDto } from './dto/annual-report.dto';
import { AnnualReport } from './entities/annual-report.entity';

const UNIQUE_ACTIVE = 'UQ_annual_reports_active';

const alreadyActive = (year: number) =>
  new AppError(
    409,
    'CONFLICT',
    `A report of ${year} in this language is already being written; wait for it to finish`,
    [{ field: 'year', constraint: 'unique', message: 'A report of this year and language is queued or running' }],
  );

/**
 * The secretariat's annual reports: asking for one (queued for the job runner, which writes it), the
 * list with each report's progress, and the PDF of a finished one, as often as it is wanted.
 */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AnnualReportsQueries,
    private readonly audit: AuditService,
    private readonly jobs: JobRunner,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues a report: a year of the alliance's life so far (422 otherwise), one at a time per year and language (409). */
  async request(auth: AuthenticatedUser, dto: RequestAnnualReportDto): Promise<AnnualReportDto> {
    const { first, last } = annualReportYears(allianceToday(this.config.timeZone));
    if (dto.year < first || dto.year > last)
      throw unprocessable(
        'ANNUAL_REPORT_YEAR_OUT_OF_RANGE',
        `The year must be between ${first} (the alliance's founding) and ${last}`,
        'year',
      );
    const id = await this.dataSource.transaction(async (manager) => {
      if (await this.queries.activeExists(manager, dto.year, dto.language)) throw alreadyActive(dto.year);
      const report = await manager
        .save(
          manager.create(AnnualReport, {
            year: dto.year,
            language: dto.language,
            requestedByUserId: auth.user.id,
          }),
        )
        .catch((error: unknown) => {
          // Another request for the same year and language got in first (both saw none active).
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { constraint?: string }).constraint === UNIQUE_ACTIVE
          )
            throw alreadyActive(dto.year);
          throw error;
        });
      await this.audit.record(manager, {
        action: 'annual_report.request',
        entityType: 'AnnualReport',
        entityId: report.id,
        organizationId: auth.organization.id,
        after: annualReportAuditState(report),
      });
      return report.id;
    });
    // Written in the background, after this answer: the page follows its progress.
    this.jobs.runSoon(ANNUAL_REPORT_JOB);
    return this.get(id);
  }

  async list(query: PageQueryDto): Promise<Paginated<AnnualReportDto>> {
    const page = await this.queries.page(this.dataSource.manager, query);
    return { ...page, items: page.items.map(annualReportOf) };
  }

  async get(id: string): Promise<AnnualReportDto> {
    const report = await this.queries.findOne(this.dataSource.manager, id);
    if (!report) throw notFound('Annual report');
    return annualReportOf(report);
  }

  /** The PDF of a finished report (422 while it is not). */
  async file(id: string): Promise<{ fileName: string; size: number; stream: Readable }> {
    const report = await this.dataSource.manager.findOneBy(AnnualReport, { id });
    if (!report) throw notFound('Annual report');
    if (report.status !== 'done' || !report.storageKey)
      throw unprocessable(
        'ANNUAL_REPORT_NOT_READY',
        report.status === 'failed'
          ? 'This report could not be written; ask for it again'
          : 'This report is not written yet',
        'id',
      );
    return {
      fileName: annualReportFileName(report.year, report.language),
      size: report.fileSize ?? 0,
      stream: await this.storage.get(report.storageKey),
    };
  }
}
