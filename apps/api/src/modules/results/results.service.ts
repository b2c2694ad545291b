import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  RESULTS_SECTIONS,
  RESULTS_TOP_AGREEMENTS,
  resolveResultsRange,
  resultsRangeProblems,
  type PublicResultsDto,
  type ResultsDto,
  type ResultsRange,
  type ResultsSection,
} from '@alliance/contracts';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AppError } from '../../common/errors/app-error';
import { todayIn } from '../agreements/agreement-records';
import { ResultsQueries, type SectionsOf } from './results.queries';

/**
 * The alliance's results over a range of days: plain figures with codes, never labels, the same for
 * every language (the charts, their CSV files and the annual report draw from it). Secretariat only:
 * callers check the policy; the public selection is `publicTotals`.
 */
@Injectable()
export class ResultsService implements OnModuleInit {
  constructor(
    private readonly queries: ResultsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The daily summaries count days in the alliance's time zone: a new zone recounts them before the first request. */
  async onModuleInit(): Promise<void> {
    await this.queries.syncZone(this.config.timeZone);
  }

  /**
   * Every section over `range` (default: from the alliance's founding to today), every agreement's
   * services included (the annual report's table of agreements). 400 for a bad range.
   */
  async compute(range: ResultsRange = {}): Promise<ResultsDto> {
    const resolved = this.resolve(range);
    const sections = await this.queries.sections(resolved, this.config.timeZone, RESULTS_SECTIONS);
    return { range: resolved, ...sections };
  }

  /**
   * Every section over `range` as the JSON the API sends, the services of the RESULTS_TOP_AGREEMENTS
   * agreements with most requests: the cached body while the data it was computed from is unchanged
   * (one statement), else computed and cached again.
   */
  async computeJson(range: ResultsRange = {}): Promise<string> {
    const resolved = this.resolve(range);
    const zone = this.config.timeZone;
    return (
      (await this.queries.cachedBody(resolved, zone)) ??
      (await this.queries.computeAndCache(resolved, zone, RESULTS_TOP_AGREEMENTS, (sections) =>
        JSON.stringify({ range: resolved, ...sections }),
      ))
    );
  }

  /** One section over `range`, for its CSV file. */
  async section<S extends ResultsSection>(
    range: ResultsRange,
    section: S,
  ): Promise<{ range: ResultsDto['range'] } & SectionsOf<S>> {
    const resolved = this.resolve(range);
    return { range: resolved, ...(await this.queries.sections(resolved, this.config.timeZone, [section])) };
  }

  /** The live totals anyone may read: active members, their parks, host countries, enterprises, investment, jobs. */
  publicTotals(): Promise<PublicResultsDto> {
    return this.queries.publicTotals();
  }

  private resolve(range: ResultsRange): ResultsDto['range'] {
    const problems = resultsRangeProblems(range);
    if (problems.length)
      throw new AppError(400, 'VALIDATION_FAILED', problems.map((p) => p.message).join('; '), problems);
    const resolved = resolveResultsRange(range, todayIn(this.config.timeZone));
    // A default end may make a range too long (a `from` over 20 years ago): say so with the same words.
    const again = resultsRangeProblems(resolved);
    if (again.length) throw new AppError(400, 'VALIDATION_FAILED', again.map((p) => p.message).join('; '), again);
    return resolved;
  }
}
