import { readerLanguage } from '@alliance/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../../lib/ability';
import { organizationsExportUrl, type OrganizationQuery } from '../api';

/** A plain link to the CSV of the current filters, for those allowed to export. */
export function ExportOrganizationsButton({ filters }: { filters: OrganizationQuery }) {
  const { t, i18n } = useTranslation();
  const ability = useAbility();
  if (!ability.can('export', 'Organization')) return null;
  return (
    <Tooltip title={t('organizations.exportHint')}>
      <Button
        icon={<DownloadOutlined />}
        href={organizationsExportUrl(filters, readerLanguage(i18n.resolvedLanguage))}
        download
      >
        {t('organizations.export')}
      </Button>
    </Tooltip>
  );
}
