import { Injectable } from '@nestjs/common';
import { REGISTRATION_STATUSES } from '@alliance/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { EventRegistration } from './entities/event-registration.entity';

/** The SQL of event registrations: seats taken, the reader's registration, the waitlist, the list for the organizer. */
@Injectable()
export class EventsQueries {
  constructor(private readonly dataSource: DataSource) {}

  async counts(manager: EntityManager, postId: string): Promise<{ confirmed: number; waitlisted: number }> {
    const [counts] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'confirmed')::int AS confirmed, count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
         FROM event_registrations WHERE post_id = $1`,
      [postId],
    )) as { confirmed: number; waitlisted: number }[];
    return { confirmed: Number(counts?.confirmed ?? 0), waitlisted: Number(counts?.waitlisted ?? 0) };
  }

  /** The user's registration that is not cancelled (at most one: a unique index keeps it so). */
  live(manager: EntityManager, postId: string, userId: string): Promise<EventRegistration | null> {
    return manager
      .getRepository(EventRegistration)
      .createQueryBuilder('r')
      .where('r.postId = :postId AND r.userId = :userId', { postId, userId })
      .andWhere("r.status <> 'cancelled'")
      .getOne();
  }

  /** The first on the waitlist, locked: the one a freed seat goes to. */
  firstWaitlisted(manager: EntityManager, postId: string): Promise<EventRegistration | null> {
    return manager.findOne(EventRegistration, {
      where: { postId, status: 'waitlisted' },
      order: { createdAt: 'ASC', id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** 1-based place of a waitlisted registration in its event's waitlist. */
  async position(manager: EntityManager, registration: EventRegistration): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM event_registrations w JOIN event_registrations me ON me.id = $1
        WHERE w.post_id = me.post_id AND w.status = 'waitlisted' AND (w.created_at, w.id) <= (me.created_at, me.id)`,
      [registration.id],
    )) as { n: number }[];
    return Number(row?.n ?? 1);
  }

  /** Every registration of an event with who registered: confirmed, then waitlisted, then cancelled. */
  registrations(
    postId: string,
  ): Promise<{ display_name: string; email: string; organization: string; status: string; created_at: Date }[]> {
    return this.dataSource.query(
      `SELECT u.display_name, u.email, coalesce(o.name_en, o.name_zh) AS organization, r.status, r.created_at
         FROM event_registrations r JOIN users u ON u.id = r.user_id JOIN organizations o ON o.id = u.organization_id
        WHERE r.post_id = $1
        ORDER BY array_position($2::registration_status[], r.status), r.created_at`,
      [postId, [...REGISTRATION_STATUSES]],
    );
  }
}
