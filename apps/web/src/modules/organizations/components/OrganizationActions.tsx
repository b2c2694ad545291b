import type { OrganizationAction, OrganizationDto } from '@alliance/contracts';
import { allowedOrganizationActions } from '@alliance/contracts';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canOn, useAbility } from '../../../lib/ability';
import { TransitionModal } from './TransitionModal';

interface Props {
  organization: OrganizationDto;
  onEdit?: () => void;
  /** Compact link-style buttons in table rows, regular buttons on the detail page. */
  compact?: boolean;
}

/** Only the transitions the status machine allows from here and the user may perform. */
export function OrganizationActions({ organization, onEdit, compact = true }: Props) {
  const { t } = useTranslation();
  const ability = useAbility();
  const [action, setAction] = useState<OrganizationAction | null>(null);
  const record = { id: organization.id, organizationId: organization.id };
  const actions = allowedOrganizationActions(organization.status, organization.type).filter((a) =>
    canOn(ability, a, 'Organization', record),
  );
  const canEdit = onEdit && canOn(ability, 'update', 'Organization', record);

  return (
    // Clicks here (and in the modal, whose events bubble through the portal) must not open the row.
    <span onClick={(event) => event.stopPropagation()}>
      <Space size={compact ? 0 : 8} wrap={!compact}>
        {canEdit ? (
          <Button size={compact ? 'small' : 'middle'} type={compact ? 'link' : 'default'} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        ) : null}
        {actions.map((a) => (
          <Button
            key={a}
            size={compact ? 'small' : 'middle'}
            type={compact ? 'link' : 'default'}
            danger={a === 'suspend' || a === 'withdraw'}
            onClick={() => setAction(a)}
          >
            {t(`organizations.actions.${a}.label`)}
          </Button>
        ))}
      </Space>
      {action ? <TransitionModal organization={organization} action={action} onClose={() => setAction(null)} /> : null}
    </span>
  );
}
