import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { sendCsv } from '../../common/csv/csv';
import { csvLocale } from '../../common/csv/csv-language.dto';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { ApiFileResponse } from '../../common/openapi/file-response';
import { PageQueryDto } from '../../common/pagination/page-query.dto';
import { Policy, Public } from '../../common/policy/policy.decorator';
import {
  ExportLanguageDto,
  InitiativeInputDto,
  InitiativeVersionDto,
  ListInitiativesQueryDto,
  UpdateInitiativeDto,
} from './dto/initiative.dto';
import { InitiativePage, InitiativeResponse, SignatoryPage } from './dto/initiative-response.dto';
import { InitiativeReadsService } from './initiative-reads.service';
import { InitiativesService } from './initiatives.service';

const today = () => new Date().toISOString().slice(0, 10);

/** Initiatives: public reads (visitors too), the secretariat's editing, publication, closing and exports. */
@ApiTags('initiatives')
@Controller('initiatives')
export class InitiativesController {
  constructor(
    private readonly initiatives: InitiativesService,
    private readonly reads: InitiativeReadsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: InitiativePage,
    description: 'Published initiatives, newest first (drafts too for the secretariat)',
  })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListInitiativesQueryDto) {
    return this.reads.list(viewer, query);
  }

  @Post()
  @Policy('create', 'Initiative')
  @ApiCreatedResponse({ type: InitiativeResponse, description: 'A draft' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: InitiativeInputDto) {
    return this.initiatives.create(user, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: InitiativeResponse,
    description:
      "Text, progress and the reader's organization's endorsement and actions (a draft: 404 but to the secretariat)",
  })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.reads.get(viewer, id);
  }

  @Patch(':id')
  @Policy('update', 'Initiative')
  @ApiOkResponse({ type: InitiativeResponse, description: 'A draft or an open initiative (closed: 422)' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateInitiativeDto) {
    return this.initiatives.update(user, id, dto);
  }

  @Post(':id/publish')
  @Policy('publish', 'Initiative')
  @HttpCode(200)
  @ApiOkResponse({
    type: InitiativeResponse,
    description:
      'Open for endorsement now (every admin of an active member organization is told), or on its opening date',
  })
  publish(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: InitiativeVersionDto) {
    return this.initiatives.publish(user, id, dto.version);
  }

  @Post(':id/close')
  @Policy('close', 'Initiative')
  @HttpCode(200)
  @ApiOkResponse({ type: InitiativeResponse, description: 'Closes an open initiative; pending proposals lapse' })
  close(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: InitiativeVersionDto) {
    return this.initiatives.close(user, id, dto.version);
  }

  @Get(':id/signatories')
  @Public()
  @ApiOkResponse({
    type: SignatoryPage,
    description: 'The organizations that endorse it, in the order they signed (active members only)',
  })
  signatories(
    @OptionalUser() viewer: AuthenticatedUser | null,
    @Param('id', uuid) id: string,
    @Query() query: PageQueryDto,
  ) {
    return this.reads.signatories(viewer, id, query);
  }

  @Get(':id/signatories.csv')
  @Policy('export', 'Initiative')
  @ApiFileResponse(
    'text/csv',
    'CSV (UTF-8 with BOM) of every endorsing organization, suspended or withdrawn ones marked; headers in the language asked for',
  )
  async exportCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Query() query: ExportLanguageDto,
    @Res() res: FastifyReply,
  ) {
    const { headers, rows } = await this.reads.exportCsv(id, csvLocale(query.lang, user));
    sendCsv(res, `initiative-signatories-${today()}.csv`, headers, rows);
  }

  @Get(':id/signatories.pdf')
  @Policy('export', 'Initiative')
  @ApiFileResponse(
    'application/pdf',
    "The initiative's text and its signatories, in the language asked for (fonts embedded)",
  )
  async exportPdf(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Query() query: ExportLanguageDto,
    @Res() res: FastifyReply,
  ) {
    const pdf = await this.reads.exportPdf(id, csvLocale(query.lang, user));
    res.header('Content-Type', 'application/pdf');
    res.header('Content-Disposition', `attachment; filename="initiative-signatories-${today()}.pdf"`);
    res.header('Cache-Control', 'no-store');
    res.send(pdf);
  }
}
