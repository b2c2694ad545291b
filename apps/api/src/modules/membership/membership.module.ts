import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { MembershipController } from './membership.controller';
import { MembershipQueries } from './membership.queries';
import { MembershipService } from './membership.service';

@Module({
  imports: [UsersModule],
  controllers: [MembershipController],
  providers: [MembershipService, MembershipQueries],
  exports: [MembershipService],
})
export class MembershipModule {}
