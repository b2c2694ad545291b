import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  PARK_CSV_COLUMNS,
  PARK_CSV_HEADERS,
  PARK_STATUS_LABELS,
  csvHeaders,
  csvLabel,
  csvSectors,
  localizedText,
} from '@alliance/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { csvText, datedFilename, sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { AppError } from '../../common/errors/app-error';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy, Public } from '../../common/policy/policy.decorator';
import {
  CreateParkDto,
  ExportParksQueryDto,
  ListParksQueryDto,
  ParkFilterDto,
  ParkImportReportResponse,
  ParkMarkerResponse,
  ParkPage,
  ParkResponse,
  ParkStatsResponse,
  UpdateParkDto,
} from './dto/park.dto';
import { ParkImportService } from './park-import.service';
import { ParksService } from './parks.service';
import { ApiFileResponse } from '../../common/openapi/file-response';

/** CSV uploads above this are refused with 413 before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

@ApiTags('parks')
@Controller('parks')
export class ParksController {
  constructor(
    private readonly parks: ParksService,
    private readonly importer: ParkImportService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: ParkPage, description: 'Parks of active members; contacts for signed-in members' })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListParksQueryDto) {
    return this.parks.list(viewer, query);
  }

  @Get('map')
  @Public()
  @ApiOkResponse({ type: [ParkMarkerResponse] })
  map(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ParkFilterDto) {
    return this.parks.map(viewer, query);
  }

  @Get('stats')
  @Public()
  @ApiOkResponse({ type: ParkStatsResponse })
  stats() {
    return this.parks.stats();
  }

  @Get('export')
  @Policy('export', 'Park')
  @ApiFileResponse(
    'text/csv',
    'CSV (UTF-8 with BOM) of the filtered parks, in the import format, with headers and labels in the language asked for',
  )
  async export(@CurrentUser() user: AuthenticatedUser, @Query() query: ExportParksQueryDto, @Res() res: FastifyReply) {
    const parks = await this.parks.exportable(user, query);
    const locale = csvLocale(query.lang, user);
    const rows = parks.map((p) => [
      p.id,
      p.organizationId,
      csvText(localizedText(p.organization?.nameEn, p.organization?.nameZh, locale)),
      csvText(p.nameEn),
      csvText(p.nameZh),
      p.country,
      csvText(p.city),
      p.latitude ?? '',
      p.longitude ?? '',
      p.establishedYear ?? '',
      p.areaKm2 ?? '',
      csvSectors(p.sectors, locale),
      csvLabel(PARK_STATUS_LABELS, p.status, locale),
      p.enterpriseCount ?? '',
      p.investmentUsd ?? '',
      p.localJobs ?? '',
      csvText(p.descriptionEn),
      csvText(p.descriptionZh),
      csvText(p.contactName),
      csvText(p.contactEmail),
      csvText(p.contactPhone),
    ]);
    sendCsv(res, datedFilename('parks'), csvHeaders(PARK_CSV_HEADERS, PARK_CSV_COLUMNS, locale), rows);
  }

  @Post('import')
  @Policy('import', 'Park')
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiOkResponse({
    type: ParkImportReportResponse,
    description: 'Everything written; 422 IMPORT_INVALID lists row, field and problem when nothing was',
  })
  import(@UploadedFile() file: UploadedMultipartFile | undefined) {
    if (!file) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Attach the CSV file in the field "file"', [
        { field: 'file', constraint: 'required', message: 'file is required' },
      ]);
    }
    return this.importer.import(file.buffer ?? Buffer.alloc(0));
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: ParkResponse })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.parks.get(viewer, id);
  }

  @Post()
  @Policy('create', 'Park')
  @ApiCreatedResponse({ type: ParkResponse })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateParkDto) {
    return this.parks.create(user, dto);
  }

  @Patch(':id')
  @Policy('update', 'Park')
  @ApiOkResponse({ type: ParkResponse })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateParkDto) {
    return this.parks.update(user, id, dto);
  }
}
