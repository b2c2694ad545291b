import { Controller, Get, Param, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify/multipart';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { CurrentUser, OptionalUser } from '../../common/auth/current-user.decorator';
import { AppError } from '../../common/errors/app-error';
import { uuidParam as uuid } from '../../common/http/uuid-param';
import { Authenticated, Public } from '../../common/policy/policy.decorator';
import { AttachmentsService } from './attachments.service';
import { AttachmentResponse } from './dto/attachment.dto';
import { ApiFileResponse } from '../../common/openapi/file-response';

@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Authenticated()
  // Size limit: MultipartModule options in AttachmentsModule (ATTACHMENT_MAX_BYTES); larger uploads get 413 before they are stored.
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
  })
  @ApiCreatedResponse({
    type: AttachmentResponse,
    description: '415 UNSUPPORTED_FILE_TYPE when the content is not PDF/image/Office or not what the name says',
  })
  upload(@CurrentUser() user: AuthenticatedUser, @UploadedFile() file: UploadedMultipartFile | undefined) {
    if (!file) {
      throw new AppError(400, 'VALIDATION_FAILED', 'Attach the file in the field "file"', [
        { field: 'file', constraint: 'required', message: 'file is required' },
      ]);
    }
    return this.attachments.upload(user, file.originalname, file.buffer ?? Buffer.alloc(0));
  }

  @Get(':id')
  @Public()
  @ApiFileResponse(
    'application/octet-stream',
    'The file as an attachment, with its sniffed type; 404 for whoever may not see its record',
  )
  async download(
    @OptionalUser() viewer: AuthenticatedUser | null,
    @Param('id', uuid) id: string,
    @Res() res: FastifyReply,
  ) {
    const { attachment, stream } = await this.attachments.open(viewer, id);
    const ascii = attachment.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    res.header('Content-Type', attachment.mimeType);
    res.header('Content-Length', String(attachment.sizeBytes));
    res.header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
    );
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Cache-Control', 'private, no-cache');
    return res.send(stream);
  }
}
