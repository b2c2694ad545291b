import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';

/** No B2B meetings at this event (or an event the reader may not see: the API says 404 either way). */
export function MeetingsNotFound({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={<h1 className="result-heading">{t('meetings.notFound.title')}</h1>}
      subTitle={t('meetings.notFound.text')}
      data-testid="meetings-not-found"
      extra={
        <ButtonLink to={`/posts/${eventId}`} type="primary">
          {t('meetings.backToEvent')}
        </ButtonLink>
      }
    />
  );
}

/** The organizer's page, read by someone who does not organize these meetings. */
export function NotOrganizer({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={<h1 className="result-heading">{t('meetings.notOrganizer.title')}</h1>}
      subTitle={t('meetings.notOrganizer.text')}
      data-testid="meetings-not-organizer"
      extra={
        <ButtonLink to={`/events/${eventId}/meetings`} type="primary">
          {t('meetings.notOrganizer.hub')}
        </ButtonLink>
      }
    />
  );
}
