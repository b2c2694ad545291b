import { Global, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { JobRunner } from './job-runner.service';

/** The job runner, for every module that has timed work (`JobRunner.register` in `onModuleInit`). */
@Global()
@Module({ imports: [ScheduleModule.forRoot()], providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
