import { type FinancingRequestSummaryDto, htmlLang, pickLocalized, readerLanguage } from '@alliance/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickName } from '../../../lib/names';
import { LanguageMarker } from '../../posts/components/PostTags';

interface Props {
  request: FinancingRequestSummaryDto;
  /** Where the title leads (the row leads there too): the request, or the reader's review of it. */
  to: string;
}

/** A list's first cell (the queue, the pipeline): the title in the reader's language, marked when it is the other one, and who asks. */
export function RequestTitleCell({ request, to }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const title = pickLocalized(request.titleEn, request.titleZh, readerLanguage(language));
  return (
    <div>
      <Link to={to} onClick={(event) => event.stopPropagation()} lang={title ? htmlLang(title.language) : undefined}>
        {title?.text ?? t('financing.reviews.untitled')}
      </Link>
      {title?.fallback ? (
        <div>
          <LanguageMarker language={title.language} testId="shown-in-other-language" />
        </div>
      ) : null}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {pickName(request.organization, language)}
      </Typography.Text>
    </div>
  );
}
