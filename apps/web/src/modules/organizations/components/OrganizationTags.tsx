import type { OrganizationDto } from '@alliance/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The alliance roles worth a badge: founding member, rotating chair. */
export function OrganizationTags({
  organization,
}: {
  organization: Pick<OrganizationDto, 'foundingMember' | 'rotatingChair'>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {organization.foundingMember ? <Tag color="gold">{t('organizations.fields.foundingMember')}</Tag> : null}
      {organization.rotatingChair ? <Tag color="purple">{t('organizations.fields.rotatingChair')}</Tag> : null}
    </>
  );
}
