import type { SimilarOrganizationDto } from '@alliance/contracts';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedName } from '../../../lib/names';

/** Existing organizations whose name resembles the applicant's: a possible duplicate or a returning member. */
export function SimilarOrganizationsAlert({ similar }: { similar: SimilarOrganizationDto[] }) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  if (similar.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="similar-warning"
      style={{ marginBottom: 16 }}
      title={t('membership.applications.similar.title')}
      description={
        <>
          <div>{t('membership.applications.similar.text')}</div>
          <ul style={{ margin: '8px 0 0', paddingInlineStart: 20 }}>
            {similar.map((org) => (
              <li key={org.id}>
                <Link to={`/admin/organizations/${org.id}`}>{nameOf(org)}</Link>{' '}
                <span>
                  ({t('membership.applications.similar.percent', { percent: Math.round(org.similarity * 100) })})
                </span>
              </li>
            ))}
          </ul>
        </>
      }
    />
  );
}
