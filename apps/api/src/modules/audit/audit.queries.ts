import { Injectable } from '@nestjs/common';
import type { AuditEntityType, AuditRecordRef, Paginated } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import type { ListAuditQueryDto } from './dto/audit.dto';
import { AuditEvent } from './entities/audit-event.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface NameRow {
  id: string;
  name_en: string | null;
  name_zh: string | null;
  link: string | null;
}

/**
 * How each kind of record is named in the log (in both languages) and where the secretariat
 * opens it. Financing names a request by its title only: terms and threads stay out of the log.
 */
const NAMES: Record<AuditEntityType, string> = {
  Organization: `SELECT id, name_en, name_zh, '/admin/organizations/' || id AS link FROM organizations WHERE id = ANY($1)`,
  User: `SELECT id, display_name AS name_en, display_name AS name_zh, '/admin/users?q=' || email AS link FROM users WHERE id = ANY($1)`,
  Session: `SELECT s.id, u.display_name AS name_en, u.display_name AS name_zh, NULL AS link FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ANY($1)`,
  MembershipApplication: `SELECT id, reference || ' · ' || coalesce(name_en, name_zh) AS name_en, reference || ' · ' || coalesce(name_zh, name_en) AS name_zh,
      '/admin/membership-applications?q=' || reference AS link FROM membership_applications WHERE id = ANY($1)`,
  Park: `SELECT id, name_en, name_zh, '/parks/' || id AS link FROM parks WHERE id = ANY($1)`,
  Post: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/posts/' || id AS link FROM posts WHERE id = ANY($1)`,
  Attachment: `SELECT id, file_name AS name_en, file_name AS name_zh, NULL AS link FROM attachments WHERE id = ANY($1)`,
  FinancingRequest: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/financing/requests/' || id AS link FROM financing_requests WHERE id = ANY($1)`,
  FinancingReview: `SELECT rv.id,
      coalesce(r.title_en, r.title_zh) || ' · ' || coalesce(o.name_en, o.name_zh) AS name_en,
      coalesce(r.title_zh, r.title_en) || ' · ' || coalesce(o.name_zh, o.name_en) AS name_zh,
      '/financing/requests/' || r.id AS link
    FROM financing_reviews rv JOIN financing_requests r ON r.id = rv.request_id JOIN organizations o ON o.id = rv.organization_id
    WHERE rv.id = ANY($1)`,
  PolicyBrief: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/policy/briefs/' || id AS link FROM policy_briefs WHERE id = ANY($1)`,
  // A country's profile is named by its ISO code.
  CountryProfile: `SELECT country AS id, country AS name_en, country AS name_zh, '/policy/countries/' || country AS link FROM country_profiles WHERE country = ANY($1)`,
  CountryRating: `SELECT id, country || ' · ' || grade AS name_en, country || ' · ' || grade AS name_zh, '/policy/countries/' || country AS link FROM country_ratings WHERE id = ANY($1)`,
  RiskAlert: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/policy/alerts/' || id AS link FROM risk_alerts WHERE id = ANY($1)`,
  MemberIssue: `SELECT id, reference || ' · ' || coalesce(title_en, title_zh) AS name_en, reference || ' · ' || coalesce(title_zh, title_en) AS name_zh,
      '/policy/issues/' || id AS link FROM member_issues WHERE id = ANY($1)`,
  IssueCase: `SELECT id, reference || ' · ' || coalesce(title_en, title_zh) AS name_en, reference || ' · ' || coalesce(title_zh, title_en) AS name_zh,
      '/policy/cases/' || id AS link FROM issue_cases WHERE id = ANY($1)`,
  GovernmentBody: `SELECT id, coalesce(name_en, name_zh) AS name_en, coalesce(name_zh, name_en) AS name_zh, '/policy/government-bodies' AS link FROM government_bodies WHERE id = ANY($1)`,
  CooperationProject: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/cooperation/projects/' || id AS link FROM cooperation_projects WHERE id = ANY($1)`,
  // Expressions and deals are named by their project and the interested organization; the log never holds their messages.
  ExpressionOfInterest: `SELECT x.id,
      coalesce(p.title_en, p.title_zh) || ' · ' || coalesce(o.name_en, o.name_zh) AS name_en,
      coalesce(p.title_zh, p.title_en) || ' · ' || coalesce(o.name_zh, o.name_en) AS name_zh,
      '/cooperation/projects/' || p.id AS link
    FROM expressions_of_interest x JOIN cooperation_projects p ON p.id = x.project_id JOIN organizations o ON o.id = x.organization_id
    WHERE x.id = ANY($1)`,
  Deal: `SELECT d.id,
      coalesce(p.title_en, p.title_zh) || ' · ' || coalesce(o.name_en, o.name_zh) AS name_en,
      coalesce(p.title_zh, p.title_en) || ' · ' || coalesce(o.name_zh, o.name_en) AS name_zh,
      '/cooperation/deals/' || d.id AS link
    FROM deals d JOIN cooperation_projects p ON p.id = d.project_id JOIN organizations o ON o.id = d.partner_organization_id
    WHERE d.id = ANY($1)`,
  MatchDismissal: `SELECT m.id, coalesce(p.title_en, p.title_zh) AS name_en, coalesce(p.title_zh, p.title_en) AS name_zh, NULL AS link
    FROM match_dismissals m JOIN cooperation_projects p ON p.id = m.project_id WHERE m.id = ANY($1)`,
  // An event's B2B meetings are named by the event; a meeting by the event and its two organizations (never its reason).
  MeetingProgramme: `SELECT p.id, p.title_en AS name_en, p.title_zh AS name_zh, '/events/' || p.id || '/meetings' AS link
    FROM posts p WHERE p.id = ANY($1)`,
  Meeting: `SELECT m.id,
      coalesce(p.title_en, p.title_zh) || ' · ' || coalesce(a.name_en, a.name_zh) || ' – ' || coalesce(b.name_en, b.name_zh) AS name_en,
      coalesce(p.title_zh, p.title_en) || ' · ' || coalesce(a.name_zh, a.name_en) || ' – ' || coalesce(b.name_zh, b.name_en) AS name_zh,
      '/events/' || p.id || '/meetings' AS link
    FROM meetings m JOIN posts p ON p.id = m.post_id
    JOIN organizations a ON a.id = m.requester_organization_id JOIN organizations b ON b.id = m.requested_organization_id
    WHERE m.id = ANY($1)`,
  // An endorsement and a proposal are named by the initiative and the organization.
  Initiative: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/initiatives/' || id AS link FROM initiatives WHERE id = ANY($1)`,
  Endorsement: `SELECT e.id,
      coalesce(i.title_en, i.title_zh) || ' · ' || coalesce(o.name_en, o.name_zh) AS name_en,
      coalesce(i.title_zh, i.title_en) || ' · ' || coalesce(o.name_zh, o.name_en) AS name_zh,
      '/initiatives/' || i.id AS link
    FROM endorsements e JOIN initiatives i ON i.id = e.initiative_id JOIN organizations o ON o.id = e.organization_id
    WHERE e.id = ANY($1)`,
  EndorsementProposal: `SELECT p.id,
      coalesce(i.title_en, i.title_zh) || ' · ' || coalesce(o.name_en, o.name_zh) AS name_en,
      coalesce(i.title_zh, i.title_en) || ' · ' || coalesce(o.name_zh, o.name_en) AS name_zh,
      '/initiatives/' || i.id AS link
    FROM endorsement_proposals p JOIN initiatives i ON i.id = p.initiative_id JOIN organizations o ON o.id = p.organization_id
    WHERE p.id = ANY($1)`,
  PartnerAgreement: `SELECT id, title_en AS name_en, title_zh AS name_zh, '/agreements/' || id AS link
    FROM partner_agreements WHERE id = ANY($1)`,
  AgreementCommitment: `SELECT c.id, c.title_en AS name_en, c.title_zh AS name_zh, '/agreements/' || c.agreement_id AS link
    FROM agreement_commitments c WHERE c.id = ANY($1)`,
  AgreementDocument: `SELECT d.id, d.title_en AS name_en, d.title_zh AS name_zh, '/agreements/' || d.agreement_id AS link
    FROM agreement_documents d WHERE d.id = ANY($1)`,
  AgreementService: `SELECT s.id, s.name_en, s.name_zh, '/agreements/' || s.agreement_id || '/services' AS link
    FROM agreement_services s WHERE s.id = ANY($1)`,
  ServiceRequest: `SELECT r.id, s.name_en, s.name_zh, '/services/requests/' || r.id AS link
    FROM service_requests r JOIN agreement_services s ON s.id = r.service_id WHERE r.id = ANY($1)`,
  AnnualReport: `SELECT id, 'Annual report ' || year || ' (' || language || ')' AS name_en, year || '年度报告（' || language || '）' AS name_zh,
      '/admin/annual-reports?report=' || id AS link FROM annual_reports WHERE id = ANY($1)`,
};

export interface AuditNames {
  record(event: AuditEvent): AuditRecordRef | null;
  actor(event: AuditEvent): string | null;
  organization(event: AuditEvent): { id: string; nameEn: string | null; nameZh: string | null } | null;
}

/** The SQL of the audit log: its filtered pages, and the names of what the events are about. */
@Injectable()
export class AuditQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the events matching the filters, newest first. */
  page(query: ListAuditQueryDto): Promise<Paginated<AuditEvent>> {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.action?.endsWith('.')) qb.andWhere('e.action LIKE :prefix', { prefix: `${escapeLike(query.action)}%` });
    else if (query.action) qb.andWhere('e.action = :action', { action: query.action });
    if (query.entityType) qb.andWhere('e.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('e.entityId = :entityId', { entityId: query.entityId });
    if (query.actorUserId) qb.andWhere('e.actorUserId = :actor', { actor: query.actorUserId });
    if (query.organizationId) qb.andWhere('e.organizationId = :org', { org: query.organizationId });
    if (query.from) qb.andWhere('e.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.occurredAt <= :to', { to: query.to });
    qb.orderBy('e.occurredAt', 'DESC').addOrderBy('e.id', 'DESC');
    return paginate(qb, query, (event) => event);
  }

  /** The names of the records, actors and organizations of a page of events, in one statement. */
  async names(events: AuditEvent[]): Promise<AuditNames> {
    const byType = new Map<AuditEntityType, Set<string>>();
    for (const event of events) {
      if (!event.entityId || !UUID.test(event.entityId) || !(event.entityType in NAMES)) continue;
      const type = event.entityType as AuditEntityType;
      byType.set(type, (byType.get(type) ?? new Set()).add(event.entityId));
    }
    const actorIds = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
    const orgIds = [...new Set(events.flatMap((e) => (e.organizationId ? [e.organizationId] : [])))];
    // Each kind's names as (kind, id, name_en, name_zh, link), its ids the statement's next parameter.
    const parts: string[] = [];
    const parameters: string[][] = [];
    const part = (kind: string, sql: string, ids: string[]) => {
      parameters.push(ids);
      const inner = sql.replace(/\$1\b/g, `$${parameters.length}`);
      parts.push(`SELECT '${kind}' AS kind, q.id::text AS id, q.name_en::text AS name_en, q.name_zh::text AS name_zh,
                         q.link::text AS link FROM (${inner}) q`);
    };
    for (const [type, ids] of byType) part(type, NAMES[type], [...ids]);
    if (actorIds.length)
      part(
        'actor',
        'SELECT id, display_name AS name_en, NULL AS name_zh, NULL AS link FROM users WHERE id = ANY($1)',
        actorIds,
      );
    if (orgIds.length)
      part('organization', 'SELECT id, name_en, name_zh, NULL AS link FROM organizations WHERE id = ANY($1)', orgIds);
    const rows = parts.length
      ? ((await this.dataSource.query(parts.join(' UNION ALL '), parameters)) as (NameRow & { kind: string })[])
      : [];
    const records = new Map<string, AuditRecordRef>();
    const actors = new Map<string, string | null>();
    const orgs = new Map<string, { id: string; nameEn: string | null; nameZh: string | null }>();
    for (const row of rows) {
      if (row.kind === 'actor') actors.set(row.id, row.name_en);
      else if (row.kind === 'organization') orgs.set(row.id, { id: row.id, nameEn: row.name_en, nameZh: row.name_zh });
      else records.set(`${row.kind}:${row.id}`, { nameEn: row.name_en, nameZh: row.name_zh, link: row.link });
    }
    return {
      record: (event) => (event.entityId ? (records.get(`${event.entityType}:${event.entityId}`) ?? null) : null),
      actor: (event) => (event.actorUserId ? (actors.get(event.actorUserId) ?? null) : null),
      organization: (event) => (event.organizationId ? (orgs.get(event.organizationId) ?? null) : null),
    };
  }
}
