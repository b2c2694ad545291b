import { Injectable } from '@nestjs/common';
import { PARK_CSV_COLUMNS, type ImportProblem } from '@alliance/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource, In } from 'typeorm';
import { AuditService, type AuditRecord } from '../../common/audit/audit.service';
import { unescapeCsvText } from '../../common/csv/csv';
import { AppError } from '../../common/errors/app-error';
import { validationDetails } from '../../common/errors/validation';
import { Organization } from '../organizations/entities/organization.entity';
import { CreateParkDto, type ParkImportReportResponse } from './dto/park.dto';
import { Park } from './entities/park.entity';
import { assertCanRunParks, parkColumns } from './parks.service';

export const MAX_IMPORT_ROWS = 10_000;
/** Problems listed in one answer; past this the file is clearly the wrong one. */
const MAX_REPORTED_PROBLEMS = 500;
const INSERT_CHUNK = 500;

const NUMBER_COLUMNS = ['latitude', 'longitude', 'areaKm2', 'establishedYear', 'enterpriseCount', 'localJobs'] as const;
/** Informational columns of the export that the import does not write. */
const IGNORED_COLUMNS = ['organizationName'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ParsedRow {
  line: number;
  id: string | null;
  dto: CreateParkDto;
}

/**
 * Imports parks from the export's CSV format: rows with an `id` update that park, rows without
 * one create a park. Every row is checked first; one problem anywhere and nothing is written.
 */
@Injectable()
export class ParkImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(file: Buffer): Promise<ParkImportReportResponse> {
    const records = parseCsv(file);
    const problems: ImportProblem[] = [];
    const rows: ParsedRow[] = [];
    for (const [index, record] of records.entries()) {
      const line = index + 2;
      const { row, rowProblems } = await toRow(record, line);
      problems.push(...rowProblems);
      if (row) rows.push(row);
      if (problems.length >= MAX_REPORTED_PROBLEMS) break;
    }
    if (problems.length === 0) problems.push(...(await this.checkReferences(rows)));
    if (problems.length > 0) throw invalid(problems, records.length);

    return this.dataSource.transaction(async (manager) => {
      const existing = new Map(
        (await manager.findBy(Park, { id: In(rows.flatMap((r) => (r.id ? [r.id] : []))) })).map((p) => [p.id, p]),
      );
      const audits: AuditRecord[] = [];
      const creates = rows.filter((r) => !r.id);
      for (let i = 0; i < creates.length; i += INSERT_CHUNK) {
        const entities = creates.slice(i, i + INSERT_CHUNK).map((r) => manager.create(Park, parkColumns(r.dto)));
        const result = await manager.insert(Park, entities);
        entities.forEach((park, j) => {
          const id = (result.identifiers[j] as { id: string }).id;
          audits.push({ action: 'park.import', entityType: 'Park', entityId: id, organizationId: park.organizationId, after: park });
        });
      }
      for (const row of rows.filter((r) => r.id)) {
        const before = existing.get(row.id as string) as Park;
        const { organizationId: _same, ...changes } = row.dto;
        const columns = parkColumns(changes);
        await manager.update(Park, { id: before.id }, { ...columns, version: () => 'version + 1' });
        audits.push({
          action: 'park.import',
          entityType: 'Park',
          entityId: before.id,
          organizationId: before.organizationId,
          before,
          after: { ...before, ...columns },
        });
      }
      await this.audit.recordMany(manager, audits);
      return { rows: rows.length, created: creates.length, updated: rows.length - creates.length, problems: [] };
    });
  }

  /** Ids and organizations the rows point at must exist, and a row may not move a park to another operator. */
  private async checkReferences(rows: ParsedRow[]): Promise<ImportProblem[]> {
    const problems: ImportProblem[] = [];
    const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
    const parks = new Map((await this.dataSource.getRepository(Park).findBy({ id: In(ids) })).map((p) => [p.id, p]));
    const orgIds = [...new Set(rows.map((r) => r.dto.organizationId as string))];
    const orgs = new Map(
      (await this.dataSource.getRepository(Organization).findBy({ id: In(orgIds) })).map((o) => [o.id, o]),
    );
    const seen = new Map<string, number>();
    for (const row of rows) {
      if (row.id) {
        const park = parks.get(row.id);
        if (!park) problems.push({ row: row.line, field: 'id', message: 'No park has this id; leave id empty to create a park' });
        else if (park.organizationId !== row.dto.organizationId) {
          problems.push({ row: row.line, field: 'organizationId', message: 'A park cannot be moved to another organization by import' });
        }
        const first = seen.get(row.id);
        if (first) problems.push({ row: row.line, field: 'id', message: `The same park is already on line ${first}` });
        else seen.set(row.id, row.line);
      }
      const org = orgs.get(row.dto.organizationId as string);
      if (!org) problems.push({ row: row.line, field: 'organizationId', message: 'No organization has this id' });
      else {
        try {
          assertCanRunParks(org);
        } catch (error) {
          problems.push({ row: row.line, field: 'organizationId', message: (error as Error).message });
        }
      }
    }
    return problems;
  }
}

function invalid(problems: ImportProblem[], rows: number): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const lines = new Set(shown.map((p) => p.row)).size;
  return new AppError(
    422,
    'IMPORT_INVALID',
    `Nothing was imported: ${lines} of ${rows} rows have problems${problems.length > shown.length ? ' (first ones listed)' : ''}`,
    shown.map((p) => ({ field: p.field, constraint: 'import', message: p.message, row: p.row })),
  );
}

function parseCsv(file: Buffer): Record<string, string>[] {
  let records: Record<string, string>[];
  try {
    records = parse(file, { columns: true, bom: true, skip_empty_lines: true, trim: true, relax_quotes: false });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw invalid([{ row: line, field: 'file', message: `Not a readable CSV file: ${(error as Error).message}` }], 0);
  }
  const header = records.length > 0 ? Object.keys(records[0]) : [];
  const unknown = header.filter((column) => !(PARK_CSV_COLUMNS as readonly string[]).includes(column));
  const problems: ImportProblem[] = unknown.map((column) => ({
    row: 1,
    field: column,
    message: `Unknown column; the columns are ${PARK_CSV_COLUMNS.join(', ')}`,
  }));
  for (const required of ['organizationId', 'country']) {
    if (records.length > 0 && !header.includes(required)) problems.push({ row: 1, field: required, message: 'Required column missing' });
  }
  if (records.length === 0) problems.push({ row: 1, field: 'file', message: 'The file has no rows under its header' });
  if (records.length > MAX_IMPORT_ROWS) problems.push({ row: 1, field: 'file', message: `At most ${MAX_IMPORT_ROWS} rows per file` });
  if (problems.length > 0) throw invalid(problems, records.length);
  return records;
}

/** One CSV record as a validated request; empty cells are empty fields. */
async function toRow(record: Record<string, string>, line: number) {
  const plain: Record<string, unknown> = {};
  let id: string | null = null;
  const rowProblems: ImportProblem[] = [];
  for (const [column, raw] of Object.entries(record)) {
    const value = unescapeCsvText(raw ?? '');
    if (IGNORED_COLUMNS.includes(column) || value === '') continue;
    if (column === 'id') {
      if (UUID.test(value)) id = value.toLowerCase();
      else rowProblems.push({ row: line, field: 'id', message: 'id must be a park id (UUID) or empty' });
    } else if ((NUMBER_COLUMNS as readonly string[]).includes(column)) {
      // A number if it reads as one; otherwise the text goes on, so the validator names the field.
      plain[column] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    } else if (column === 'sectors') {
      plain.sectors = value.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
    } else {
      plain[column] = value;
    }
  }
  if (!plain.organizationId) rowProblems.push({ row: line, field: 'organizationId', message: 'organizationId is required' });
  const dto = plainToInstance(CreateParkDto, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const reported = new Set(rowProblems.map((p) => p.field));
  for (const detail of validationDetails(errors)) {
    // One problem per field is what a person fixes; the first constraint says it best.
    if (reported.has(detail.field)) continue;
    reported.add(detail.field);
    rowProblems.push({ row: line, field: detail.field, message: detail.message });
  }
  return { row: rowProblems.length === 0 ? { line, id, dto } : null, rowProblems };
}
