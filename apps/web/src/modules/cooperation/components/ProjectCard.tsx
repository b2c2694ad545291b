import {
  htmlLang,
  pickLocalized,
  pickTitle,
  readerLanguage,
  type CooperationProjectSummaryDto,
} from '@alliance/contracts';
import { EnvironmentOutlined, MessageOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName, sectorName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { LanguageMarker } from '../../posts/components/PostTags';
import { KindTag, ProjectStatusTag, SampleTag } from './CooperationTags';
import '../cooperation.css';

interface Props {
  project: CooperationProjectSummaryDto;
  /** The heading level under the page's: h2 in a list, h3 in a section of a page. */
  level?: 2 | 3;
}

/** One project in a list: what it looks for, whose, where, how large, until when, and its summary. */
export function ProjectCard({ project, level = 2 }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const title = pickTitle(project, reader);
  const summary = pickLocalized(project.summaryEn, project.summaryZh, reader);
  // One marker says which text is not in the reader's language (the title's, else the summary's).
  const fallback = title.fallback ? title : summary?.fallback ? summary : null;

  return (
    <Card size="small" className="coop-card" data-testid="project-card" data-project-id={project.id}>
      <Flex vertical gap={6}>
        <Flex wrap gap={6} align="center">
          <KindTag kind={project.kind} />
          <ProjectStatusTag status={project.status} />
          {project.sample ? <SampleTag /> : null}
          {fallback ? <LanguageMarker language={fallback.language} testId="project-language-marker" /> : null}
          {project.openExpressions ? (
            <Typography.Text className="coop-card-waiting" data-testid="project-open-expressions">
              <MessageOutlined aria-hidden /> {t('cooperation.card.waiting', { count: project.openExpressions })}
            </Typography.Text>
          ) : null}
        </Flex>
        <Typography.Title level={level} className="coop-card-title" lang={htmlLang(title.language)}>
          <Link to={`/cooperation/projects/${project.id}`} data-testid="project-card-title">
            {title.text}
          </Link>
        </Typography.Title>
        <Typography.Text className="coop-meta">
          <EnvironmentOutlined aria-hidden /> {countryName(project.country, language)}
          {project.park ? ` — ${pickName(project.park, language)}` : null}
          {' · '}
          {project.sectors.map((sector) => sectorName(sector, language)).join(language === 'zh' ? '、' : ', ')}
        </Typography.Text>
        <Typography.Text type="secondary" className="coop-meta">
          {[
            pickName(project.organization, language),
            project.sizeUsd ? t('cooperation.card.size', { amount: formatMoney(project.sizeUsd, 'USD') }) : null,
            project.deadline ? t('cooperation.card.deadline', { date: formatDate(project.deadline, language) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {summary ? (
          <Typography.Paragraph
            className="coop-card-summary"
            lang={htmlLang(summary.language)}
            ellipsis={{ rows: 2 }}
            style={{ margin: 0 }}
          >
            {summary.text}
          </Typography.Paragraph>
        ) : null}
      </Flex>
    </Card>
  );
}
