import type {
  Locale,
  MeetingAction,
  MeetingAgendaDto,
  MeetingAvailabilityRequest,
  MeetingDto,
  MeetingParticipantDto,
  MeetingPlacementRequest,
  MeetingProgrammeDto,
  MeetingProgrammeRequest,
  MeetingRequestRequest,
  MeetingScheduleDto,
  MeetingStatus,
  OrganizerMeetingDto,
  OrganizerMeetingsQuery,
  Paginated,
  ScheduleRunDto,
  ScheduleRunRequest,
  Sector,
} from '@alliance/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, isApiError } from '../../lib/apiClient';

export const MEETINGS_KEY = ['meetings'] as const;
const KEY = MEETINGS_KEY;
const programmePath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/meetings`;
const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** A programme, its meetings, the grid and the agendas hang together (an accepted meeting shows in all): one refresh. */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: KEY });
}

/** No programme at this event (or an event the reader may not see): the API answers 404 either way. */
export function isNoProgramme(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.statusCode === 404 || error.code === 'VALIDATION_FAILED' || error.code === 'BAD_REQUEST')
  );
}

// ---------------------------------------------------------------------------------------------
// The programme

export function useProgramme(eventId: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: [...KEY, 'programme', eventId],
    queryFn: ({ signal }) => apiFetch<MeetingProgrammeDto>(programmePath(eventId ?? ''), { signal }),
    enabled: Boolean(eventId) && (options.enabled ?? true),
    retry: false,
  });
}

/** Opens the meetings (no version) or changes their settings and sessions (with the version read). */
export function useSaveProgramme(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MeetingProgrammeRequest) =>
      apiFetch<MeetingProgrammeDto>(programmePath(eventId), { method: 'PUT', body }),
    onSettled: refresh,
  });
}

export function useProgrammeCommand(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (action: 'publish' | 'close') =>
      apiFetch<MeetingProgrammeDto>(`${programmePath(eventId)}/${action}`, { method: 'POST', body: {} }),
    onSettled: refresh,
  });
}

export function useSaveAvailability(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MeetingAvailabilityRequest) =>
      apiFetch<MeetingProgrammeDto>(`${programmePath(eventId)}/availability`, { method: 'PUT', body }),
    onSettled: refresh,
  });
}

// ---------------------------------------------------------------------------------------------
// Participants and meetings

export interface ParticipantQuery {
  q?: string;
  sector?: Sector;
  country?: string;
  page?: number;
  limit?: number;
}

export function useParticipants(eventId: string, query: ParticipantQuery, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'participants', eventId, query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<MeetingParticipantDto>>(`${programmePath(eventId)}/participants`, {
        query: { ...query },
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRequestMeeting(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: MeetingRequestRequest) =>
      apiFetch<MeetingDto>(`${programmePath(eventId)}/requests`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

/** Received and sent: the reader's organization's side; all: the organizer's view of every meeting. */
export type MeetingBox = 'received' | 'sent' | 'all';

export interface MeetingListQuery {
  status?: MeetingStatus;
  page?: number;
  limit?: number;
}

export function useMeetings(eventId: string, box: MeetingBox, query: MeetingListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'requests', eventId, box, query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<MeetingDto>>(`${programmePath(eventId)}/requests`, { query: { box, ...query }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The secretariat's list of every event's meetings (`/meetings/requests`), by status and placement. */
export function useOrganizerMeetings(query: OrganizerMeetingsQuery) {
  return useQuery({
    queryKey: [...KEY, 'across-events', query],
    queryFn: ({ signal }) =>
      apiFetch<Paginated<OrganizerMeetingDto>>('/api/meetings/requests', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Accept, decline, withdraw or cancel; decline and cancel take an optional reason. */
export function useMeetingCommand() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: MeetingAction; reason?: string | null }) =>
      apiFetch<MeetingDto>(`${meetingPath(id)}/${action}`, {
        method: 'POST',
        body: action === 'decline' || action === 'cancel' ? { reason: reason ?? null } : {},
      }),
    onSettled: refresh,
  });
}

// ---------------------------------------------------------------------------------------------
// The organizer's schedule

export function useSchedule(eventId: string, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'schedule', eventId],
    queryFn: ({ signal }) => apiFetch<MeetingScheduleDto>(`${programmePath(eventId)}/schedule`, { signal }),
    enabled,
  });
}

export function useRunScheduler(eventId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ScheduleRunRequest) =>
      apiFetch<ScheduleRunDto>(`${programmePath(eventId)}/schedule`, { method: 'POST', body }),
    onSettled: refresh,
  });
}

export function useMovePlacement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MeetingPlacementRequest }) =>
      apiFetch<MeetingDto>(`${meetingPath(id)}/placement`, { method: 'PATCH', body }),
    onSettled: refresh,
  });
}

// ---------------------------------------------------------------------------------------------
// Agendas

/** The reader's organization's agenda, or (the organizer) any participant's. */
export function useAgenda(eventId: string, organizationId: string | undefined, enabled = true) {
  return useQuery({
    queryKey: [...KEY, 'agenda', eventId, organizationId ?? 'mine'],
    queryFn: ({ signal }) =>
      apiFetch<MeetingAgendaDto>(`${programmePath(eventId)}/agenda`, { query: { organizationId }, signal }),
    enabled,
  });
}

/** The agenda as an iCalendar file in `lang`: a plain link, the browser downloads it with the session cookie. */
export function agendaIcsUrl(eventId: string, lang: Locale, organizationId?: string): string {
  const params = new URLSearchParams({ lang });
  if (organizationId) params.set('organizationId', organizationId);
  return `${programmePath(eventId)}/agenda.ics?${params.toString()}`;
}
