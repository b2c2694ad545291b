import type { PolicyBriefDto } from '@alliance/contracts';
import { ClockCircleOutlined, FileAddOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { useBriefCommand } from '../api';

/** Why this brief cannot be edited now (in review, published, retracted, someone else's), and what can be done. */
function reasonOf(brief: PolicyBriefDto): 'inReview' | 'published' | 'retracted' | 'notYours' {
  if (brief.status === 'retracted') return 'retracted';
  if (brief.actions.includes('new_version')) return 'published';
  if (brief.working?.status === 'in_review') return 'inReview';
  return 'notYours';
}

const ICONS = {
  inReview: <ClockCircleOutlined style={{ color: '#0b3d6e' }} />,
  published: <FileAddOutlined style={{ color: '#0b3d6e' }} />,
  retracted: <StopOutlined style={{ color: '#cf1322' }} />,
};

/** The editor's address of a brief that is not being written: a way on instead of a form that would be refused. */
export function BriefNotEditable({ brief }: { brief: PolicyBriefDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const command = useBriefCommand();
  const reason = reasonOf(brief);
  const next = (brief.publishedVersion ?? 0) + 1;

  const startVersion = () =>
    command.mutate(
      { id: brief.id, command: { action: 'new-version' } },
      {
        // The editor's address stays; the brief now has a version to write.
        onSuccess: () => void message.success(t('policyBriefs.actions.new_version.done', { number: next })),
        onError: toast,
      },
    );

  return (
    <Result
      status={reason === 'notYours' ? '403' : 'info'}
      icon={reason === 'notYours' ? undefined : ICONS[reason]}
      title={<h1 className="result-heading">{t(`policyBriefs.form.notEditable.${reason}.title`)}</h1>}
      subTitle={t(`policyBriefs.form.notEditable.${reason}.text`, { number: next })}
      data-testid="brief-not-editable"
      extra={
        <>
          {reason === 'published' ? (
            <Button
              type="primary"
              icon={<FileAddOutlined />}
              loading={command.isPending}
              onClick={startVersion}
              data-testid="brief-start-version"
            >
              {t('policyBriefs.actions.new_version.ok', { number: next })}
            </Button>
          ) : null}
          <ButtonLink to={`/policy/briefs/${brief.id}`}>{t('policyBriefs.form.backToBrief')}</ButtonLink>
        </>
      }
    />
  );
}
