import type { OrganizationDto } from '@alliance/contracts';
import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate, pickName } from '../../../lib/names';
import { otherName } from '../names';
import { OrganizationTags } from './OrganizationTags';

/** One member in the public directory. */
export function OrganizationCard({ organization: org }: { organization: OrganizationDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const other = otherName(org, language);
  return (
    <Card hoverable style={{ height: '100%' }} styles={{ body: { height: '100%' } }}>
      <Flex vertical gap={8} style={{ height: '100%' }}>
        <div>
          <Typography.Title level={5} style={{ margin: 0 }}>
            <Link to={`/organizations/${org.id}`}>{pickName(org, language)}</Link>
          </Typography.Title>
          {other ? <Typography.Text type="secondary">{other}</Typography.Text> : null}
        </div>
        <Flex wrap gap={4}>
          <Tag color="blue">{t(`enums.organizationType.${org.type}`)}</Tag>
          <OrganizationTags organization={org} />
        </Flex>
        <Typography.Text>
          <EnvironmentOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
          {countryName(org.country, language)}
        </Typography.Text>
        {org.memberSince ? (
          <Typography.Text type="secondary" style={{ marginTop: 'auto' }}>
            {t('organizations.directory.memberSince', { date: formatDate(org.memberSince, language) })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
