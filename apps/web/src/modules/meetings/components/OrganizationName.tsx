import { htmlLang, pickLocalized, readerLanguage, type MeetingOrganizationRef } from '@alliance/contracts';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  organization: MeetingOrganizationRef;
  /** Links to the organization's public profile (off inside a button, say). */
  link?: boolean;
  /** Its kind under the name. */
  withType?: boolean;
  strong?: boolean;
}

/** An organization's name in the reader's language (the other one, so marked, when that is all there is). */
export function OrganizationName({ organization, link = true, withType = false, strong = false }: Props) {
  const { t, i18n } = useTranslation();
  const shown = pickLocalized(organization.nameEn, organization.nameZh, readerLanguage(i18n.resolvedLanguage));
  const text = (
    <span lang={shown ? htmlLang(shown.language) : undefined} className={strong ? 'meet-strong' : undefined}>
      {shown?.text ?? '—'}
    </span>
  );
  return (
    <span className="meet-org" data-testid="organization-name">
      {link ? <Link to={`/organizations/${organization.id}`}>{text}</Link> : text}
      {withType ? (
        <Typography.Text type="secondary" className="meet-meta meet-block">
          {t(`enums.organizationType.${organization.type}`)}
        </Typography.Text>
      ) : null}
    </span>
  );
}
