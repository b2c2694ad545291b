import {
  LOCALES,
  POLICY_BRIEF_DIFF_FIELDS,
  htmlLang,
  pickTitle,
  readerLanguage,
  type Locale,
} from '@alliance/contracts';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Segmented, Select, Skeleton, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useBrief, useBriefDiff, useBriefVersions } from '../api';
import { comparedPair, defaultDiffLanguage, diffStats, hasChanges, hasText, versionNumber } from '../briefDiff';
import { BriefNotFound, isMissingBrief } from '../components/BriefNotFound';
import { DiffLegend, DiffText } from '../components/DiffText';
import '../policy-briefs.css';

/**
 * `/policy/briefs/:id/diff?from=&to=&lang=`: what changed between two versions, word by word, in
 * either language (the API computes it). The address keeps the choice, so a comparison can be shared.
 */
export function BriefDiffPage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const [params, setParams] = useSearchParams();
  const brief = useBrief(id);
  const versions = useBriefVersions(id);
  const items = versions.data?.items ?? [];
  const pair = comparedPair(items, versionNumber(params.get('from')), versionNumber(params.get('to')));
  const diff = useBriefDiff(id, pair?.from, pair?.to);

  if (brief.isPending || versions.isPending) return <PageSpinner />;
  if (isMissingBrief(brief.error) || isMissingBrief(versions.error)) return <BriefNotFound />;
  if (brief.error) return <ErrorResult error={brief.error} onRetry={() => void brief.refetch()} />;
  if (versions.error) return <ErrorResult error={versions.error} onRetry={() => void versions.refetch()} />;

  const title = pickTitle(brief.data.content, reader);
  const language =
    oneOf(LOCALES, params.get('lang') ?? undefined) ?? (diff.data ? defaultDiffLanguage(diff.data, reader) : reader);
  const choose = (changes: Record<string, string>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) next.set(key, value);
        return next;
      },
      { replace: true },
    );
  const options = [...items]
    .sort((a, b) => b.number - a.number)
    .map((version) => ({
      value: version.number,
      label: t('policyBriefs.versions.number', { number: version.number }),
    }));

  return (
    <div className="page brief-diff-page" data-testid="brief-diff-page">
      <Link to={`/policy/briefs/${brief.data.id}`}>
        <ArrowLeftOutlined /> <span lang={htmlLang(title.language)}>{title.text}</span>
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={t('policyBriefs.diff.title')}
        subtitle={pair ? t('policyBriefs.diff.subtitle', { from: pair.from, to: pair.to }) : undefined}
      />

      {!pair ? (
        <Card data-testid="diff-single-version">
          <Empty description={t('policyBriefs.diff.single')} />
        </Card>
      ) : (
        <>
          <Card style={{ marginBottom: 24 }}>
            <Flex gap={24} wrap align="flex-end" justify="space-between">
              <Flex gap={16} wrap align="flex-end">
                <div className="brief-field">
                  <span aria-hidden>{t('policyBriefs.versions.from')}</span>
                  <Select<number>
                    aria-label={t('policyBriefs.versions.from')}
                    value={pair.from}
                    onChange={(from) => choose({ from: String(from), to: String(pair.to) })}
                    options={options.filter((option) => option.value !== pair.to)}
                    style={{ width: 130 }}
                    data-testid="diff-from"
                  />
                </div>
                <div className="brief-field">
                  <span aria-hidden>{t('policyBriefs.versions.to')}</span>
                  <Select<number>
                    aria-label={t('policyBriefs.versions.to')}
                    value={pair.to}
                    onChange={(to) => choose({ from: String(pair.from), to: String(to) })}
                    options={options.filter((option) => option.value !== pair.from)}
                    style={{ width: 130 }}
                    data-testid="diff-to"
                  />
                </div>
                <Flex vertical gap={4} className="brief-field">
                  <span id="diff-language-label">{t('policyBriefs.diff.language')}</span>
                  <Segmented
                    aria-labelledby="diff-language-label"
                    value={language}
                    onChange={(lang: Locale) => choose({ lang })}
                    options={LOCALES.map((lang) => ({ value: lang, label: t(`policyBriefs.language.${lang}`) }))}
                    data-testid="diff-language"
                  />
                </Flex>
              </Flex>
              <DiffLegend />
            </Flex>
          </Card>

          <ApiErrorAlert error={diff.error} />
          {diff.isPending ? (
            <Card>
              <Skeleton active paragraph={{ rows: 6 }} />
            </Card>
          ) : diff.data ? (
            <Spin spinning={diff.isFetching}>
              <Flex vertical gap={24} data-testid="diff-fields">
                {POLICY_BRIEF_DIFF_FIELDS.filter((field) => hasText(diff.data[language][field])).map((field) => {
                  const parts = diff.data[language][field];
                  const stats = diffStats(parts, language);
                  return (
                    <Card
                      key={field}
                      title={t(`policyBriefs.diff.fields.${field}`)}
                      extra={
                        <Typography.Text type="secondary" data-testid={`diff-stats-${field}`}>
                          {hasChanges(parts)
                            ? t('policyBriefs.diff.stats', { added: stats.added, removed: stats.removed })
                            : t('policyBriefs.diff.unchanged')}
                        </Typography.Text>
                      }
                      data-testid={`diff-field-${field}`}
                    >
                      <DiffText parts={parts} language={language} testId={`diff-text-${field}`} />
                    </Card>
                  );
                })}
                {POLICY_BRIEF_DIFF_FIELDS.every((field) => !hasText(diff.data[language][field])) ? (
                  <Card>
                    <Empty
                      description={t('policyBriefs.diff.notWrittenIn', {
                        language: t(`policyBriefs.language.${language}`),
                      })}
                    />
                  </Card>
                ) : null}
              </Flex>
            </Spin>
          ) : null}
        </>
      )}
    </div>
  );
}
