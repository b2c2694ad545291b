import { DiffOutlined } from '@ant-design/icons';
import { Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { formatDate } from '../../../lib/names';
import { useBriefVersions } from '../api';
import { defaultPair, diffLink } from '../briefDiff';
import { BriefStatusTag } from './BriefTags';

interface Props {
  briefId: string;
  /** The version the page shows, marked in the list. */
  shownNumber: number;
}

/** The versions the reader may see, newest first, and two of them to compare word by word. */
export function BriefVersions({ briefId, shownNumber }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const query = useBriefVersions(briefId);
  const versions = [...(query.data?.items ?? [])].sort((a, b) => b.number - a.number);
  const fallback = defaultPair(versions);
  const [chosen, setChosen] = useState<{ from?: number; to?: number }>({});
  const from = chosen.from ?? fallback?.from;
  const to = chosen.to ?? fallback?.to;
  const options = versions.map((version) => ({
    value: version.number,
    label: t('policyBriefs.versions.number', { number: version.number }),
  }));

  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (query.error) return <ApiErrorAlert error={query.error} />;

  return (
    <Flex vertical gap={16} data-testid="brief-versions">
      <ol className="brief-versions">
        {versions.map((version) => (
          <li key={version.number} className="brief-version" data-testid={`brief-version-${version.number}`}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong={version.number === shownNumber}>
                {t('policyBriefs.versions.number', { number: version.number })}
                {version.number === shownNumber ? (
                  <span className="brief-version-shown"> · {t('policyBriefs.versions.shown')}</span>
                ) : null}
              </Typography.Text>
              <BriefStatusTag status={version.status} testId="brief-version-status" />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {[
                version.publishedAt
                  ? t('policyBriefs.card.published', { date: formatDate(version.publishedAt, language) })
                  : t('policyBriefs.card.updated', { date: formatDate(version.updatedAt, language) }),
                version.authorName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </li>
        ))}
      </ol>
      {from !== undefined && to !== undefined ? (
        <Flex vertical gap={8} className="brief-no-print" data-testid="compare-versions">
          <Typography.Text strong id="compare-versions-label">
            {t('policyBriefs.versions.compare')}
          </Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Select<number>
              aria-label={t('policyBriefs.versions.from')}
              value={from}
              onChange={(value) => setChosen({ from: value, to })}
              options={options}
              style={{ width: 120 }}
              data-testid="compare-from"
            />
            <span aria-hidden>→</span>
            <Select<number>
              aria-label={t('policyBriefs.versions.to')}
              value={to}
              onChange={(value) => setChosen({ from, to: value })}
              options={options}
              style={{ width: 120 }}
              data-testid="compare-to"
            />
          </Flex>
          <ButtonLink
            to={diffLink(briefId, Math.min(from, to), Math.max(from, to))}
            icon={<DiffOutlined />}
            disabled={from === to}
            aria-describedby="compare-versions-label"
            data-testid="compare-open"
          >
            {t('policyBriefs.versions.open')}
          </ButtonLink>
        </Flex>
      ) : null}
    </Flex>
  );
}
