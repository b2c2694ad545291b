import { ArrowLeftOutlined, EditOutlined, SettingOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Row, Tag, Typography, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { canOn, useAbility } from '../../../lib/ability';
import { isApiError } from '../../../lib/apiClient';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { useOrganization } from '../api';
import { LocalizedDescription } from '../components/LocalizedDescription';
import { OrganizationContactCard } from '../components/OrganizationContactCard';
import { OrganizationFormModal } from '../components/OrganizationFormModal';
import { OrganizationNotFound } from '../components/OrganizationNotFound';
import { OrganizationParks } from '../components/OrganizationParks';
import { OrganizationTags } from '../components/OrganizationTags';
import { otherName } from '../names';

/** A member's public profile; its contact for signed-in members. */
export function OrganizationProfilePage() {
  const { id } = useParams<{ id: string }>();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const ability = useAbility();
  const organization = useOrganization(id);
  const [editing, setEditing] = useState(false);

  if (organization.isPending) return <PageSpinner />;
  if (isApiError(organization.error) && organization.error.code === 'NOT_FOUND') return <OrganizationNotFound />;
  if (organization.error) return <ErrorResult error={organization.error} onRetry={() => void organization.refetch()} />;
  const org = organization.data;

  const canUpdate = canOn(ability, 'update', 'Organization', { id: org.id, organizationId: org.id });
  // The administration pages are the secretariat's; an organization's own admin edits here.
  const canAdminister = canUpdate && ability.can('create', 'Organization');

  const facts: DescriptionsProps['items'] = [
    { key: 'type', label: t('organizations.fields.type'), children: t(`enums.organizationType.${org.type}`) },
    { key: 'country', label: t('organizations.fields.country'), children: countryName(org.country, language) },
    {
      key: 'website',
      label: t('organizations.fields.website'),
      children: org.website ? (
        <Typography.Link href={org.website} target="_blank" rel="noopener noreferrer">
          {org.website}
        </Typography.Link>
      ) : (
        '—'
      ),
    },
    {
      key: 'memberSince',
      label: t('organizations.fields.memberSince'),
      children: formatDate(org.memberSince, language),
    },
  ];

  return (
    <div className="page" data-testid="organization-profile">
      <Link to="/directory/organizations">
        <ArrowLeftOutlined /> {t('organizations.profile.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader
        title={pickName(org, language)}
        subtitle={otherName(org, language) ?? undefined}
        extra={
          <>
            {canAdminister ? (
              <ButtonLink to={`/admin/organizations/${org.id}`} icon={<SettingOutlined />}>
                {t('organizations.profile.manage')}
              </ButtonLink>
            ) : null}
            {canUpdate && !canAdminister ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('organizations.profile.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex wrap gap={4} style={{ marginTop: -12, marginBottom: 24 }}>
        <Tag color="blue">{t(`enums.organizationType.${org.type}`)}</Tag>
        <OrganizationTags organization={org} />
      </Flex>
      {org.status !== 'active' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 24 }}
          title={t('organizations.profile.notPublic', { status: t(`enums.membershipStatus.${org.status}`) })}
        />
      ) : null}
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={16}>
          <Card title={t('organizations.profile.about')} style={{ height: '100%' }}>
            <LocalizedDescription en={org.descriptionEn} zh={org.descriptionZh} />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={24}>
            <Card>
              <Descriptions column={1} size="small" items={facts} />
            </Card>
            <OrganizationContactCard organization={org} />
          </Flex>
        </Col>
        <Col span={24}>
          <Card title={t('organizations.profile.parks.title')}>
            <OrganizationParks key={org.id} organizationId={org.id} />
          </Card>
        </Col>
      </Row>
      {editing ? <OrganizationFormModal organization={org} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
