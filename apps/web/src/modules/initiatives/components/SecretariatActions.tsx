import { readerLanguage, type InitiativeDto } from '@alliance/contracts';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { signatoriesExportUrl, useInitiativeCommand } from '../api';

/** The secretariat's actions on an initiative, exactly those the API offers. */
export function SecretariatActions({ initiative }: { initiative: InitiativeDto }) {
  const { t, i18n } = useTranslation();
  const lang = readerLanguage(i18n.resolvedLanguage);
  const command = useInitiativeCommand(initiative.id);
  const toast = useErrorToast();
  const step = (action: 'publish' | 'close') =>
    command.mutate({ action, body: { version: initiative.version } }, { onError: toast });
  const can = (action: InitiativeDto['actions'][number]) => initiative.actions.includes(action);

  return (
    <>
      {can('update') ? (
        <ButtonLink to={`/initiatives/${initiative.id}/edit`} icon={<EditOutlined />} data-testid="edit-initiative">
          {t('initiatives.actions.edit')}
        </ButtonLink>
      ) : null}
      {can('publish') ? (
        <Popconfirm
          title={t(
            initiative.opensOn && initiative.opensOn > new Date().toISOString().slice(0, 10)
              ? 'initiatives.actions.publishLater'
              : 'initiatives.actions.publishNow',
          )}
          okText={t('initiatives.actions.publish')}
          cancelText={t('common.cancel')}
          onConfirm={() => step('publish')}
        >
          <Button type="primary" loading={command.isPending} data-testid="publish-initiative">
            {t('initiatives.actions.publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {can('close') ? (
        <Popconfirm
          title={t('initiatives.actions.closeConfirm')}
          okText={t('initiatives.actions.close')}
          cancelText={t('common.cancel')}
          onConfirm={() => step('close')}
        >
          <Button danger loading={command.isPending} data-testid="close-initiative">
            {t('initiatives.actions.close')}
          </Button>
        </Popconfirm>
      ) : null}
      {can('export') ? (
        <>
          <Button
            href={signatoriesExportUrl(initiative.id, 'csv', lang)}
            download
            icon={<DownloadOutlined />}
            data-testid="export-csv"
          >
            {t('initiatives.actions.exportCsv')}
          </Button>
          <Button
            href={signatoriesExportUrl(initiative.id, 'pdf', lang)}
            download
            icon={<DownloadOutlined />}
            data-testid="export-pdf"
          >
            {t('initiatives.actions.exportPdf')}
          </Button>
        </>
      ) : null}
    </>
  );
}
