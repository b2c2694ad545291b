import type { FinancingRevisionDto } from '@alliance/contracts';
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../lib/names';

/** Each revision reviewers have seen: the first as submitted, later ones with the fields they changed. */
export function RequestRevisions({ revisions }: { revisions: readonly FinancingRevisionDto[] }) {
  const { t, i18n } = useTranslation();
  const latestFirst = [...revisions].sort((a, b) => b.number - a.number);
  return (
    <Timeline
      data-testid="request-revisions"
      items={latestFirst.map((revision) => ({
        key: revision.number,
        content: (
          <div data-testid={`revision-${revision.number}`}>
            <Typography.Text strong>
              {revision.changedFields.length > 0
                ? t('financing.requests.revisions.changed', {
                    number: revision.number,
                    fields: revision.changedFields
                      .map((field) => t(`financing.fields.${field}`))
                      .join(t('financing.requests.listSeparator')),
                  })
                : t('financing.requests.revisions.submitted', { number: revision.number })}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {formatDate(revision.createdAt, i18n.resolvedLanguage, true)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
