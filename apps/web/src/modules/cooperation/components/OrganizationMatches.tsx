import { CloseCircleOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useErrorToast } from '../../../components/useErrorToast';
import { countryName, pickName } from '../../../lib/names';
import { useDismissMatch, useProjectMatches } from '../api';
import { MatchReasons } from './MatchReasons';

/** For the owner: the member organizations to approach, best first, each with why; a suggestion can be dismissed. */
export function OrganizationMatches({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const toast = useErrorToast();
  const query = useProjectMatches(projectId, true);
  const dismiss = useDismissMatch();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  const matches = query.data ?? [];
  return (
    <>
      <ApiErrorAlert error={query.error} />
      {matches.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.matches.noOrganizations')} />
      ) : (
        <ul className="coop-rows" data-testid="organization-matches">
          {matches.map((match) => (
            <li
              key={match.organization.id}
              data-testid="organization-match"
              data-organization-id={match.organization.id}
            >
              <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Flex gap={8} wrap align="baseline">
                  <Link to={`/organizations/${match.organization.id}`} className="coop-strong">
                    {pickName(match.organization, language)}
                  </Link>
                  <Typography.Text type="secondary" className="coop-meta">
                    {[
                      t(`enums.organizationType.${match.organization.type}`),
                      match.organization.country ? countryName(match.organization.country, language) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                  <Typography.Text type="secondary" className="coop-meta" data-testid="match-score">
                    {t('cooperation.matches.score', { score: match.score })}
                  </Typography.Text>
                </Flex>
                <MatchReasons reasons={match.reasons} explanation={match.explanation} />
              </Flex>
              <Button
                size="small"
                type="text"
                icon={<CloseCircleOutlined />}
                className="coop-row-actions"
                loading={dismiss.isPending && dismiss.variables?.organizationId === match.organization.id}
                onClick={() =>
                  dismiss.mutate(
                    { projectId, organizationId: match.organization.id },
                    { onSuccess: () => void message.success(t('cooperation.matches.dismissed')), onError: toast },
                  )
                }
                aria-label={t('cooperation.matches.dismissNamed', { name: pickName(match.organization, language) })}
                data-testid="match-dismiss"
              >
                {t('cooperation.matches.dismiss')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
