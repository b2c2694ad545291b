import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './common/config/app-config';
import type { DatabaseHandle } from './common/database/database';
import { DatabaseModule } from './common/database/database.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { CsrfGuard } from './common/http/csrf.guard';
import { RequestInputGuard } from './common/http/request-input.guard';
import { LOGGER, LogFlusher } from './common/logging/logger';
import { PolicyGuard } from './common/policy/policy.guard';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CooperationDealsModule } from './modules/cooperation/deals/cooperation-deals.module';
import { CooperationExpressionsModule } from './modules/cooperation/expressions/cooperation-expressions.module';
import { SessionGuard } from './modules/auth/session.guard';
import { FinancingModule } from './modules/financing/financing.module';
import { HealthModule } from './modules/health/health.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { MailModule } from './modules/mail/mail.module';
import { MeetingsModule } from './modules/meetings/meetings.module';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { AgreementServicesModule } from './modules/agreement-services/agreement-services.module';
import { ModerationModule } from './modules/moderation/moderation.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { MemberIssuesModule } from './modules/member-issues/member-issues.module';
import { MembershipModule } from './modules/membership/membership.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { ParksModule } from './modules/parks/parks.module';
import { CooperationMatchesModule } from './modules/cooperation/matches/cooperation-matches.module';
import { CountriesModule } from './modules/countries/countries.module';
import { CooperationProjectsModule } from './modules/cooperation/projects/cooperation-projects.module';
import { RiskAlertsModule } from './modules/risk-alerts/risk-alerts.module';
import { PolicyBriefsModule } from './modules/policy-briefs/policy-briefs.module';
import { PostsModule } from './modules/posts/posts.module';
import { RateLimitsModule } from './modules/rate-limits/rate-limits.module';
import { WriteRateLimitGuard } from './modules/rate-limits/write-rate-limit.guard';
import { SearchModule } from './modules/search/search.module';
import { UsersModule } from './modules/users/users.module';
import { InitiativesModule } from './modules/initiatives/initiatives.module';
import { WorkModule } from './modules/work/work.module';
import { ResultsModule } from './modules/results/results.module';
import { AnnualReportsModule } from './modules/annual-reports/annual-reports.module';

@Module({})
export class AppModule {
  /** The app is built around an opened database and a validated configuration, so tests pass their own. */
  static forRoot(config: AppConfig, db: DatabaseHandle, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.forHandle(db),
        JobsModule,
        AuditModule,
        MailModule,
        AuthModule,
        RateLimitsModule,
        HealthModule,
        OrganizationsModule,
        UsersModule,
        ParksModule,
        MembershipModule,
        PostsModule,
        SearchModule,
        ModerationModule,
        NotificationsModule,
        FinancingModule,
        PolicyBriefsModule,
        CountriesModule,
        RiskAlertsModule,
        MemberIssuesModule,
        CooperationExpressionsModule,
        CooperationDealsModule,
        CooperationMatchesModule,
        CooperationProjectsModule,
        MeetingsModule,
        InitiativesModule,
        AgreementsModule,
        AgreementServicesModule,
        WorkModule,
        ResultsModule,
        AnnualReportsModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        LogFlusher,
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
        // Order matters: values no field may hold first, then CSRF, then who is signed in, then how much
        // they wrote this minute, then what they may do.
        { provide: APP_GUARD, useClass: RequestInputGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: WriteRateLimitGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}
