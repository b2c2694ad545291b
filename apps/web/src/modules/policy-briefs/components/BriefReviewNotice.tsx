import type { PolicyBriefDto } from '@alliance/contracts';
import { DiffOutlined } from '@ant-design/icons';
import { Alert, Flex, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickName } from '../../../lib/names';
import { openVersion } from '../briefContent';
import { diffLink } from '../briefDiff';

export type ShownVersion = 'published' | 'working';

interface Props {
  brief: PolicyBriefDto;
  shown: ShownVersion;
  onShow: (shown: ShownVersion) => void;
}

/**
 * For the brief's authors and the secretariat: where the version under way stands, and that readers
 * see something else meanwhile (nothing before the first publication, the published version after).
 */
export function BriefReviewNotice({ brief, shown, onShow }: Props) {
  const { t, i18n } = useTranslation();
  const next = openVersion(brief);
  const organization = pickName(brief.organization, i18n.resolvedLanguage);

  if (brief.status === 'retracted') return null;
  if (brief.publishedVersion === null) {
    return (
      <Alert
        type="info"
        showIcon
        className="brief-no-print"
        style={{ marginBottom: 24 }}
        title={t(`policyBriefs.notice.unpublished.${brief.status}`)}
        description={t('policyBriefs.notice.unpublished.who', { organization })}
        data-testid="brief-review-notice"
      />
    );
  }
  if (!next) return null;
  const status = t(`policyBriefs.status.${next.status}`);

  return (
    <Alert
      type="info"
      showIcon
      className="brief-no-print"
      style={{ marginBottom: 24 }}
      title={t('policyBriefs.notice.next.title', { number: next.number, status })}
      description={
        <Flex vertical gap={12} align="flex-start">
          <span>{t('policyBriefs.notice.next.readers', { number: brief.publishedVersion })}</span>
          <Flex gap={12} align="center" wrap>
            <Segmented
              aria-label={t('policyBriefs.notice.next.show')}
              value={shown}
              onChange={(value: ShownVersion) => onShow(value)}
              options={[
                {
                  value: 'published',
                  label: t('policyBriefs.notice.next.published', { number: brief.publishedVersion }),
                },
                { value: 'working', label: t('policyBriefs.notice.next.working', { number: next.number, status }) },
              ]}
              data-testid="brief-version-switch"
            />
            <Link to={diffLink(brief.id, brief.publishedVersion, next.number)} data-testid="brief-compare-next">
              <DiffOutlined aria-hidden /> {t('policyBriefs.notice.next.compare')}
            </Link>
          </Flex>
        </Flex>
      }
      data-testid="brief-review-notice"
    />
  );
}
