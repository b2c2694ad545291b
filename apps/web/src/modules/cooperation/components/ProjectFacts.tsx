import type { CooperationProjectDto } from '@alliance/contracts';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName, sectorName } from '../../../lib/names';
import { formatMoney } from '../../financing/format';
import { AudienceTag, KindTag, ProjectStatusTag } from './CooperationTags';

/** What the project is, whose, where, how large, and its dates. */
export function ProjectFacts({ project }: { project: CooperationProjectDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return (
    <Descriptions column={1} size="small" data-testid="project-facts">
      <Descriptions.Item label={t('cooperation.fields.status')}>
        <ProjectStatusTag status={project.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.kind')}>
        <KindTag kind={project.kind} />
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.organization')}>
        <Link to={`/organizations/${project.organization.id}`}>{pickName(project.organization, language)}</Link>
      </Descriptions.Item>
      {project.park ? (
        <Descriptions.Item label={t('cooperation.fields.park')}>
          <Link to={`/parks/${project.park.id}`}>{pickName(project.park, language)}</Link>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={t('cooperation.fields.country')}>
        <Link to={`/policy/countries/${project.country}`}>{countryName(project.country, language)}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.sectors')}>
        <span data-testid="project-sectors">
          {project.sectors.map((sector) => sectorName(sector, language)).join(language === 'zh' ? '、' : ', ')}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.sizeUsd')}>
        <span data-testid="project-size">{formatMoney(project.sizeUsd, 'USD')}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.deadline')}>
        {project.deadline ? formatDate(project.deadline, language) : t('cooperation.detail.noDeadline')}
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.fields.audience')}>
        <AudienceTag audience={project.audience} />
      </Descriptions.Item>
      {project.publishedAt ? (
        <Descriptions.Item label={t('cooperation.fields.publishedAt')}>
          {formatDate(project.publishedAt, language)}
        </Descriptions.Item>
      ) : null}
      {project.expiresAt && project.status !== 'closed' ? (
        <Descriptions.Item label={t('cooperation.fields.expiresAt')}>
          {formatDate(project.expiresAt, language)}
        </Descriptions.Item>
      ) : null}
      {project.closedAt ? (
        <Descriptions.Item label={t('cooperation.fields.closedAt')}>
          {formatDate(project.closedAt, language)}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
