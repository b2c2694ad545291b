import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Policy } from '../../common/policy/policy.decorator';
import { AgreementCommitmentsService } from './agreement-commitments.service';
import { AgreementDocumentsService } from './agreement-documents.service';
import { AgreementCommitmentResponse, AgreementDocumentResponse } from './dto/agreement-response.dto';
import { AddDocumentVersionDto, CommitmentStepDto, UpdateCommitmentDto } from './dto/agreement.dto';

@ApiTags('agreements')
@Controller('agreement-commitments')
export class AgreementCommitmentsController {
  constructor(private readonly commitments: AgreementCommitmentsService) {}

  @Patch(':id')
  @Policy('update', 'PartnerAgreement')
  @ApiOkResponse({ type: AgreementCommitmentResponse, description: 'The secretariat edits a commitment' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: UpdateCommitmentDto) {
    return this.commitments.update(user, id, dto);
  }

  @Post(':id/complete')
  @Policy('update', 'AgreementCommitment')
  @HttpCode(200)
  @ApiOkResponse({
    type: AgreementCommitmentResponse,
    description: 'Done: the secretariat, or an admin of the counterparty that owns it',
  })
  complete(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: CommitmentStepDto) {
    return this.commitments.complete(user, id, dto);
  }

  @Post(':id/waive')
  @Policy('close', 'AgreementCommitment')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementCommitmentResponse, description: 'Waived by the secretariat' })
  waive(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: CommitmentStepDto) {
    return this.commitments.waive(user, id, dto);
  }

  @Post(':id/reopen')
  @Policy('close', 'AgreementCommitment')
  @HttpCode(200)
  @ApiOkResponse({ type: AgreementCommitmentResponse, description: 'Open again (the secretariat)' })
  reopen(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string, @Body() dto: CommitmentStepDto) {
    return this.commitments.reopen(user, id, dto);
  }
}

@ApiTags('agreements')
@Controller('agreement-documents')
export class AgreementDocumentsController {
  constructor(private readonly documents: AgreementDocumentsService) {}

  @Post(':id/versions')
  @Policy('update', 'PartnerAgreement')
  @ApiCreatedResponse({ type: AgreementDocumentResponse, description: 'The next version of a document (a PDF)' })
  addVersion(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid) id: string,
    @Body() dto: AddDocumentVersionDto,
  ) {
    return this.documents.addVersion(user, id, dto);
  }
}
