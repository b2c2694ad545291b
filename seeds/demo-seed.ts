import * as argon2 from 'argon2';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Organization } from '../apps/api/src/modules/organizations/entities/organization.entity';
import { Park } from '../apps/api/src/modules/parks/entities/park.entity';
import { User } from '../apps/api/src/modules/users/entities/user.entity';
import { MembershipApplication } from '../apps/api/src/modules/membership/entities/membership-application.entity';
import { Post } from '../apps/api/src/modules/posts/entities/post.entity';
import { renderMarkdown } from '../apps/api/src/modules/posts/markdown';
import { zhGramsOf } from '../apps/api/src/modules/posts/post-search';
import { Follow } from '../apps/api/src/modules/notifications/entities/follow.entity';
import { Notification } from '../apps/api/src/modules/notifications/entities/notification.entity';
import { FinancingDeclaration } from '../apps/api/src/modules/financing/entities/financing-declaration.entity';
import { FinancingMessage } from '../apps/api/src/modules/financing/entities/financing-message.entity';
import { FinancingOffer } from '../apps/api/src/modules/financing/entities/financing-offer.entity';
import { FinancingRequest } from '../apps/api/src/modules/financing/entities/financing-request.entity';
import { FinancingReview } from '../apps/api/src/modules/financing/entities/financing-review.entity';
import { FinancingRevision } from '../apps/api/src/modules/financing/entities/financing-revision.entity';
import {
  DEMO_FINANCING_DECLARATIONS,
  DEMO_FINANCING_MESSAGES,
  DEMO_FINANCING_NOTIFICATIONS,
  DEMO_FINANCING_OFFERS,
  DEMO_FINANCING_REQUESTS,
  DEMO_FINANCING_REVIEWS,
  DEMO_FINANCING_REVISIONS,
} from './demo-financing';
import { PolicyBrief } from '../apps/api/src/modules/policy-briefs/entities/policy-brief.entity';
import { PolicyBriefComment } from '../apps/api/src/modules/policy-briefs/entities/policy-brief-comment.entity';
import { PolicyBriefVersion } from '../apps/api/src/modules/policy-briefs/entities/policy-brief-version.entity';
import { DEMO_FOLLOWS, DEMO_NOTIFICATIONS, DEMO_POSTS, JAKARTA_CONFERENCE_2019 } from './demo-posts';
import {
  DEMO_ALERT_NOTIFICATIONS,
  DEMO_ALERT_ORGANIZATIONS,
  DEMO_ALERT_RECIPIENTS,
  DEMO_ALERT_UPDATES,
  DEMO_ALERTS,
} from './demo-alerts';
import { seedCooperationDeals } from './demo-cooperation-deals';
import { seedMatchDismissals } from './demo-cooperation-matches';
import { seedMeetings } from './demo-meetings';
import { seedInitiatives } from './demo-initiatives';
import { seedAgreements } from './demo-agreements';
import { seedAgreementServices } from './demo-agreement-services';
import { DEMO_GOVERNMENT_BODIES, DEMO_ISSUE_CASES, DEMO_MEMBER_ISSUES } from './demo-issues';
import { DEMO_COOPERATION_PROJECTS } from './demo-cooperation';
import { CooperationProject } from '../apps/api/src/modules/cooperation/entities/cooperation-project.entity';
import { GovernmentBody } from '../apps/api/src/modules/member-issues/entities/government-body.entity';
import { IssueCase } from '../apps/api/src/modules/member-issues/entities/issue-case.entity';
import { MemberIssue } from '../apps/api/src/modules/member-issues/entities/member-issue.entity';
import { DEMO_BRIEF_COMMENTS, DEMO_BRIEFS, DEMO_COUNTRY_NOTES, DEMO_RATINGS } from './demo-policy';
import { CountryProfile } from '../apps/api/src/modules/countries/entities/country-profile.entity';
import { CountryRating } from '../apps/api/src/modules/countries/entities/country-rating.entity';
import { RiskAlertOrganization } from '../apps/api/src/modules/risk-alerts/entities/risk-alert-organization.entity';
import { RiskAlertRecipient } from '../apps/api/src/modules/risk-alerts/entities/risk-alert-recipient.entity';
import { RiskAlertUpdate } from '../apps/api/src/modules/risk-alerts/entities/risk-alert-update.entity';
import { RiskAlert } from '../apps/api/src/modules/risk-alerts/entities/risk-alert.entity';
import {
  APPROVED_APPLICATION,
  DEMO_ACCOUNTS,
  DEMO_APPLICATIONS,
  DEMO_ORGANIZATIONS,
  DEMO_PARKS,
  DEMO_PASSWORD,
} from './demo-data';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-data';

/**
 * Inserts the demo organizations, parks and accounts that are missing, by fixed id. Existing
 * rows are left as they are, so running it twice changes nothing. Returns how many rows it created.
 */
export async function seedDemoData(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const insertMissing = async <T extends ObjectLiteral>(
      entity: EntityTarget<T>,
      rows: QueryDeepPartialEntity<T>[],
    ) => {
      if (rows.length === 0) return 0;
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(rows)
        .orIgnore()
        .returning('*')
        .execute();
      return (result.raw as unknown[]).length;
    };
    let created = await insertMissing(
      Organization,
      DEMO_ORGANIZATIONS.map((o) => ({
        ...o,
        status: 'active' as const,
        contactName: 'Membership liaison',
        contactEmail: `members-${o.id.slice(-3)}@example.org`,
      })),
    );
    created += await insertMissing(Park, DEMO_PARKS);
    created += await insertMissing(
      MembershipApplication,
      DEMO_APPLICATIONS.map((a) => ({ ...a, createdAt: a.termsAcceptedAt })),
    );
    // References the public form hands out continue after the demo ones.
    await manager.query(
      `SELECT setval('membership_application_reference_seq', GREATEST((SELECT last_value FROM membership_application_reference_seq), $1))`,
      [DEMO_APPLICATIONS.length],
    );

    const existing = new Set((await manager.findBy(User, {})).map((u) => u.id));
    const missing = DEMO_ACCOUNTS.filter((a) => !existing.has(a.id));
    const passwordHash = missing.length ? await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id }) : null;
    created += await insertMissing(
      User,
      missing.map(({ description: _d, ...a }) => ({ ...a, status: 'active' as const, passwordHash })),
    );
    // The Nanjing institute's application was approved: it is the member ORG.nanjing (once; a
    // database seeded before keeps its decision).
    await manager.query(
      `UPDATE membership_applications SET status = 'approved', organization_id = $2, decided_by_user_id = $3, decided_at = $4
        WHERE id = $1 AND status = 'pending'`,
      [
        APPROVED_APPLICATION.id,
        APPROVED_APPLICATION.organizationId,
        APPROVED_APPLICATION.decidedByUserId,
        APPROVED_APPLICATION.decidedAt,
      ],
    );
    created += await insertMissing(
      Post,
      DEMO_POSTS.map((p) => {
        const en = renderMarkdown(p.bodyEn);
        const zh = renderMarkdown(p.bodyZh);
        return {
          ...p,
          status: 'published' as const,
          bodyHtmlEn: en.html,
          bodyHtmlZh: zh.html,
          excerptEn: en.excerpt,
          excerptZh: zh.excerpt,
          zhGrams: zhGramsOf(p.titleZh, p.bodyZh),
          createdAt: p.publishedAt,
        };
      }),
    );
    // The Jakarta conference's reported figures reach a database seeded before they existed (once: figures
    // an organizer has set since are kept).
    const jakarta = DEMO_POSTS.find((p) => p.id === JAKARTA_CONFERENCE_2019);
    await manager.query(
      `UPDATE posts SET event_reported_attendees = $2, event_reported_organizations = $3
        WHERE id = $1 AND event_reported_attendees IS NULL AND event_reported_organizations IS NULL`,
      [JAKARTA_CONFERENCE_2019, jakarta?.eventReportedAttendees ?? null, jakarta?.eventReportedOrganizations ?? null],
    );
    created += await insertMissing(Follow, DEMO_FOLLOWS);
    created += await insertMissing(Notification, DEMO_NOTIFICATIONS);
    // A request points at its accepted review, which points back at it: the pointer is set once both exist.
    created += await insertMissing(
      FinancingRequest,
      DEMO_FINANCING_REQUESTS.map(({ acceptedReviewId: _accepted, ...r }) => ({
        ...r,
        updatedAt: r.decidedAt ?? r.submittedAt ?? r.createdAt,
      })),
    );
    created += await insertMissing(FinancingRevision, DEMO_FINANCING_REVISIONS);
    created += await insertMissing(
      FinancingReview,
      DEMO_FINANCING_REVIEWS.map((r) => ({ ...r, updatedAt: r.decidedAt ?? r.openedAt ?? r.createdAt })),
    );
    for (const r of DEMO_FINANCING_REQUESTS.filter((d) => d.acceptedReviewId)) {
      await manager.query(
        'UPDATE financing_requests SET accepted_review_id = $2 WHERE id = $1 AND accepted_review_id IS NULL',
        [r.id, r.acceptedReviewId],
      );
    }
    created += await insertMissing(FinancingDeclaration, DEMO_FINANCING_DECLARATIONS);
    created += await insertMissing(FinancingMessage, DEMO_FINANCING_MESSAGES);
    created += await insertMissing(FinancingOffer, DEMO_FINANCING_OFFERS);
    created += await insertMissing(Notification, DEMO_FINANCING_NOTIFICATIONS);
    created += await seedBriefs(insertMissing);
    created += await insertMissing(RiskAlert, DEMO_ALERTS);
    created += await insertMissing(RiskAlertUpdate, DEMO_ALERT_UPDATES);
    created += await insertMissing(RiskAlertOrganization, DEMO_ALERT_ORGANIZATIONS);
    created += await insertMissing(RiskAlertRecipient, DEMO_ALERT_RECIPIENTS);
    created += await insertMissing(Notification, DEMO_ALERT_NOTIFICATIONS);
    created += await seedIssues(insertMissing, manager);
    created += await insertMissing(CooperationProject, DEMO_COOPERATION_PROJECTS);
    // After the cooperation projects (seeds/demo-cooperation.ts), whose expressions and deals these are.
    created += await seedCooperationDeals(manager);
    // After the cooperation projects: a dismissal is written only once its project exists.
    created += await seedMatchDismissals(manager);
    // After the posts (the 2027 promotion conference is one) and the cooperation data: the conference's
    // registrations, its B2B meetings programme, availability and meeting requests (seeds/demo-meetings.ts).
    created += await seedMeetings(manager);
    created += await seedInitiatives(manager);
    // After the organizations: the partner agreements of 12 May 2021 and their sample commitments (seeds/demo-agreements.ts).
    created += await seedAgreements(manager);
    // After the agreements: their sample services, requests in each state, ratings (seeds/demo-agreement-services.ts).
    created += await seedAgreementServices(manager);
    return created;
  });
}

type InsertMissing = <T extends ObjectLiteral>(
  entity: EntityTarget<T>,
  rows: QueryDeepPartialEntity<T>[],
) => Promise<number>;

/** Policy briefs with their versions and review thread (each brief keeps a copy of the version it shows); country ratings and notes. */
async function seedBriefs(insertMissing: InsertMissing): Promise<number> {
  let created = await insertMissing(
    PolicyBrief,
    DEMO_BRIEFS.map(({ versions, ...brief }) => {
      const published = versions.filter((v) => v.status === 'published');
      const latest = published.at(-1);
      const working = versions.find((v) => v.status !== 'published') ?? null;
      const shown = latest ?? (working as (typeof versions)[number]);
      return {
        ...brief,
        publishedVersion: latest?.number ?? null,
        workingVersion: working?.number ?? null,
        workingStatus: working?.status ?? null,
        titleEn: shown.titleEn,
        titleZh: shown.titleZh,
        summaryEn: shown.summaryEn,
        summaryZh: shown.summaryZh,
        bodyEn: shown.bodyEn,
        bodyZh: shown.bodyZh,
        zhGrams: zhGramsOf(shown.titleZh, shown.summaryZh, shown.bodyZh),
        publishedAt: published[0]?.publishedAt ?? null,
        updatedAt:
          [...versions].reverse().find((v) => v.publishedAt ?? v.submittedAt)?.publishedAt ??
          shown.submittedAt ??
          brief.createdAt,
      };
    }),
  );
  created += await insertMissing(
    PolicyBriefVersion,
    DEMO_BRIEFS.flatMap((brief) =>
      brief.versions.map((v) => ({
        ...v,
        briefId: brief.id,
        countries: brief.countries,
        topics: brief.topics,
        audience: brief.audience,
        bodyHtmlEn: renderMarkdown(v.bodyEn).html,
        bodyHtmlZh: renderMarkdown(v.bodyZh).html,
        createdAt: v.submittedAt ?? brief.createdAt,
        updatedAt: v.publishedAt ?? v.submittedAt ?? brief.createdAt,
      })),
    ),
  );
  created += await insertMissing(PolicyBriefComment, DEMO_BRIEF_COMMENTS);
  created += await insertMissing(CountryRating, DEMO_RATINGS);
  created += await insertMissing(
    CountryProfile,
    DEMO_COUNTRY_NOTES.map((n) => ({
      ...n,
      notesHtmlEn: renderMarkdown(n.notesEn).html,
      notesHtmlZh: renderMarkdown(n.notesZh).html,
      updatedByUserId: '00000000-0000-4000-8000-000000000101',
    })),
  );
  return created;
}

/** The member issues log: the government bodies of the public record, cases and members' issues. */
async function seedIssues(insertMissing: InsertMissing, manager: EntityManager): Promise<number> {
  let created = await insertMissing(GovernmentBody, DEMO_GOVERNMENT_BODIES);
  created += await insertMissing(IssueCase, DEMO_ISSUE_CASES);
  created += await insertMissing(MemberIssue, DEMO_MEMBER_ISSUES);
  // References handed out later continue after the demo ones.
  for (const [sequence, count] of [
    ['member_issue_reference_seq', DEMO_MEMBER_ISSUES.length],
    ['issue_case_reference_seq', DEMO_ISSUE_CASES.length],
  ] as const)
    await manager.query(`SELECT setval('${sequence}', GREATEST((SELECT last_value FROM ${sequence}), $1))`, [count]);
  return created;
}
