import { htmlLang, type DiffPart, type Locale } from '@alliance/contracts';
import { useTranslation } from 'react-i18next';

interface Props {
  parts: readonly DiffPart[];
  language: Locale;
  testId?: string;
}

/**
 * A field's text with what the newer version added and the older one had: <ins> and <del>, drawn
 * underlined on green and struck through on red (never by colour alone), and announced by screen
 * readers, which say nothing of <ins>/<del> themselves, through hidden words at each edge.
 */
export function DiffText({ parts, language, testId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="brief-diff-text" lang={htmlLang(language)} data-testid={testId}>
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="brief-diff-added" data-testid="diff-added">
            <span className="brief-sr-only">[{t('policyBriefs.diff.addedStart')}] </span>
            {part.value}
            <span className="brief-sr-only"> [{t('policyBriefs.diff.addedEnd')}]</span>
          </ins>
        ) : part.removed ? (
          <del key={index} className="brief-diff-removed" data-testid="diff-removed">
            <span className="brief-sr-only">[{t('policyBriefs.diff.removedStart')}] </span>
            {part.value}
            <span className="brief-sr-only"> [{t('policyBriefs.diff.removedEnd')}]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </div>
  );
}

/** What the marks mean, shown above the texts (and read out before them). */
export function DiffLegend() {
  const { t } = useTranslation();
  return (
    <dl className="brief-diff-legend" data-testid="diff-legend">
      <div>
        <dt>
          <ins className="brief-diff-added">{t('policyBriefs.diff.sample')}</ins>
        </dt>
        <dd>{t('policyBriefs.diff.addedLegend')}</dd>
      </div>
      <div>
        <dt>
          <del className="brief-diff-removed">{t('policyBriefs.diff.sample')}</del>
        </dt>
        <dd>{t('policyBriefs.diff.removedLegend')}</dd>
      </div>
    </dl>
  );
}
