import { Global, Module } from '@nestjs/common';
import { MailQueries } from './mail.queries';
import { MailService } from './mail.service';

@Global()
@Module({ providers: [MailService, MailQueries], exports: [MailService] })
export class MailModule {}
