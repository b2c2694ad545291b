import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PlatformIcon } from '../../platforms/components/PlatformIcon';
import type { PlatformKey } from '../../platforms/platforms';

interface Props {
  platforms: readonly PlatformKey[];
  /** Four platforms get a full card; the sections around them a compact one. */
  compact?: boolean;
}

export function PlatformCards({ platforms, compact }: Props) {
  const { t } = useTranslation();
  return (
    <Row gutter={[20, 20]}>
      {platforms.map((platform) => (
        <Col key={platform} xs={24} sm={12} lg={compact ? 8 : 6}>
          <Card className="platform-card" hoverable>
            <span className="platform-title-icon">
              <PlatformIcon platform={platform} />
            </span>
            <Typography.Title level={4} style={{ marginTop: 0 }}>
              {t(`platforms.${platform}.title`)}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t(`platforms.${platform}.summary`)}</Typography.Paragraph>
            <Link to={`/${platform}`}>
              {t('home.learnMore')} <ArrowRightOutlined />
            </Link>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
