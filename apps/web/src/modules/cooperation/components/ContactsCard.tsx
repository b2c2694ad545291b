import type { CooperationContactDto } from '@alliance/contracts';
import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../lib/names';

function Contact({ contact, label }: { contact: CooperationContactDto; label: string }) {
  const { t, i18n } = useTranslation();
  const dash = '—';
  return (
    <Descriptions
      column={1}
      size="small"
      title={
        <Typography.Title level={3} className="coop-subsection-title">
          {label}: {pickName(contact.organization, i18n.resolvedLanguage)}
        </Typography.Title>
      }
      data-testid="contact"
    >
      <Descriptions.Item label={t('cooperation.contacts.person')}>
        {[contact.personName, contact.personEmail].filter(Boolean).join(' · ') || dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.contacts.organization')}>
        {contact.contactName ?? dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.contacts.email')}>
        {contact.contactEmail ? <a href={`mailto:${contact.contactEmail}`}>{contact.contactEmail}</a> : dash}
      </Descriptions.Item>
      <Descriptions.Item label={t('cooperation.contacts.phone')}>{contact.contactPhone ?? dash}</Descriptions.Item>
    </Descriptions>
  );
}

/** Both sides' contacts, shown once the owner has accepted the expression. */
export function ContactsCard({
  contacts,
}: {
  contacts: { owner: CooperationContactDto; interested: CooperationContactDto };
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[24, 16]} data-testid="contacts">
      <Col xs={24} md={12}>
        <Contact contact={contacts.owner} label={t('cooperation.contacts.owner')} />
      </Col>
      <Col xs={24} md={12}>
        <Contact contact={contacts.interested} label={t('cooperation.contacts.interested')} />
      </Col>
    </Row>
  );
}
