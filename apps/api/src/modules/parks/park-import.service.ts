import { Injectable } from '@nestjs/common';
import {
  PARK_CSV_COLUMNS,
  PARK_CSV_HEADERS,
  PARK_STATUS_LABELS,
  SECTOR_LABELS,
  csvCode,
  type ImportProblem,
} from '@alliance/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AuditService, type AuditRecord } from '../../common/audit/audit.service';
import { unescapeCsvText } from '../../common/csv/csv';
import { AppError } from '../../common/errors/app-error';
import { inputProblems } from '../../common/validation/request-input';
import { validationDetails } from '../../common/errors/validation';
import { Organization } from '../organizations/entities/organization.entity';
import { CreateParkDto, type ParkImportReportResponse } from './dto/park.dto';
import { Park } from './entities/park.entity';
import { parkColumns } from './parks.service';

export const MAX_IMPORT_ROWS = 10_000;
/** Problems listed in one answer; past this the file is clearly the wrong one. */
const MAX_REPORTED_PROBLEMS = 500;
const INSERT_CHUNK = 500;

const NUMBER_COLUMNS = ['latitude', 'longitude', 'areaKm2', 'establishedYear', 'enterpriseCount', 'localJobs'] as const;
/** Informational columns of the export that the import does not write. */
const IGNORED_COLUMNS = ['organizationName'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CsvRecord {
  /** The line of the file where the record starts (a quoted cell may span lines). */
  line: number;
  cells: Record<string, string>;
}

interface ParsedRow {
  line: number;
  id: string | null;
  dto: CreateParkDto;
}

const problem = (row: number, field: string, constraint: string, message: string): ImportProblem => ({
  row,
  field,
  constraint,
  message,
});

/**
 * Imports parks from the export's CSV format, in either language (headers and the status and
 * sectors as the export labels them, or their code form): rows with an `id` update that park (an empty
 * cell clears the field), rows without one create a park. Every row is checked first, in the
 * transaction that then writes them, with the parks to update locked; one problem anywhere and
 * nothing is written.
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
    for (const record of records) {
      const { row, rowProblems } = await toRow(record);
      problems.push(...rowProblems);
      if (row) rows.push(row);
      if (problems.length >= MAX_REPORTED_PROBLEMS) break;
    }
    if (problems.length > 0) throw invalid(problems, records.length);

    return this.dataSource.transaction(async (manager) => {
      const ids = rows.flatMap((r) => (r.id ? [r.id] : []));
      const existing = new Map(
        (ids.length
          ? await manager.find(Park, { where: { id: In(ids) }, lock: { mode: 'pessimistic_write' } })
          : []
        ).map((p) => [p.id, p]),
      );
      const referenceProblems = await checkReferences(manager, rows, existing);
      if (referenceProblems.length > 0) throw invalid(referenceProblems, records.length);

      const audits: AuditRecord[] = [];
      const creates = rows.filter((r) => !r.id);
      for (let i = 0; i < creates.length; i += INSERT_CHUNK) {
        const entities = creates.slice(i, i + INSERT_CHUNK).map((r) => manager.create(Park, parkColumns(r.dto)));
        const result = await manager.insert(Park, entities);
        entities.forEach((park, j) => {
          const id = (result.identifiers[j] as { id: string }).id;
          audits.push({
            action: 'park.import',
            entityType: 'Park',
            entityId: id,
            organizationId: park.organizationId,
            after: park,
          });
        });
      }
      for (const row of rows.filter((r) => r.id)) {
        const before = existing.get(row.id as string) as Park;
        const { organizationId: _sameOperator, ...changes } = row.dto;
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
}

/** Ids and organizations the rows point at must exist; a row may not move a park to another operator. */
async function checkReferences(
  manager: EntityManager,
  rows: ParsedRow[],
  parks: Map<string, Park>,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const orgIds = [...new Set(rows.map((r) => r.dto.organizationId as string))];
  const orgs = new Map((await manager.findBy(Organization, { id: In(orgIds) })).map((o) => [o.id, o]));
  const seen = new Map<string, number>();
  for (const row of rows) {
    const park = row.id ? parks.get(row.id) : undefined;
    if (row.id) {
      if (!park)
        problems.push(problem(row.line, 'id', 'unknownPark', 'No park has this id; leave id empty to create a park'));
      else if (park.organizationId !== row.dto.organizationId) {
        problems.push(
          problem(
            row.line,
            'organizationId',
            'otherOrganization',
            'A park cannot be moved to another organization by import',
          ),
        );
      }
      const first = seen.get(row.id);
      if (first) problems.push(problem(row.line, 'id', 'duplicateRow', `The same park is already on line ${first}`));
      else seen.set(row.id, row.line);
    }
    const org = orgs.get(row.dto.organizationId as string);
    if (!org) problems.push(problem(row.line, 'organizationId', 'unknownOrganization', 'No organization has this id'));
    else if (org.type !== 'park_operator')
      problems.push(problem(row.line, 'organizationId', 'notParkOperator', 'Only a park operator runs parks'));
    else if (org.status === 'withdrawn')
      problems.push(
        problem(row.line, 'organizationId', 'withdrawnOrganization', 'A withdrawn organization is read-only'),
      );

    // Both coordinates or neither, counting what an update leaves in place.
    const latitude = row.dto.latitude !== undefined ? row.dto.latitude : (park?.latitude ?? null);
    const longitude = row.dto.longitude !== undefined ? row.dto.longitude : (park?.longitude ?? null);
    if ((latitude === null) !== (longitude === null)) {
      problems.push(
        problem(
          row.line,
          latitude === null ? 'latitude' : 'longitude',
          'coordinatesPair',
          'Give both latitude and longitude, or neither',
        ),
      );
    }
  }
  return problems;
}

function invalid(problems: ImportProblem[], rows: number): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS);
  const lines = new Set(shown.map((p) => p.row)).size;
  return new AppError(
    422,
    'IMPORT_INVALID',
    `Nothing was imported: ${lines} of ${rows} rows have problems${problems.length > shown.length ? ' (first ones listed)' : ''}`,
    shown.map((p) => ({ field: p.field, constraint: p.constraint, message: p.message, row: p.row })),
  );
}

function parseCsv(file: Buffer): CsvRecord[] {
  let header: string[] = [];
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(file, {
      // A labelled header (either language) stands for its column; anything else is kept to be reported.
      columns: (names: string[]) => (header = names.map((n) => csvCode(PARK_CSV_HEADERS, n) ?? n.trim())),
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw invalid([problem(line, 'file', 'unreadableFile', `Not a readable CSV file: ${(error as Error).message}`)], 0);
  }
  const problems: ImportProblem[] = [];
  for (const column of header) {
    if (!(PARK_CSV_COLUMNS as readonly string[]).includes(column)) {
      problems.push(
        problem(
          1,
          column || '(empty)',
          'unknownColumn',
          `Unknown column; the columns are ${PARK_CSV_COLUMNS.join(', ')} (or their headers as the export writes them, in English or Chinese)`,
        ),
      );
    }
  }
  for (const column of new Set(header.filter((c, i) => header.indexOf(c) !== i))) {
    problems.push(problem(1, column, 'duplicateColumn', 'This column appears more than once'));
  }
  for (const required of ['organizationId', 'country']) {
    if (header.length > 0 && !header.includes(required))
      problems.push(problem(1, required, 'requiredColumn', 'Required column missing'));
  }
  if (parsed.length === 0) problems.push(problem(1, 'file', 'emptyFile', 'The file has no rows under its header'));
  if (parsed.length > MAX_IMPORT_ROWS)
    problems.push(problem(1, 'file', 'tooManyRows', `At most ${MAX_IMPORT_ROWS} rows per file`));
  if (problems.length > 0) throw invalid(problems, parsed.length);
  return parsed.map(({ record, info }) => {
    // `info.lines` is where the record ends; a quoted cell with line breaks started it earlier.
    const breaks = Object.values(record).reduce((n, value) => n + (value.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - breaks, cells: record };
  });
}

/** Bounds say little about a value of the wrong kind ("north" is not "too large"); report the kind first. */
const BOUND_CONSTRAINTS = ['min', 'max', 'minLength', 'maxLength', 'arrayMaxSize'];
const rank = (constraint: string) => (BOUND_CONSTRAINTS.includes(constraint) ? 1 : 0);

/** One CSV record as a validated request. Empty cells: absent for a new park, cleared (null) for an update. */
async function toRow({ line, cells }: CsvRecord) {
  const plain: Record<string, unknown> = {};
  const rowProblems: ImportProblem[] = [];
  const rawId = cells.id?.trim() ?? '';
  const id = UUID.test(rawId) ? rawId.toLowerCase() : null;
  if (rawId && !id) rowProblems.push(problem(line, 'id', 'isUUID', 'id must be a park id (UUID) or empty'));
  for (const [column, raw] of Object.entries(cells)) {
    if (column === 'id' || IGNORED_COLUMNS.includes(column)) continue;
    const value = unescapeCsvText(raw ?? '');
    if (value === '') {
      if (id) plain[column] = column === 'sectors' ? [] : null;
    } else if ((NUMBER_COLUMNS as readonly string[]).includes(column)) {
      // A number if it reads as one; otherwise the text goes on, so the validator names the field.
      plain[column] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
    } else if (column === 'sectors') {
      // Codes or the export's names, in either language; an unknown one goes on for the validator to name.
      plain.sectors = value
        .split(/[;|；]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => csvCode(SECTOR_LABELS, s) ?? s);
    } else if (column === 'status') {
      plain.status = csvCode(PARK_STATUS_LABELS, value) ?? value;
    } else {
      plain[column] = value;
    }
  }
  // The values no field may hold (control characters, unsafe numbers), as the API refuses them in any request.
  for (const detail of inputProblems(plain, 'row'))
    rowProblems.push(problem(line, detail.field, detail.constraint, detail.message));
  if (!plain.organizationId)
    rowProblems.push(problem(line, 'organizationId', 'required', 'organizationId is required'));
  // A new park needs a name; on an update the park keeps its other name if one cell is empty.
  if (!plain.nameEn && !plain.nameZh)
    rowProblems.push(problem(line, 'nameEn', 'required', 'nameEn or nameZh is required'));
  const dto = plainToInstance(CreateParkDto, plain);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  const reported = new Set(rowProblems.map((p) => p.field));
  for (const detail of validationDetails(errors).sort((a, b) => rank(a.constraint) - rank(b.constraint))) {
    // One problem per field is what a person fixes: the kind of value before its size.
    if (reported.has(detail.field)) continue;
    reported.add(detail.field);
    rowProblems.push(problem(line, detail.field, detail.constraint, detail.message));
  }
  return { row: rowProblems.length === 0 ? { line, id, dto } : null, rowProblems };
}
