import { Module } from '@nestjs/common';
import { MultipartModule } from '@nestjs/platform-fastify/multipart';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsQueries } from './attachments.queries';
import { AttachmentsService } from './attachments.service';
import { createFileStorage, FILE_STORAGE } from './file-storage';

@Module({
  imports: [
    MultipartModule.registerAsync({
      // Browsers send file names in UTF-8.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: config.attachmentMaxBytes, files: 1 },
        defParamCharset: 'utf8',
      }),
      inject: [APP_CONFIG],
    }),
  ],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentsQueries,
    {
      provide: FILE_STORAGE,
      useFactory: createFileStorage,
      inject: [APP_CONFIG],
    },
  ],
  exports: [AttachmentsService],
})
export class AttachmentsModule {}
