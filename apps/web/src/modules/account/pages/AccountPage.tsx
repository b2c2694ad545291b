import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageSpinner } from '../../../app/guards';
import { PageHeader } from '../../../components/PageHeader';
import { useLocalizedName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { FollowsCard } from '../../notifications/components/FollowsCard';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { ProfileForm } from '../components/ProfileForm';

export function AccountPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const nameOf = useLocalizedName();
  if (!me) return <PageSpinner />;

  return (
    <div className="page">
      <PageHeader title={t('account.title')} subtitle={t('account.subtitle')} />
      <Card style={{ marginBottom: 24 }}>
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label={t('account.email')}>{me.user.email}</Descriptions.Item>
          <Descriptions.Item label={t('account.organization')}>{nameOf(me.organization)}</Descriptions.Item>
          <Descriptions.Item label={t('account.role')}>
            <Tag>{t(`enums.orgRole.${me.user.orgRole}`)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={12}>
          {/* Re-mounts when the account changes elsewhere (e.g. the header's language switch). */}
          <ProfileForm key={`${me.user.displayName}|${me.user.locale}`} me={me} />
        </Col>
        <Col xs={24} lg={12}>
          <ChangePasswordForm />
        </Col>
        <Col xs={24}>
          <FollowsCard />
        </Col>
      </Row>
    </div>
  );
}
