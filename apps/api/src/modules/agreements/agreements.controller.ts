import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy, Public } from '../../common/policy/policy.decorator';
import { AgreementCommitmentsService } from './agreement-commitments.service';
import { AgreementDocumentsService } from './agreement-documents.service';
import { AgreementReadsService } from './agreement-reads.service';
import { AgreementsService } from './agreements.service';
import {
  AgreementCommitmentList,
  AgreementCommitmentResponse,
  AgreementDocumentList,
  AgreementDocumentResponse,
  AgreementPage,
  AgreementResponse,
} from './dto/agreement-response.dto';
import {
  AgreementStepDto,
  CreateAgreementDocumentDto,
  CreateAgreementDto,
  CreateCommitmentDto,
  ListAgreementsQueryDto,
  SignAgreementDto,
  TerminateAgreementDto,
  UpdateAgreementDto,
} from './dto/agreement.dto';

@ApiTags('agreements')
@Controller('agreements')
export class AgreementsController {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly reads: AgreementReadsService,
    private readonly commitments: AgreementCommitmentsService,
    private readonly documents: AgreementDocumentsService,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: AgreementPage,
    description: 'Visitors: active agreements; members: signed ones; the secretariat: all, drafts included',
  })
  list(@OptionalUser() viewer: AuthenticatedUser | null, @Query() query: ListAgreementsQueryDto) {
    return this.reads.list(viewer, query);
  }

  @Post()
  @Policy('create', 'PartnerAgreement')
  @ApiCreatedResponse({ type: AgreementResponse, description: 'A draft' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateAgreementDto) {
    return this.agreements.create(user, dto);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({
    type: AgreementResponse,
    description: 'Visitors: an active agreement’s summary; members also its scope',
  })
  get(@OptionalUser() viewer: AuthenticatedUser | null, @Param('id', uuid) id: string) {
    return this.reads.get(viewer, id);
  }

  @Patch(':id')
  @Policy('update', 'PartnerAgreement')
  @ApiOkResponse({ type: AgreementResponse, description: 'A live agreement (not expired or terminated)' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateAgreementDto) {
    return this.agreements.update(user, id, dto);
  }

  @Post(':id/negotiate')
  @Policy('update', 'PartnerAgreement')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementResponse, description: 'From draft to negotiating' })
  negotiate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: AgreementStepDto) {
    return this.agreements.negotiate(user, id, dto);
  }

  @Post(':id/sign')
  @Policy('update', 'PartnerAgreement')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementResponse, description: 'Signed: active on its effective date' })
  sign(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: SignAgreementDto) {
    return this.agreements.sign(user, id, dto);
  }

  @Post(':id/activate')
  @Policy('update', 'PartnerAgreement')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementResponse, description: 'Active, once its effective date has come' })
  activate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: AgreementStepDto) {
    return this.agreements.activate(user, id, dto);
  }

  @Post(':id/terminate')
  @Policy('close', 'PartnerAgreement')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementResponse, description: 'Ended early, with a reason' })
  terminate(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: TerminateAgreementDto) {
    return this.agreements.terminate(user, id, dto);
  }

  @Get(':id/commitments')
  @Policy('read', 'AgreementCommitment')
  @ApiOkResponse({
    type: AgreementCommitmentList,
    description: 'The parties only (the secretariat and the counterparties)',
  })
  listCommitments(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.commitments(user, id);
  }

  @Post(':id/commitments')
  @Policy('update', 'PartnerAgreement')
  @ApiCreatedResponse({ type: AgreementCommitmentResponse, description: 'An open commitment' })
  createCommitment(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateCommitmentDto,
  ) {
    return this.commitments.create(user, id, dto);
  }

  @Get(':id/documents')
  @Policy('read', 'AgreementDocument')
  @ApiOkResponse({ type: AgreementDocumentList, description: 'The parties only, each document with its versions' })
  listDocuments(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string) {
    return this.reads.documents(user, id);
  }

  @Post(':id/documents')
  @Policy('update', 'PartnerAgreement')
  @ApiCreatedResponse({ type: AgreementDocumentResponse, description: 'A document with its first version (a PDF)' })
  createDocument(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: CreateAgreementDocumentDto,
  ) {
    return this.documents.create(user, id, dto);
  }
}
