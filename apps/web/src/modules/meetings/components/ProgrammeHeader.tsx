import { htmlLang, pickTitle, readerLanguage, type MeetingProgrammeDto } from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';

interface Props {
  eventId: string;
  event: Pick<MeetingProgrammeDto['event'], 'titleEn' | 'titleZh'>;
  title: string;
  extra?: ReactNode;
}

/** Back to the event, the page's name and the event's title in the reader's language. */
export function ProgrammeHeader({ eventId, event, title, extra }: Props) {
  const { t, i18n } = useTranslation();
  const eventTitle = pickTitle(event, readerLanguage(i18n.resolvedLanguage));
  return (
    <>
      <Link to={`/posts/${eventId}`} data-testid="back-to-event">
        <ArrowLeftOutlined /> {t('meetings.backToEvent')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={title}
        subtitle={
          <span lang={htmlLang(eventTitle.language)} data-testid="event-title">
            {eventTitle.text}
          </span>
        }
        extra={extra}
      />
    </>
  );
}
