import type { FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';

/**
 * Sends rows as a CSV download: UTF-8 with a byte-order mark, so spreadsheet programs
 * (Excel in particular) show Chinese names correctly, and CRLF line ends as RFC 4180 asks.
 */
export function sendCsv(res: FastifyReply, filename: string, columns: readonly string[], rows: unknown[][]): void {
  const body = stringify(rows, { bom: true, header: true, columns: [...columns], record_delimiter: 'windows' });
  res.header('Content-Type', 'text/csv; charset=utf-8');
  res.header('Content-Disposition', `attachment; filename="${filename}"`);
  res.header('Cache-Control', 'no-store');
  res.send(body);
}

/** Today's date for file names, e.g. parks-2026-11-22.csv. */
export function datedFilename(stem: string): string {
  return `${stem}-${new Date().toISOString().slice(0, 10)}.csv`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text cells that a spreadsheet would run as a formula get a leading apostrophe
 * (CSV injection); `unescapeCsvText` removes it again on import. Numbers are written as they are.
 */
export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function unescapeCsvText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
