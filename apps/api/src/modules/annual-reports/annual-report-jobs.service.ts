import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ANNUAL_REPORT_STEP_PROGRESS, type AnnualReportStep } from '@alliance/contracts';
import type { Logger } from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { LOGGER } from '../../common/logging/logger';
import { FILE_STORAGE, type FileStorage } from '../attachments/file-storage';
import { JobRunner } from '../jobs/job-runner.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ResultsService } from '../results/results.service';
import { allianceToday, ANNUAL_REPORT_JOB, annualReportAuditState } from './annual-report-records';
import { annualReportPdf, reportCharts, type AnnualReportContent } from './annual-report-pdf';
import { AnnualReportsQueries, type YearRange } from './annual-reports.queries';
import type { AnnualReport } from './entities/annual-report.entity';

/** How often the runners look for queued reports besides being asked (a request's replica may have stopped). */
const SWEEP_MS = 30_000;
/** A running report whose runner has said nothing for this long is taken over by another. */
export const ANNUAL_REPORT_STALE_MS = 5 * 60_000;
/** Runs a report may start before it is marked failed (a report that stops its runners every time). */
const MAX_ATTEMPTS = 3;

/** The runner lost the report (another took it over, or it was failed meanwhile): stop, touch nothing. */
class ReportLost extends Error {}

/**
 * The job runner's side of annual reports (`annual-reports.generate`): takes queued reports one at a
 * time (claimed in SQL, so two replicas never write the same one), writes each PDF with its progress
 * recorded step by step, stores it with the attachments' file storage and tells the requester. A
 * failure marks the report failed with its reason and keeps no file; a shutdown puts the report back
 * in the queue.
 */
@Injectable()
export class AnnualReportJobsService implements OnModuleInit {
  private readonly runner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: AnnualReportsQueries,
    private readonly results: ResultsService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobRunner,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.jobs.register({
      name: ANNUAL_REPORT_JOB,
      schedule: { everyMs: SWEEP_MS },
      run: (signal) => this.generatePending(signal),
    });
  }

  /** Writes queued reports until none is left (a job, and tests); resolves with how many it finished or failed. */
  async generatePending(signal?: AbortSignal): Promise<number> {
    let handled = 0;
    while (!signal?.aborted) {
      const report = await this.queries.claim(this.dataSource.manager, this.runner, ANNUAL_REPORT_STALE_MS);
      if (!report) break;
      if (await this.generate(report, signal)) handled++;
    }
    return handled;
  }

  /** Writes one claimed report; false when it went back to the queue or to another runner. */
  private async generate(report: AnnualReport, signal?: AbortSignal): Promise<boolean> {
    if (report.attempts > MAX_ATTEMPTS) {
      await this.fail(report, `The report was started ${MAX_ATTEMPTS} times without finishing`);
      return true;
    }
    let stored: string | null = null;
    let step: AnnualReportStep = 'queued';
    const enter = async (next: AnnualReportStep) => {
      signal?.throwIfAborted();
      step = next;
      const held = await this.queries.step(
        this.dataSource.manager,
        report.id,
        this.runner,
        next,
        ANNUAL_REPORT_STEP_PROGRESS[next],
      );
      if (!held) throw new ReportLost();
    };
    try {
      const range = this.yearOf(report.year);
      await enter('figures');
      const results = await this.results.compute({ from: range.from, to: range.to });
      await enter('agreements');
      const agreements = await this.queries.agreements(this.dataSource.manager, range);
      await enter('initiatives');
      const initiatives = await this.queries.initiatives(this.dataSource.manager, range);
      const content: AnnualReportContent = {
        year: report.year,
        locale: report.language,
        generatedOn: allianceToday(this.config.timeZone),
        results,
        agreements,
        initiatives,
      };
      await enter('charts');
      const charts = reportCharts(content);
      await enter('writing');
      const pdf = await annualReportPdf(content, charts);
      await enter('storing');
      // One key per run: a run taken over never writes over the file of the run that took it.
      const key = `annual-reports/${report.year}/${report.id}-${report.attempts}.pdf`;
      await this.storage.put(key, pdf, 'application/pdf');
      stored = key;
      const finished = await this.finish(report.id, key, pdf);
      if (!finished) throw new ReportLost();
      return true;
    } catch (error) {
      if (stored) await this.discard(stored);
      if (error instanceof ReportLost) {
        this.logger.warn({ report: report.id }, 'an annual report was taken over by another runner; this run stops');
        return false;
      }
      if (signal?.aborted) {
        await this.requeue(report.id);
        return false;
      }
      this.logger.error({ err: error, report: report.id, step }, 'an annual report could not be written');
      await this.fail(report, `${step}: ${error instanceof Error ? error.message : String(error)}`);
      return true;
    }
  }

  /** The year's first and last days (the alliance's calendar; this year: up to today). */
  private yearOf(year: number): YearRange {
    return { year, from: `${year}-01-01`, to: `${year}-12-31`, timeZone: this.config.timeZone };
  }

  /** Done, with its file, the requester told; false when this runner no longer holds it. */
  private finish(id: string, key: string, pdf: Buffer): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.queries.lockHeld(manager, id, this.runner);
      if (!report) return false;
      report.status = 'done';
      report.step = 'done';
      report.progress = ANNUAL_REPORT_STEP_PROGRESS.done;
      report.storageKey = key;
      report.fileSize = pdf.length;
      report.sha256 = createHash('sha256').update(pdf).digest('hex');
      report.finishedAt = new Date();
      report.claimedBy = null;
      report.error = null;
      await manager.save(report);
      await this.audit.record(manager, {
        action: 'annual_report.generate',
        entityType: 'AnnualReport',
        entityId: report.id,
        organizationId: null,
        after: annualReportAuditState(report),
      });
      await this.tell(manager, report, 'annual_report_ready');
      return true;
    });
  }

  /** Failed with its reason, nothing stored, the requester told (when this runner still holds it, or it waits in the queue). */
  private async fail(claimed: AnnualReport, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const report = await this.queries.lockHeld(manager, claimed.id, this.runner);
      if (!report) return;
      report.status = 'failed';
      report.error = reason.slice(0, 1000);
      report.finishedAt = new Date();
      report.claimedBy = null;
      report.storageKey = null;
      report.fileSize = null;
      report.sha256 = null;
      await manager.save(report);
      await this.audit.record(manager, {
        action: 'annual_report.fail',
        entityType: 'AnnualReport',
        entityId: report.id,
        organizationId: null,
        after: annualReportAuditState(report),
      });
      await this.tell(manager, report, 'annual_report_failed');
    });
  }

  /** Back in the queue after a shutdown, from the start, for the next runner. */
  private async requeue(id: string): Promise<void> {
    await this.dataSource
      .transaction(async (manager) => {
        const report = await this.queries.lockHeld(manager, id, this.runner);
        if (!report) return;
        report.status = 'queued';
        report.step = 'queued';
        report.progress = 0;
        report.claimedBy = null;
        report.heartbeatAt = null;
        await manager.save(report);
      })
      .catch((err: unknown) =>
        this.logger.warn(
          { err, report: id },
          'could not put an annual report back in the queue; another runner takes it over later',
        ),
      );
  }

  private async discard(key: string): Promise<void> {
    await this.storage
      .delete(key)
      .catch((err: unknown) =>
        this.logger.warn({ err, key }, 'could not delete the file of an unfinished annual report'),
      );
  }

  private async tell(
    manager: EntityManager,
    report: AnnualReport,
    type: 'annual_report_ready' | 'annual_report_failed',
  ): Promise<void> {
    if (!report.requestedByUserId) return;
    await this.notifications.notifyUser(manager, report.requestedByUserId, {
      actorUserId: null,
      type,
      recordType: 'annual_report',
      recordId: report.id,
      titleEn: `Annual report ${report.year} (${report.language === 'zh' ? 'Chinese' : 'English'})`,
      titleZh: `${report.year}年度报告（${report.language === 'zh' ? '中文' : '英文'}）`,
    });
  }
}
