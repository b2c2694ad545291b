import {
  allowedTransitions,
  MEMBERSHIP_APPLICATION_TRANSITIONS,
  type MembershipApplicationDto,
} from '@alliance/contracts';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../lib/names';
import { useApproveApplication } from '../api';
import { RejectApplicationModal } from './RejectApplicationModal';

interface Props {
  application: MembershipApplicationDto;
  /** Approval failures are shown in the drawer, next to the application they concern; `null` clears them. */
  onApproveError: (error: unknown) => void;
}

/** Approve or reject: only while the application is pending. */
export function ApplicationActions({ application: app, onApproveError }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const approve = useApproveApplication();
  const [rejecting, setRejecting] = useState(false);
  const allowed = allowedTransitions(MEMBERSHIP_APPLICATION_TRANSITIONS, app.status);
  if (allowed.length === 0) return null;

  const confirmApprove = () => {
    onApproveError(null);
    approve.mutate(app.id, {
      onSuccess: () => void message.success(t('membership.applications.approve.done')),
      onError: onApproveError,
    });
  };

  return (
    <Space wrap>
      {allowed.includes('approve') ? (
        <Popconfirm
          title={t('membership.applications.approve.confirmTitle')}
          description={
            <div style={{ maxWidth: 340 }}>
              {t('membership.applications.approve.confirmText', {
                name: pickName(app, i18n.resolvedLanguage),
                email: app.contactEmail,
              })}
            </div>
          }
          okText={t('membership.applications.approve.confirmOk')}
          cancelText={t('common.cancel')}
          okButtonProps={{ loading: approve.isPending }}
          onConfirm={confirmApprove}
        >
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={approve.isPending}>
            {t('membership.applications.approve.button')}
          </Button>
        </Popconfirm>
      ) : null}
      {allowed.includes('reject') ? (
        <Button
          danger
          icon={<CloseOutlined aria-hidden />}
          onClick={() => setRejecting(true)}
          disabled={approve.isPending}
        >
          {t('membership.applications.reject.button')}
        </Button>
      ) : null}
      {rejecting ? <RejectApplicationModal application={app} onClose={() => setRejecting(false)} /> : null}
    </Space>
  );
}
