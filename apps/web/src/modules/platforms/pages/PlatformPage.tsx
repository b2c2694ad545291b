import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Col, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { PlatformIcon } from '../components/PlatformIcon';
import { PLATFORM_FEATURES, type PlatformKey } from '../platforms';

/** The description of a platform or section whose features come in later releases. */
export function PlatformPage({ platform }: { platform: PlatformKey }) {
  const { t } = useTranslation();
  const base = `platforms.${platform}`;
  return (
    <div className="page">
      <PageHeader
        title={
          <span className="platform-title">
            <span className="platform-title-icon">
              <PlatformIcon platform={platform} />
            </span>
            {t(`${base}.title`)}
          </span>
        }
        subtitle={t(`${base}.tagline`)}
      />
      <Typography.Paragraph className="lead">{t(`${base}.intro`)}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {PLATFORM_FEATURES[platform].map((feature) => (
          <Col key={feature} xs={24} md={8}>
            <Card className="feature-card" variant="outlined">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                {t(`${base}.features.${feature}.title`)}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                {t(`${base}.features.${feature}.text`)}
              </Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
      <Card style={{ marginTop: 24 }}>
        <Result
          icon={<ClockCircleOutlined style={{ color: '#0b3d6e' }} />}
          title={t('platforms.comingSoon.title')}
          subTitle={t('platforms.comingSoon.text')}
        />
      </Card>
    </div>
  );
}
