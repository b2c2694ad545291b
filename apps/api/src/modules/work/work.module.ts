import { Module } from '@nestjs/common';
import { AgreementServicesModule } from '../agreement-services/agreement-services.module';
import { AgreementsModule } from '../agreements/agreements.module';
import { CooperationExpressionsModule } from '../cooperation/expressions/cooperation-expressions.module';
import { CooperationMatchesModule } from '../cooperation/matches/cooperation-matches.module';
import { CooperationProjectsModule } from '../cooperation/projects/cooperation-projects.module';
import { CountriesModule } from '../countries/countries.module';
import { FinancingModule } from '../financing/financing.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { MemberIssuesModule } from '../member-issues/member-issues.module';
import { MembershipModule } from '../membership/membership.module';
import { ModerationModule } from '../moderation/moderation.module';
import { PolicyBriefsModule } from '../policy-briefs/policy-briefs.module';
import { RiskAlertsModule } from '../risk-alerts/risk-alerts.module';
import { WorkController } from './work.controller';
import { WorkService } from './work.service';

/** "My work": each role's home, counted by the list queries of the modules it links to. */
@Module({
  imports: [
    AgreementServicesModule,
    AgreementsModule,
    CooperationExpressionsModule,
    CooperationMatchesModule,
    CooperationProjectsModule,
    CountriesModule,
    FinancingModule,
    InitiativesModule,
    MeetingsModule,
    MemberIssuesModule,
    MembershipModule,
    ModerationModule,
    PolicyBriefsModule,
    RiskAlertsModule,
  ],
  controllers: [WorkController],
  providers: [WorkService],
})
export class WorkModule {}
