import { Injectable } from '@nestjs/common';
import {
  AGREEMENT_MEMBER_STATUSES,
  AGREEMENT_REMINDER_DAYS,
  type AgreementPartyDto,
  type AgreementReminderSubject,
  type OrganizationType,
  type Paginated,
} from '@alliance/contracts';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { escapeLike } from '../../common/database/sql';
import { paginate } from '../../common/pagination/page-query.dto';
import { DOCUMENT_RECORD, readsAll } from './agreement-records';
import { AgreementCommitment } from './entities/agreement-commitment.entity';
import { AgreementDocument } from './entities/agreement-document.entity';
import { PartnerAgreement } from './entities/partner-agreement.entity';
import type { ListAgreementsQueryDto } from './dto/agreement.dto';

/** Words of a title query matched one by one (more are ignored). */
const MAX_WORDS = 8;

const MEMBER_STATUSES = AGREEMENT_MEMBER_STATUSES.map((s) => `'${s}'`).join(', ');
const IS_COUNTERPARTY = (a: string) =>
  `EXISTS (SELECT 1 FROM partner_agreement_counterparties vc WHERE vc.agreement_id = ${a}.id AND vc.organization_id = :viewerOrg)`;

/**
 * Who reads which agreement: visitors the active ones (their summary); members the signed ones (signed,
 * active, expired, terminated), and a counterparty also those it is negotiating; the secretariat all,
 * drafts included. Any other is a 404, exactly as if it did not exist.
 */
export function visibleAgreements<T extends PartnerAgreement>(
  qb: SelectQueryBuilder<T>,
  viewer: AuthenticatedUser | null,
  a = 'a',
): SelectQueryBuilder<T> {
  if (!viewer) return qb.andWhere(`${a}.status = 'active'`);
  if (readsAll(viewer)) return qb;
  return qb.andWhere(
    `(${a}.status IN (${MEMBER_STATUSES}) OR (${a}.status = 'negotiating' AND ${IS_COUNTERPARTY(a)}))`,
    {
      viewerOrg: viewer.organization.id,
    },
  );
}

/** Every word of `text` in the English or the Chinese title (the list's and the search box's match). */
export function agreementTitleWords<T extends PartnerAgreement>(qb: SelectQueryBuilder<T>, text: string, a = 'a') {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  words.forEach((word, i) =>
    qb.andWhere(`(${a}.title_en ILIKE :agreementWord${i} OR ${a}.title_zh ILIKE :agreementWord${i})`, {
      [`agreementWord${i}`]: `%${escapeLike(word)}%`,
    }),
  );
  return qb;
}

/** A counterparty as its row comes from SQL. */
interface PartyRow {
  agreement_id: string;
  id: string;
  name_en: string | null;
  name_zh: string | null;
  type: OrganizationType;
}

const party = (row: PartyRow): AgreementPartyDto => ({
  id: row.id,
  nameEn: row.name_en,
  nameZh: row.name_zh,
  type: row.type,
});

/** A reminder the job claimed: its row is in, so no other run sends it. */
export interface ClaimedReminder {
  subject: AgreementReminderSubject;
  record_id: string;
  agreement_id: string;
  target_date: string;
  days_before: number;
}

/** What a claimed reminder tells: the agreement's or the commitment's title, and who is told besides the secretariat. */
export interface ReminderFacts {
  agreement_title_en: string | null;
  agreement_title_zh: string | null;
  commitment_title_en: string | null;
  commitment_title_zh: string | null;
  /** The counterparties whose admins are told. */
  organization_ids: string[];
}

/** A document with its versions' files, as `documents` reads it. */
export interface DocumentRow {
  id: string;
  agreement_id: string;
  title_en: string | null;
  title_zh: string | null;
  created_at: Date;
  files: { id: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string; createdAt: string }[];
}

/** The SQL of partner agreements: lists by scope, an agreement as its reader may open it, locks, the jobs' claims. */
@Injectable()
export class AgreementsQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** A page of the agreements `viewer` may read, newest signature first (drafts by their creation). */
  async list(
    viewer: AuthenticatedUser | null,
    query: ListAgreementsQueryDto,
    today: string,
  ): Promise<Paginated<{ agreement: PartnerAgreement; counterparties: AgreementPartyDto[] }>> {
    const qb = visibleAgreements(this.dataSource.getRepository(PartnerAgreement).createQueryBuilder('a'), viewer);
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.expiringWithinDays) {
      // Signed or active, expiring within the days (those whose date has passed but the job has not yet expired too).
      qb.andWhere(`a.status IN ('signed', 'active') AND a.expires_on <= CAST(:today AS date) + CAST(:days AS int)`, {
        today,
        days: query.expiringWithinDays,
      });
    }
    if (query.kind) qb.andWhere('a.kind = :kind', { kind: query.kind });
    // Commitments are their parties' only: a member filters by its own organization's, a visitor finds none.
    if (query.commitments && !viewer) qb.andWhere('1 = 0');
    else if (query.commitments && viewer) {
      const own = readsAll(viewer) ? '' : `AND c.organization_id = :viewerOrg AND ${IS_COUNTERPARTY('a')}`;
      const overdue = query.commitments === 'overdue' ? 'AND c.due_on < :today' : '';
      qb.andWhere(
        `EXISTS (SELECT 1 FROM agreement_commitments c WHERE c.agreement_id = a.id AND c.status = 'open' ${overdue} ${own})`,
        { today, viewerOrg: viewer.organization.id },
      );
    }
    if (query.mine && viewer) qb.andWhere(IS_COUNTERPARTY('a'), { viewerOrg: viewer.organization.id });
    if (query.q) agreementTitleWords(qb, query.q);
    qb.orderBy('a.signed_on', 'DESC', 'NULLS FIRST').addOrderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC');
    const page = await paginate(qb, query, (row) => row);
    const parties = await this.counterpartiesOf(
      this.dataSource.manager,
      page.items.map((a) => a.id),
    );
    return {
      ...page,
      items: page.items.map((agreement) => ({ agreement, counterparties: parties.get(agreement.id) ?? [] })),
    };
  }

  /** The agreement if `viewer` may open it (null: not found, or not for them). */
  openable(manager: EntityManager, viewer: AuthenticatedUser | null, id: string): Promise<PartnerAgreement | null> {
    const qb = manager.getRepository(PartnerAgreement).createQueryBuilder('a').where('a.id = :id', { id });
    return visibleAgreements(qb, viewer).getOne();
  }

  /** The agreement locked for a change, if `viewer` may open it. */
  locked(manager: EntityManager, viewer: AuthenticatedUser, id: string): Promise<PartnerAgreement | null> {
    const qb = manager
      .getRepository(PartnerAgreement)
      .createQueryBuilder('a')
      .where('a.id = :id', { id })
      .setLock('pessimistic_write');
    return visibleAgreements(qb, viewer).getOne();
  }

  /** The counterparties of each agreement, in the order they are named (one statement). */
  async counterpartiesOf(manager: EntityManager, agreementIds: string[]): Promise<Map<string, AgreementPartyDto[]>> {
    const byAgreement = new Map<string, AgreementPartyDto[]>(agreementIds.map((id) => [id, []]));
    if (agreementIds.length === 0) return byAgreement;
    const rows = (await manager.query(
      `SELECT c.agreement_id, o.id, o.name_en, o.name_zh, o.type
         FROM partner_agreement_counterparties c JOIN organizations o ON o.id = c.organization_id
        WHERE c.agreement_id = ANY($1::uuid[])
        ORDER BY c.agreement_id, c.position, o.id`,
      [agreementIds],
    )) as PartyRow[];
    for (const row of rows) byAgreement.get(row.agreement_id)?.push(party(row));
    return byAgreement;
  }

  /** The ids of organizations among `ids` that may be counterparties: active members, never the secretariat. */
  async eligibleCounterparties(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    const rows = (await manager.query(
      `SELECT id FROM organizations WHERE id = ANY($1::uuid[]) AND status = 'active' AND type <> 'secretariat'`,
      [ids],
    )) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  /** Replaces an agreement's counterparties, in order. */
  async setCounterparties(manager: EntityManager, agreementId: string, ids: string[]): Promise<void> {
    await manager.query(`DELETE FROM partner_agreement_counterparties WHERE agreement_id = $1`, [agreementId]);
    if (ids.length === 0) return;
    await manager.query(
      `INSERT INTO partner_agreement_counterparties (agreement_id, organization_id, position)
       SELECT $1, id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)`,
      [agreementId, ids],
    );
  }

  /** The ids of an agreement's counterparties. */
  async counterpartyIds(manager: EntityManager, agreementId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT organization_id FROM partner_agreement_counterparties WHERE agreement_id = $1 ORDER BY position`,
      [agreementId],
    )) as { organization_id: string }[];
    return rows.map((r) => r.organization_id);
  }

  /** Whether `viewer` is a party to an agreement it may open: the secretariat, or one of its counterparties. */
  async isParty(manager: EntityManager, viewer: AuthenticatedUser | null, agreementId: string): Promise<boolean> {
    if (!viewer) return false;
    const qb = manager
      .getRepository(PartnerAgreement)
      .createQueryBuilder('a')
      .select('a.id')
      .where('a.id = :id', { id: agreementId });
    visibleAgreements(qb, viewer);
    if (!readsAll(viewer)) qb.andWhere(IS_COUNTERPARTY('a'), { viewerOrg: viewer.organization.id });
    return (await qb.getCount()) > 0;
  }

  /** An agreement's commitments by due date, with the counterparty that owns each. */
  commitments(manager: EntityManager, agreementId: string): Promise<AgreementCommitment[]> {
    return manager
      .getRepository(AgreementCommitment)
      .createQueryBuilder('c')
      .leftJoin('c.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh', 'o.type'])
      .where('c.agreement_id = :agreementId', { agreementId })
      .orderBy('c.due_on', 'ASC')
      .addOrderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** One commitment with its owner, in `manager`'s transaction. */
  commitment(manager: EntityManager, id: string): Promise<AgreementCommitment | null> {
    return manager
      .getRepository(AgreementCommitment)
      .createQueryBuilder('c')
      .leftJoin('c.organization', 'o')
      .addSelect(['o.id', 'o.nameEn', 'o.nameZh', 'o.type'])
      .where('c.id = :id', { id })
      .getOne();
  }

  /** A commitment locked for a change, if its agreement is one `viewer` is a party to (else null: 404). */
  async lockedCommitment(
    manager: EntityManager,
    viewer: AuthenticatedUser,
    id: string,
  ): Promise<{ commitment: AgreementCommitment; agreement: PartnerAgreement } | null> {
    const commitment = await manager.findOne(AgreementCommitment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!commitment || !(await this.isParty(manager, viewer, commitment.agreementId))) return null;
    const agreement = await manager.findOneByOrFail(PartnerAgreement, { id: commitment.agreementId });
    return { commitment, agreement };
  }

  /** The counterparties that own commitments of an agreement. */
  async commitmentOwners(manager: EntityManager, agreementId: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT DISTINCT organization_id FROM agreement_commitments WHERE agreement_id = $1 AND organization_id IS NOT NULL`,
      [agreementId],
    )) as { organization_id: string }[];
    return rows.map((r) => r.organization_id);
  }

  /** An agreement's documents, newest first, each with its versions (attachments, oldest first), in one statement. */
  async documents(manager: EntityManager, agreementId: string): Promise<DocumentRow[]> {
    return (await manager.query(
      `SELECT d.id, d.agreement_id, d.title_en, d.title_zh, d.created_at,
              COALESCE(json_agg(json_build_object('id', f.id, 'fileName', f.file_name, 'mimeType', f.mime_type,
                         'sizeBytes', f.size_bytes, 'sha256', f.sha256, 'createdAt', f.created_at)
                       ORDER BY f.position, f.created_at) FILTER (WHERE f.id IS NOT NULL), '[]') AS files
         FROM agreement_documents d
         LEFT JOIN attachments f ON f.record_type = $2 AND f.record_id = d.id
        WHERE d.agreement_id = $1
        GROUP BY d.id
        ORDER BY d.created_at DESC, d.id DESC`,
      [agreementId, DOCUMENT_RECORD],
    )) as DocumentRow[];
  }

  /** A document locked for a new version. */
  lockedDocument(manager: EntityManager, id: string): Promise<AgreementDocument | null> {
    return manager.findOne(AgreementDocument, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The ids of a document's versions, oldest first. */
  async versionIds(manager: EntityManager, documentId: string, recordType: string): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM attachments WHERE record_type = $1 AND record_id = $2 ORDER BY position, created_at`,
      [recordType, documentId],
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** The sniffed type of an upload. */
  async attachmentType(manager: EntityManager, id: string): Promise<string | null> {
    const [row] = (await manager.query(`SELECT mime_type FROM attachments WHERE id = $1`, [id])) as {
      mime_type: string;
    }[];
    return row?.mime_type ?? null;
  }

  /** Whether `viewer` may read a document's files: a party to its agreement. */
  async documentReadable(viewer: AuthenticatedUser | null, documentId: string): Promise<boolean> {
    if (!viewer) return false;
    const doc = await this.dataSource.manager.findOneBy(AgreementDocument, { id: documentId });
    return doc !== null && this.isParty(this.dataSource.manager, viewer, doc.agreementId);
  }

  /** The ids of the secretariat's active organizations. */
  async secretariatIds(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM organizations WHERE type = 'secretariat' AND status = 'active'`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Signed agreements whose effective date has come (and whose expiry has not), locked for the job. */
  dueToActivate(manager: EntityManager, today: string): Promise<PartnerAgreement[]> {
    return manager
      .getRepository(PartnerAgreement)
      .createQueryBuilder('a')
      .where(`a.status = 'signed' AND a.effective_from <= :today`, { today })
      .andWhere('(a.expires_on IS NULL OR a.expires_on > :today)', { today })
      .orderBy('a.effective_from', 'ASC')
      .limit(500)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Signed or active agreements whose expiry date has come, locked for the job. */
  dueToExpire(manager: EntityManager, today: string): Promise<PartnerAgreement[]> {
    return manager
      .getRepository(PartnerAgreement)
      .createQueryBuilder('a')
      .where(`a.status IN ('signed', 'active') AND a.expires_on <= :today`, { today })
      .orderBy('a.expires_on', 'ASC')
      .limit(500)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /**
   * Claims the reminders due today: for each signed or active agreement expiring within 60 days, and
   * each open commitment of one due within 60 days, the nearest of 60, 30 and 7 days that has come. The
   * insert is the claim: the unique index lets one run in, and of two at once the second waits for the
   * first and then inserts nothing (a reminder is never sent twice, whatever the number of replicas).
   */
  async claimReminders(manager: EntityManager, today: string): Promise<ClaimedReminder[]> {
    const days = [...AGREEMENT_REMINDER_DAYS];
    const longest = Math.max(...days);
    const nearest = (date: string) => `(SELECT min(d) FROM unnest($2::int[]) d WHERE ${date} - $1::date <= d)`;
    const rows = (await manager.query(
      `INSERT INTO agreement_reminders (subject, record_id, agreement_id, target_date, days_before)
       SELECT * FROM (
         SELECT 'agreement_expiry'::agreement_reminder_subject, a.id, a.id, a.expires_on, ${nearest('a.expires_on')}
           FROM partner_agreements a
          WHERE a.status IN ('signed', 'active') AND a.expires_on > $1::date AND a.expires_on <= $1::date + $3::int
         UNION ALL
         SELECT 'commitment_due'::agreement_reminder_subject, c.id, c.agreement_id, c.due_on, ${nearest('c.due_on')}
           FROM agreement_commitments c JOIN partner_agreements a ON a.id = c.agreement_id
          WHERE c.status = 'open' AND a.status IN ('signed', 'active')
            AND c.due_on > $1::date AND c.due_on <= $1::date + $3::int
       ) due
       ORDER BY 4, 2
       ON CONFLICT (subject, record_id, target_date, days_before) DO NOTHING
       RETURNING subject, record_id, agreement_id, to_char(target_date, 'YYYY-MM-DD') AS target_date, days_before`,
      [today, days, longest],
    )) as ClaimedReminder[] | [ClaimedReminder[], number];
    return (Array.isArray(rows[0]) ? rows[0] : rows) as ClaimedReminder[];
  }

  /** What a claimed reminder is about and whose admins it tells (a commitment of a counterparty: that one's; else every counterparty's). */
  async reminderFacts(manager: EntityManager, reminder: ClaimedReminder): Promise<ReminderFacts> {
    const [row] = (await manager.query(
      `SELECT a.title_en AS agreement_title_en, a.title_zh AS agreement_title_zh,
              c.title_en AS commitment_title_en, c.title_zh AS commitment_title_zh,
              CASE WHEN c.organization_id IS NOT NULL THEN ARRAY[c.organization_id]
                   ELSE ARRAY(SELECT organization_id FROM partner_agreement_counterparties
                               WHERE agreement_id = a.id ORDER BY position) END AS organization_ids
         FROM partner_agreements a LEFT JOIN agreement_commitments c ON c.id = $2 AND c.agreement_id = a.id
        WHERE a.id = $1`,
      [reminder.agreement_id, reminder.subject === 'commitment_due' ? reminder.record_id : null],
    )) as ReminderFacts[];
    return row;
  }
}
