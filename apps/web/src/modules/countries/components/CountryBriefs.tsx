import { htmlLang, pickLocalized, readerLanguage, type PolicyBriefSummaryDto } from '@alliance/contracts';
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, pickName } from '../../../lib/names';

/** The newest published briefs on the country that the reader may read. */
export function CountryBriefs({ briefs }: { briefs: readonly PolicyBriefSummaryDto[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  if (briefs.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.briefs.empty')} />;
  return (
    <ul className="country-list" data-testid="country-briefs">
      {briefs.map((brief) => {
        const title = pickLocalized(brief.titleEn, brief.titleZh, reader);
        const summary = pickLocalized(brief.summaryEn, brief.summaryZh, reader);
        return (
          <li key={brief.id}>
            <Link
              to={`/policy/briefs/${brief.id}`}
              style={{ fontWeight: 600 }}
              lang={title ? htmlLang(title.language) : undefined}
            >
              {title?.text ?? t('countries.briefs.untitled')}
            </Link>
            {summary ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                lang={htmlLang(summary.language)}
                style={{ margin: '2px 0 0', fontSize: 13 }}
              >
                {summary.text}
              </Typography.Paragraph>
            ) : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[pickName(brief.organization, language), formatDate(brief.publishedAt, language)].join(' · ')}
            </Typography.Text>
          </li>
        );
      })}
    </ul>
  );
}
