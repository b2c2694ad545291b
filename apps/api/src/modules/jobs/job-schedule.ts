import { CronTime } from 'cron';
import { TIME_OF_DAY } from '../../common/config/app-config';

/** When a job is due: every so many milliseconds, or at the times of a cron expression in a time zone. */
export type JobSchedule = { everyMs: number } | { cron: string; timeZone: string };

/** The schedule as stored with the job; a changed schedule makes the job due at its new first time. */
export function describeSchedule(schedule: JobSchedule): string {
  return 'everyMs' in schedule ? `every ${schedule.everyMs} ms` : `cron ${schedule.cron} ${schedule.timeZone}`;
}

/** The first time after `from` the schedule makes the job due. */
export function nextRunAfter(schedule: JobSchedule, from: Date): Date {
  if ('everyMs' in schedule) return new Date(from.getTime() + schedule.everyMs);
  return new CronTime(schedule.cron, schedule.timeZone).getNextDateFrom(from, schedule.timeZone).toJSDate();
}

const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * How long to wait before retrying after the `attempts`-th failure in a row: doubling from the
 * job's own interval (a minute at most to start with, for daily jobs too), up to 15 minutes.
 */
export function backoffMs(schedule: JobSchedule, attempts: number): number {
  const first = 'everyMs' in schedule ? Math.min(schedule.everyMs, 60_000) : 60_000;
  return Math.min(MAX_BACKOFF_MS, first * 2 ** Math.max(0, attempts - 1));
}

/** `HH:MM` (24-hour clock) as the cron expression of that time every day. */
export function dailyAt(time: string): string {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new Error(`not a time of day: ${time}`);
  return `${Number(match[2])} ${Number(match[1])} * * *`;
}
