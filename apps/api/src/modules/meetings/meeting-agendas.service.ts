import { Injectable } from '@nestjs/common';
import type { Locale, MeetingAgendaDto } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound } from '../../common/errors/app-error';
import type { MeetingAgendaQueryDto } from './dto/meeting.dto';
import { slotEnd } from './dto/meeting-response.dto';
import { agendaCalendar } from './meeting-calendar';
import { organizes } from './meeting-records';
import { withProgramme } from './meeting-reads.service';
import { MeetingsQueries } from './meetings.queries';

/**
 * Agendas: a participant reads its organization's once the programme is published (before, an empty
 * one saying so); the organizer reads any organization's at any time. In the event's time zone, as
 * JSON or as an iCalendar file. Two statements.
 */
@Injectable()
export class MeetingAgendasService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queries: MeetingsQueries,
  ) {}

  async agenda(viewer: AuthenticatedUser, eventId: string, query: MeetingAgendaQueryDto): Promise<MeetingAgendaDto> {
    return (await this.load(viewer, eventId, query)).agenda;
  }

  /** The agenda as an iCalendar file in `lang` (the reader's language by default). */
  async ics(
    viewer: AuthenticatedUser,
    eventId: string,
    query: MeetingAgendaQueryDto & { lang?: Locale },
    appUrl: string,
  ): Promise<string> {
    const { agenda, event } = await this.load(viewer, eventId, query);
    return agendaCalendar(
      agenda,
      { id: eventId, titleEn: event.titleEn, titleZh: event.titleZh, place: event.eventPlace },
      query.lang ?? viewer.user.locale ?? 'en',
      appUrl,
    );
  }

  private async load(viewer: AuthenticatedUser, eventId: string, query: MeetingAgendaQueryDto) {
    const { event, programme, participating } = withProgramme(
      await this.queries.context(this.dataSource.manager, viewer, eventId),
    );
    const organizer = organizes(viewer, event);
    const organizationId = query.organizationId ?? viewer.organization.id;
    if (!organizer && organizationId !== viewer.organization.id)
      throw forbidden("Only the event's organizer reads another organization's agenda");
    if (!organizer && !participating) throw forbidden("Only the event's participants have an agenda");
    const published = programme.publishedAt !== null;
    const rows = await this.queries.agenda(eventId, organizationId, organizer || published);
    if (!rows) throw notFound('Organization');
    const agenda: MeetingAgendaDto = {
      eventId,
      organization: rows.organization,
      timeZone: event.eventTimeZone ?? 'UTC',
      published,
      items: rows.items.map((item) => ({
        meetingId: item.meetingId,
        startsAt: item.startsAt.toISOString(),
        endsAt: slotEnd(item.startsAt, programme.meetingMinutes),
        table: item.table,
        counterpart: item.counterpart,
      })),
    };
    return { agenda, event };
  }
}
