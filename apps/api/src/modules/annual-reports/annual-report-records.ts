import { annualReportFileName, type AnnualReportDto } from '@alliance/contracts';
import type { AnnualReport } from './entities/annual-report.entity';

/** A report as the API answers it. */
export function annualReportOf(report: AnnualReport): AnnualReportDto {
  return {
    id: report.id,
    year: report.year,
    language: report.language,
    status: report.status,
    progress: report.progress,
    step: report.step,
    requestedBy:
      report.requestedByUserId && report.requestedBy
        ? { id: report.requestedByUserId, name: report.requestedBy.displayName }
        : null,
    requestedAt: report.requestedAt.toISOString(),
    startedAt: report.startedAt?.toISOString() ?? null,
    finishedAt: report.finishedAt?.toISOString() ?? null,
    error: report.status === 'failed' ? report.error : null,
    file:
      report.status === 'done' && report.fileSize !== null
        ? { fileName: annualReportFileName(report.year, report.language), sizeBytes: report.fileSize }
        : null,
  };
}

/** What the audit log keeps of a report's steps. */
export const annualReportAuditState = (report: AnnualReport) => ({
  year: report.year,
  language: report.language,
  status: report.status,
  ...(report.error ? { error: report.error } : {}),
  ...(report.fileSize !== null ? { sizeBytes: report.fileSize, sha256: report.sha256 } : {}),
});

/** The job that writes queued reports. */
export const ANNUAL_REPORT_JOB = 'annual-reports.generate';

/** Today in the alliance's time zone, `YYYY-MM-DD`. */
export const allianceToday = (timeZone: string, now: Date = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
