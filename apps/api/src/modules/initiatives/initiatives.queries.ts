import { Injectable } from '@nestjs/common';
import type {
  EndorsementProposalStatus,
  EndorsementStatus,
  InitiativeStatus,
  MembershipStatus,
} from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { EndorsementProposal } from './entities/endorsement-proposal.entity';
import { Endorsement } from './entities/endorsement.entity';
import { Initiative, type InitiativePrinciple } from './entities/initiative.entity';

/** An initiative's row as the reads select it, with its count of public signatories. */
export interface InitiativeRow {
  id: string;
  title_en: string | null;
  title_zh: string | null;
  status: InitiativeStatus;
  opens_on: string | null;
  closes_on: string | null;
  scheduled: boolean;
  target_organizations: number | null;
  endorsements: number;
}

export interface InitiativeDetailRow extends InitiativeRow {
  preamble_en: string | null;
  preamble_zh: string | null;
  principles: InitiativePrinciple[];
  published_at: Date | null;
  closed_at: Date | null;
  version: number;
  /** The reader's organization's endorsement and pending proposal (JSON), when asked for. */
  endorsement: EndorsementJson | null;
  proposal: ProposalJson | null;
}

export interface EndorsementJson {
  id: string;
  organizationId: string;
  status: EndorsementStatus;
  statementEn: string | null;
  statementZh: string | null;
  endorsedAt: string;
  nameEn: string | null;
  nameZh: string | null;
  country: string | null;
  signedByName: string | null;
}

export interface ProposalJson {
  id: string;
  status: EndorsementProposalStatus;
  note: string | null;
  createdAt: string;
  proposedByName: string | null;
}

export interface SignatoryRow {
  organization_id: string;
  name_en: string | null;
  name_zh: string | null;
  country: string | null;
  endorsed_at: Date;
  statement_en: string | null;
  statement_zh: string | null;
  total: number;
}

export interface SignatoryExportRow extends Omit<SignatoryRow, 'total'> {
  signed_by: string | null;
  status: EndorsementStatus;
  membership: MembershipStatus;
}

/** Endorsements that count in public: endorsed, by an organization that is an active member. */
const PUBLIC_ENDORSEMENTS = `
  FROM endorsements e JOIN organizations o ON o.id = e.organization_id
 WHERE e.status = 'endorsed' AND o.status = 'active'`;

const COUNT = (initiative: string) =>
  `(SELECT COUNT(*)::int ${PUBLIC_ENDORSEMENTS} AND e.initiative_id = ${initiative})`;

const SUMMARY_COLUMNS = `i.id, i.title_en, i.title_zh, i.status, i.opens_on::text AS opens_on, i.closes_on::text AS closes_on,
  i.scheduled, i.target_organizations, ${COUNT('i.id')} AS endorsements`;

/** The SQL of initiatives: reads for everyone (drafts for the secretariat), locks for the steps, the job's picks. */
@Injectable()
export class InitiativesQueries {
  /**
   * A page of initiatives, newest opening first, with their counts and the total: one statement. With
   * `endorsed`, only those `organizationId` endorses now (true), or those open for endorsement that it
   * does not (false): one probe of the endorsements' unique index per initiative.
   */
  async page(
    manager: EntityManager,
    filter: {
      includeDrafts: boolean;
      status?: InitiativeStatus;
      endorsed?: { by: string | null; now: boolean };
    },
    page: { page: number; limit: number },
  ): Promise<{ rows: InitiativeRow[]; total: number }> {
    const endorsedNow = `EXISTS (SELECT 1 FROM endorsements oe
                                  WHERE oe.initiative_id = i.id AND oe.organization_id = $3 AND oe.status = 'endorsed')`;
    const where = `($1::boolean OR i.status <> 'draft') AND ($2::initiative_status IS NULL OR i.status = $2)
      AND ($4::boolean IS NULL OR ($4 AND ${endorsedNow})
           OR (NOT $4 AND i.status = 'open_for_endorsement' AND NOT ${endorsedNow}))`;
    const params = [
      filter.includeDrafts,
      filter.status ?? null,
      filter.endorsed?.by ?? null,
      filter.endorsed ? filter.endorsed.now : null,
    ];
    const rows = (await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, COUNT(*) OVER ()::int AS total
         FROM initiatives i
        WHERE ${where}
        ORDER BY i.opens_on DESC NULLS FIRST, i.created_at DESC, i.id
        LIMIT $5 OFFSET $6`,
      [...params, page.limit, (page.page - 1) * page.limit],
    )) as (InitiativeRow & { total: number })[];
    if (rows.length === 0 && page.page > 1) {
      const [count] = (await manager.query(
        `SELECT COUNT(*)::int AS total FROM initiatives i WHERE ${where}`,
        params,
      )) as { total: number }[];
      return { rows, total: count.total };
    }
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /**
   * One initiative (drafts only when `includeDrafts`), with its count and, for a member organization,
   * its endorsement and pending proposal: one statement.
   */
  async detail(
    manager: EntityManager,
    id: string,
    includeDrafts: boolean,
    organizationId: string | null,
  ): Promise<InitiativeDetailRow | null> {
    const [row] = (await manager.query(
      `SELECT ${SUMMARY_COLUMNS}, i.preamble_en, i.preamble_zh, i.principles, i.published_at, i.closed_at, i.version,
              (SELECT json_build_object('id', e.id, 'organizationId', e.organization_id, 'status', e.status,
                        'statementEn', e.statement_en, 'statementZh', e.statement_zh, 'endorsedAt', e.endorsed_at,
                        'nameEn', o.name_en, 'nameZh', o.name_zh, 'country', o.country, 'signedByName', u.display_name)
                 FROM endorsements e JOIN organizations o ON o.id = e.organization_id
                 LEFT JOIN users u ON u.id = e.signed_by_user_id
                WHERE e.initiative_id = i.id AND e.organization_id = $3) AS endorsement,
              (SELECT json_build_object('id', p.id, 'status', p.status, 'note', p.note, 'createdAt', p.created_at,
                        'proposedByName', u.display_name)
                 FROM endorsement_proposals p LEFT JOIN users u ON u.id = p.proposed_by_user_id
                WHERE p.initiative_id = i.id AND p.organization_id = $3 AND p.status = 'pending') AS proposal
         FROM initiatives i
        WHERE i.id = $1 AND ($2::boolean OR i.status <> 'draft')`,
      [id, includeDrafts, organizationId],
    )) as InitiativeDetailRow[];
    return row ?? null;
  }

  /** A page of the public signatories, in the order they signed, with the total: one statement. */
  async signatories(
    manager: EntityManager,
    id: string,
    page: { page: number; limit: number },
  ): Promise<{ rows: SignatoryRow[]; total: number }> {
    const rows = (await manager.query(
      `SELECT e.organization_id, o.name_en, o.name_zh, o.country, e.endorsed_at, e.statement_en, e.statement_zh,
              COUNT(*) OVER ()::int AS total
         ${PUBLIC_ENDORSEMENTS} AND e.initiative_id = $1
        ORDER BY e.endorsed_at, e.id
        LIMIT $2 OFFSET $3`,
      [id, page.limit, (page.page - 1) * page.limit],
    )) as SignatoryRow[];
    if (rows.length === 0 && page.page > 1) {
      const [count] = (await manager.query(`SELECT ${COUNT('$1')} AS total`, [id])) as { total: number }[];
      return { rows, total: count.total };
    }
    return { rows, total: rows[0]?.total ?? 0 };
  }

  /** Every organization's current endorsement, public or not (the secretariat's export marks which). */
  exportRows(manager: EntityManager, id: string): Promise<SignatoryExportRow[]> {
    return manager.query(
      `SELECT e.organization_id, o.name_en, o.name_zh, o.country, e.endorsed_at, e.statement_en, e.statement_zh,
              e.status, o.status AS membership, u.display_name AS signed_by
         FROM endorsements e JOIN organizations o ON o.id = e.organization_id
         LEFT JOIN users u ON u.id = e.signed_by_user_id
        WHERE e.initiative_id = $1 AND e.status = 'endorsed'
        ORDER BY e.endorsed_at, e.id`,
      [id],
    ) as Promise<SignatoryExportRow[]>;
  }

  lockInitiative(manager: EntityManager, id: string): Promise<Initiative | null> {
    return manager.findOne(Initiative, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  lockEndorsement(manager: EntityManager, initiativeId: string, organizationId: string): Promise<Endorsement | null> {
    return manager.findOne(Endorsement, {
      where: { initiativeId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
  }

  lockPendingProposal(
    manager: EntityManager,
    initiativeId: string,
    organizationId: string,
  ): Promise<EndorsementProposal | null> {
    return manager.findOne(EndorsementProposal, {
      where: { initiativeId, organizationId, status: 'pending' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The pending proposals of an initiative (they lapse when it closes). */
  lockPendingProposals(manager: EntityManager, initiativeId: string): Promise<EndorsementProposal[]> {
    return manager.find(EndorsementProposal, {
      where: { initiativeId, status: 'pending' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The active member organizations (every admin of each is told when an initiative opens). */
  async activeMemberOrganizations(manager: EntityManager): Promise<string[]> {
    const rows = (await manager.query(
      `SELECT id FROM organizations WHERE status = 'active' AND type <> 'secretariat'`,
    )) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Published drafts whose opening day has come (in the alliance's time zone), locked; other runners skip them. */
  lockDueToOpen(manager: EntityManager, timeZone: string): Promise<Initiative[]> {
    return manager
      .getRepository(Initiative)
      .createQueryBuilder('i')
      .where(`i.status = 'draft' AND i.scheduled AND i.opens_on <= (now() AT TIME ZONE :tz)::date`, { tz: timeZone })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  /** Open initiatives past their closing day, locked; other runners skip them. */
  lockDueToClose(manager: EntityManager, timeZone: string): Promise<Initiative[]> {
    return manager
      .getRepository(Initiative)
      .createQueryBuilder('i')
      .where(`i.status = 'open_for_endorsement' AND i.closes_on < (now() AT TIME ZONE :tz)::date`, { tz: timeZone })
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }
}
