import { htmlLang, pickLocalized, readerLanguage, type MeetingParticipantDto } from '@alliance/contracts';
import { CalendarOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName, pickName, sectorName } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';
import { MatchTags } from './MatchTags';
import { MeetingStatusTag } from './MeetingTags';
import { OrganizationName } from './OrganizationName';

interface Props {
  participant: MeetingParticipantDto;
  onRequest: () => void;
  /** Opens the tab where the live meeting with this organization is (sent or received). */
  onOpenMeeting: (box: 'sent' | 'received') => void;
}

/** One participating organization: who it is, where and in what it works, how it fits, and the meeting with it. */
export function ParticipantRow({ participant, onRequest, onOpenMeeting }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { organization, match, meeting } = participant;
  const description = pickLocalized(participant.descriptionEn, participant.descriptionZh, readerLanguage(language));
  const name = pickName(organization, language);
  return (
    <li data-testid="participant" data-organization-id={organization.id}>
      <Flex vertical gap={6} className="meet-row-main">
        <Flex gap={8} wrap align="baseline">
          <OrganizationName organization={organization} strong />
          <Typography.Text type="secondary" className="meet-meta">
            {[
              t(`enums.organizationType.${organization.type}`),
              ...participant.countries.map((code) => countryName(code, language)),
            ].join(' · ')}
          </Typography.Text>
        </Flex>
        {participant.sectors.length > 0 ? (
          <Flex wrap gap={4}>
            {participant.sectors.map((sector) => (
              <Tag key={sector} style={{ marginInlineEnd: 0 }}>
                {sectorName(sector, language)}
              </Tag>
            ))}
          </Flex>
        ) : null}
        {description?.fallback ? (
          <div>
            <LanguageMarker language={description.language} testId="description-language-marker" />
          </div>
        ) : null}
        {description ? (
          <Typography.Paragraph
            className="meet-description"
            lang={htmlLang(description.language)}
            ellipsis={{ rows: 2, expandable: 'collapsible' }}
          >
            {description.text}
          </Typography.Paragraph>
        ) : null}
        {match ? (
          <Flex gap={8} wrap align="center" data-testid="participant-match">
            <Typography.Text className="meet-meta meet-strong" data-testid="match-score">
              {t('meetings.participants.score', { score: match.score })}
            </Typography.Text>
            <MatchTags reasons={match.reasons} />
          </Flex>
        ) : null}
      </Flex>
      <Flex vertical gap={6} align="flex-end" className="meet-row-actions">
        {meeting ? (
          <>
            <MeetingStatusTag status={meeting.status} />
            <Button
              type="link"
              size="small"
              onClick={() => onOpenMeeting(meeting.sent ? 'sent' : 'received')}
              data-testid="participant-meeting-link"
            >
              {t(meeting.sent ? 'meetings.participants.youAsked' : 'meetings.participants.theyAsked')}
            </Button>
          </>
        ) : participant.canRequest ? (
          <Button
            type="primary"
            icon={<CalendarOutlined />}
            onClick={onRequest}
            aria-label={t('meetings.participants.requestNamed', { name })}
            data-testid="participant-request"
          >
            {t('meetings.participants.request')}
          </Button>
        ) : null}
      </Flex>
    </li>
  );
}
