import { htmlLang, pickTitle, readerLanguage } from '@alliance/contracts';
import { CloseCircleOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useErrorToast } from '../../../components/useErrorToast';
import { countryName, pickName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { useDismissMatch, useMatches } from '../api';
import { KindTag } from './CooperationTags';
import { MatchReasons } from './MatchReasons';

/** Open projects suggested to the reader's organization, best first, each with why; a suggestion can be dismissed. */
export function ProjectMatchList() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const { message } = App.useApp();
  const toast = useErrorToast();
  const query = useMatches(true);
  const dismiss = useDismissMatch();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 3 }} />;
  const matches = query.data ?? [];
  return (
    <>
      <ApiErrorAlert error={query.error} />
      {matches.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cooperation.matches.noProjects')} />
      ) : (
        <ul className="coop-rows" data-testid="project-matches">
          {matches.map((match) => {
            const title = pickTitle(match.project, reader);
            return (
              <li key={match.project.id} data-testid="project-match" data-project-id={match.project.id}>
                <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Flex gap={8} wrap align="center">
                    <KindTag kind={match.project.kind} />
                    <Link
                      to={`/cooperation/projects/${match.project.id}`}
                      className="coop-strong"
                      lang={htmlLang(title.language)}
                      data-testid="project-match-title"
                    >
                      {title.text}
                    </Link>
                  </Flex>
                  <Typography.Text type="secondary" className="coop-meta">
                    {[
                      pickName(match.project.organization, language),
                      countryName(match.project.country, language),
                      match.project.sizeUsd ? formatMoney(match.project.sizeUsd, 'USD') : null,
                      t('cooperation.matches.score', { score: match.score }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Typography.Text>
                  <MatchReasons reasons={match.reasons} explanation={match.explanation} />
                </Flex>
                <Button
                  size="small"
                  type="text"
                  icon={<CloseCircleOutlined />}
                  className="coop-row-actions"
                  loading={dismiss.isPending && dismiss.variables?.projectId === match.project.id}
                  onClick={() =>
                    dismiss.mutate(
                      { projectId: match.project.id },
                      { onSuccess: () => void message.success(t('cooperation.matches.dismissed')), onError: toast },
                    )
                  }
                  aria-label={t('cooperation.matches.dismissNamed', { name: title.text })}
                  data-testid="match-dismiss"
                >
                  {t('cooperation.matches.dismiss')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
