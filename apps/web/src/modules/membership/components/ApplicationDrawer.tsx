import type { ErrorCode, MembershipApplicationDto } from '@alliance/contracts';
import { Drawer, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { isApiError } from '../../../lib/apiClient';
import { useApplication } from '../api';
import { ApplicationActions } from './ApplicationActions';
import { ApplicationDecision } from './ApplicationDecision';
import { ApplicationDetails } from './ApplicationDetails';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { SimilarOrganizationsAlert } from './SimilarOrganizationsAlert';

/** Approval failures the secretariat can act on, explained in its terms. */
const APPROVE_ERRORS: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: 'membership.applications.approve.emailTaken',
  ILLEGAL_TRANSITION: 'membership.applications.alreadyDecided',
};

interface Props {
  /** The row clicked: shown at once while the full record loads. */
  application: MembershipApplicationDto;
  onClose: () => void;
}

/** One application in full, with the decision the secretariat can take on it. */
export function ApplicationDrawer({ application: row, onClose }: Props) {
  const { t } = useTranslation();
  const detail = useApplication(row.id);
  const [approveError, setApproveError] = useState<unknown>(null);
  const app = detail.data ?? row;

  const onApproveError = (error: unknown) => {
    setApproveError(error);
    // Someone else decided first: show what they decided.
    if (isApiError(error) && error.code === 'ILLEGAL_TRANSITION') void detail.refetch();
  };
  const approveMessageKey = isApiError(approveError) ? APPROVE_ERRORS[approveError.code] : undefined;

  return (
    <Drawer
      open
      size="large"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('membership.applications.drawerTitle', { reference: app.reference })}</span>
          <ApplicationStatusTag status={app.status} />
        </Flex>
      }
      extra={<ApplicationActions application={app} onApproveError={onApproveError} />}
      onClose={onClose}
      destroyOnHidden
    >
      {detail.isFetching && !detail.data ? (
        <Flex justify="center" style={{ marginBottom: 16 }}>
          <Spin />
        </Flex>
      ) : null}
      <ApiErrorAlert error={detail.error} />
      <ApiErrorAlert error={approveError} message={approveMessageKey ? t(approveMessageKey) : undefined} />
      <ApplicationDecision application={app} />
      <SimilarOrganizationsAlert similar={app.similarOrganizations ?? []} />
      <ApplicationDetails application={app} />
    </Drawer>
  );
}
