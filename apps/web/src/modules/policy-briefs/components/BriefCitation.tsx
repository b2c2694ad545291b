import { pickTitle, type Locale, type PolicyBriefDto, type PolicyBriefVersionDto } from '@alliance/contracts';
import { LinkOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../lib/names';
import { permalink } from '../briefContent';

interface Props {
  brief: PolicyBriefDto;
  /** A published version: only what readers were given is cited. */
  version: PolicyBriefVersionDto;
  /** The language the reader reads the brief in: the citation names it as read. */
  language: Locale;
}

/** The line to cite the brief by: organization, title, version, date and the permanent link (printed too). */
export function BriefCitation({ brief, version, language }: Props) {
  const { t, i18n } = useTranslation();
  const title = pickTitle(version, language);
  const link = permalink(window.location.origin, brief.id);
  const sentence = t('policyBriefs.citation.text', {
    organization: pickName(brief.organization, i18n.resolvedLanguage),
    title: title.text,
    version: version.number,
    date: formatDate(version.publishedAt, i18n.resolvedLanguage),
  });

  return (
    <section className="brief-citation" aria-labelledby="brief-citation-heading" data-testid="brief-citation">
      <Typography.Title level={2} id="brief-citation-heading" className="brief-section-title">
        {t('policyBriefs.citation.title')}
      </Typography.Title>
      <Typography.Paragraph
        className="brief-citation-text"
        copyable={{
          text: `${sentence} ${link}`,
          tooltips: [t('policyBriefs.citation.copy'), t('policyBriefs.citation.copied')],
        }}
        style={{ margin: 0 }}
      >
        <span data-testid="brief-citation-text">{sentence}</span>{' '}
        <a href={link} className="brief-permalink" data-testid="brief-permalink">
          <LinkOutlined aria-hidden /> {link}
        </a>
      </Typography.Paragraph>
    </section>
  );
}
