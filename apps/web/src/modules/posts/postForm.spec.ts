import type { AttachmentDto, PostDto } from '@alliance/contracts';
import dayjs from 'dayjs';
import { ApiError } from '../../lib/apiClient';
import {
  cleanTags,
  endsAfterStart,
  eventStarted,
  hasTitle,
  hasVenue,
  isVersionConflict,
  toCreatePostRequest,
  toEventRequest,
  toFormValues,
  toUpdatePostRequest,
  type PostFormValues,
} from './postForm';

function values(changes: Partial<PostFormValues> = {}): PostFormValues {
  return { ...toFormValues(), ...changes };
}

describe('the post editor', () => {
  it('needs a title in at least one language', () => {
    expect(hasTitle(values())).toBe(false);
    expect(hasTitle(values({ titleEn: '   ' }))).toBe(false);
    expect(hasTitle(values({ titleZh: '园区招商' }))).toBe(true);
  });

  it('leaves empty fields out of a new post and trims titles', () => {
    const body = toCreatePostRequest(values({ titleEn: '  Seminar ', bodyZh: '   ', organizationId: 'org-1' }));
    expect(body).toEqual({
      kind: 'news',
      visibility: 'public',
      titleEn: 'Seminar',
      countries: [],
      sectors: [],
      tags: [],
      event: null,
      organizationId: 'org-1',
    });
  });

  it('clears emptied fields of an edit with null and sends the version', () => {
    const body = toUpdatePostRequest(values({ titleZh: '研讨会', organizationId: 'org-1' }), 4);
    expect(body).toMatchObject({
      titleZh: '研讨会',
      titleEn: null,
      bodyEn: null,
      bodyZh: null,
      parkId: null,
      expiresAt: null,
      version: 4,
    });
    expect(body).not.toHaveProperty('organizationId');
  });

  it('keeps the Markdown indentation of a body', () => {
    expect(toCreatePostRequest(values({ titleEn: 'x', bodyEn: '    code\n\n' })).bodyEn).toBe('    code');
  });

  it('expires at the end of the chosen day', () => {
    const day = dayjs('2030-03-01T10:00:00');
    const expiresAt = toCreatePostRequest(values({ titleEn: 'x', expiresAt: day })).expiresAt;
    expect(expiresAt).toBe(day.endOf('day').toISOString());
  });

  it('sends each tag once, trimmed', () => {
    expect(cleanTags([' textiles', 'Textiles', '', 'logistics '])).toEqual(['textiles', 'logistics']);
  });

  it('fills the form from a post, a missing park as null', () => {
    const post = { titleEn: 'A', titleZh: null, park: null, expiresAt: null, kind: 'event' } as unknown as PostDto;
    expect(toFormValues(post)).toMatchObject({
      titleEn: 'A',
      titleZh: null,
      parkId: null,
      expiresAt: null,
      kind: 'event',
    });
  });

  it('tells a version conflict from a unique-value conflict', () => {
    const conflict = (details: ApiError['details']) =>
      new ApiError({ statusCode: 409, error: 'CONFLICT', message: 'Conflict', requestId: 'r', details });
    expect(isVersionConflict(conflict([]))).toBe(true);
    expect(isVersionConflict(conflict([{ field: 'x', constraint: 'unique', message: 'taken' }]))).toBe(false);
  });

  it('sends the attachments as ids in their order, and an emptied list on an edit', () => {
    const file = (id: string) => ({ id, fileName: `${id}.pdf` }) as AttachmentDto;
    const attachments = [file('b'), file('a')];
    expect(toCreatePostRequest(values({ titleEn: 'x', attachments })).attachmentIds).toEqual(['b', 'a']);
    expect(toCreatePostRequest(values({ titleEn: 'x' }))).not.toHaveProperty('attachmentIds');
    expect(toUpdatePostRequest(values({ titleEn: 'x', attachments: [] }), 2).attachmentIds).toEqual([]);
  });

  it('fills the form with the post’s attachments', () => {
    const attachments = [{ id: 'a', fileName: 'plan.pdf' }] as AttachmentDto[];
    expect(toFormValues({ attachments, park: null, expiresAt: null } as unknown as PostDto).attachments).toEqual(
      attachments,
    );
  });

  describe('an event', () => {
    const event = {
      range: [dayjs(new Date(2030, 2, 12, 9, 0)), dayjs(new Date(2030, 2, 12, 17, 0))] as [dayjs.Dayjs, dayjs.Dayjs],
      timeZone: 'Asia/Jakarta',
      place: '  Jababeka ',
      onlineUrl: '',
      capacity: null,
      reportedAttendees: 300,
      reportedOrganizations: 120,
    };

    it('sends its details, the times read in the chosen zone', () => {
      expect(toCreatePostRequest(values({ titleEn: 'x', kind: 'event', event })).event).toEqual({
        startsAt: '2030-03-12T02:00:00.000Z',
        endsAt: '2030-03-12T10:00:00.000Z',
        timeZone: 'Asia/Jakarta',
        place: 'Jababeka',
        onlineUrl: null,
        capacity: null,
      });
    });

    it('sends the figures of what took place only once the event has started, null clearing one', () => {
      const before = new Date('2030-03-12T01:59:00.000Z').getTime();
      const after = new Date('2030-03-12T02:00:00.000Z').getTime();
      expect(toEventRequest(event, before)).not.toHaveProperty('reportedAttendees');
      expect(toEventRequest(event, before)).not.toHaveProperty('reportedOrganizations');
      expect(toEventRequest(event, after)).toMatchObject({ reportedAttendees: 300, reportedOrganizations: 120 });
      expect(toEventRequest({ ...event, reportedOrganizations: null }, after)).toMatchObject({
        reportedAttendees: 300,
        reportedOrganizations: null,
      });
      expect(eventStarted(event, before)).toBe(false);
      expect(eventStarted(event, after)).toBe(true);
      expect(eventStarted({ range: null, timeZone: 'UTC' }, after)).toBe(false);
    });

    it('sends no details for another kind', () => {
      expect(toUpdatePostRequest(values({ titleEn: 'x', kind: 'news', event }), 1).event).toBeNull();
    });

    it('fills the form from a post’s event in its zone', () => {
      const post = {
        kind: 'event',
        park: null,
        expiresAt: null,
        event: {
          startsAt: '2030-03-12T02:00:00.000Z',
          endsAt: '2030-03-12T10:00:00.000Z',
          timeZone: 'Asia/Jakarta',
          place: null,
          onlineUrl: 'https://x.org',
          capacity: 50,
          reportedAttendees: 300,
        },
      } as unknown as PostDto;
      const filled = toFormValues(post).event;
      expect(filled.range?.map((day) => day.format('HH:mm'))).toEqual(['09:00', '17:00']);
      expect(filled).toMatchObject({
        timeZone: 'Asia/Jakarta',
        onlineUrl: 'https://x.org',
        capacity: 50,
        reportedAttendees: 300,
        reportedOrganizations: null,
      });
    });

    it('needs an end after the start and a place or a link', () => {
      expect(endsAfterStart([event.range[1], event.range[0]])).toBe(false);
      expect(endsAfterStart(event.range)).toBe(true);
      expect(hasVenue({ place: ' ', onlineUrl: null })).toBe(false);
      expect(hasVenue({ place: null, onlineUrl: 'https://x.org' })).toBe(true);
    });
  });
});
