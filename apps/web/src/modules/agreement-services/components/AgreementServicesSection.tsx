import { htmlLang, pickTitle, readerLanguage, type AgreementServiceDto } from '@alliance/contracts';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useAgreementServices } from '../api';
import { RequestServiceModal } from './RequestServiceModal';
import { ServiceEditorModal } from './ServiceEditorModal';
import { UptakeFigures } from './UptakeFigures';

/** A bilingual text in the reader's language (else the other), marked with its language. */
function Text({ en, zh, className }: { en: string | null; zh: string | null; className?: string }) {
  const { i18n } = useTranslation();
  const text = pickTitle({ titleEn: en, titleZh: zh }, readerLanguage(i18n.resolvedLanguage));
  if (!text.text) return null;
  return (
    <Typography.Paragraph lang={htmlLang(text.language)} className={className} style={{ whiteSpace: 'pre-wrap' }}>
      {text.text}
    </Typography.Paragraph>
  );
}

interface Props {
  agreementId: string;
  /** The agreement's counterparties, the usual providers of its services (for the secretariat's editor). */
  providers?: { id: string; nameEn: string | null; nameZh: string | null }[];
}

/**
 * The services an agreement offers members, each with its uptake (requests, delivered, median days to
 * delivery, average rating) and, for members, a request form; the secretariat adds and edits them.
 * A section of its own, for the agreement's page (`/agreements/:id`, mounted there as
 * `<AgreementServicesSection agreementId={agreement.id} providers={agreement.counterparties} />`) and
 * `/agreements/:id/services`; it shows nothing to visitors.
 */
export function AgreementServicesSection({ agreementId, providers = [] }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  // Services are for members: a visitor reading the agreement's public page sees no section.
  const { data: me } = useMe();
  const query = useAgreementServices(agreementId, Boolean(me));
  const [requesting, setRequesting] = useState<AgreementServiceDto | null>(null);
  const [editing, setEditing] = useState<AgreementServiceDto | 'new' | null>(null);

  if (!me) return null;
  if (query.error) return <ApiErrorAlert error={query.error} />;
  const data = query.data;
  return (
    <section aria-labelledby="agreement-services-title" data-testid="agreement-services">
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Title level={2} id="agreement-services-title" style={{ margin: 0 }}>
          {t('agreementServices.section.title')}
        </Typography.Title>
        {data?.canManage ? (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="service-add">
            {t('agreementServices.section.add')}
          </Button>
        ) : null}
      </Flex>
      {data ? (
        <Card size="small" style={{ marginBottom: 16 }} title={t('agreementServices.section.uptake')}>
          <UptakeFigures uptake={data.uptake} testId="agreement-uptake" />
        </Card>
      ) : null}
      <Flex vertical gap={16}>
        {data && data.services.length === 0 ? <Empty description={t('agreementServices.section.empty')} /> : null}
        {(data?.services ?? []).map((service) => (
          <Card
            key={service.id}
            loading={query.isPending}
            data-testid="service-card"
            data-service-id={service.id}
            title={
              <Flex gap={8} align="center" wrap>
                <span
                  lang={htmlLang(
                    pickTitle({ titleEn: service.nameEn, titleZh: service.nameZh }, readerLanguage(language)).language,
                  )}
                >
                  {pickName(service, language)}
                </span>
                {service.sample ? <Tag>{t('agreementServices.section.sample')}</Tag> : null}
                {service.active ? null : <Tag color="default">{t('agreementServices.section.withdrawn')}</Tag>}
              </Flex>
            }
            extra={
              <Flex gap={8}>
                {service.canManage ? (
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(service)}>
                    {t('common.edit')}
                  </Button>
                ) : null}
                {service.canRequest ? (
                  <Button
                    type="primary"
                    size="small"
                    onClick={() => setRequesting(service)}
                    data-testid="service-request"
                  >
                    {t('agreementServices.section.request')}
                  </Button>
                ) : null}
              </Flex>
            }
          >
            <Text en={service.descriptionEn} zh={service.descriptionZh} />
            <Typography.Text strong>{t('agreementServices.section.provider')}: </Typography.Text>
            <Typography.Text>{pickName(service.provider, language)}</Typography.Text>
            {service.eligibilityEn || service.eligibilityZh ? (
              <div style={{ marginTop: 8 }}>
                <Typography.Text strong>{t('agreementServices.section.eligibility')}</Typography.Text>
                <Text en={service.eligibilityEn} zh={service.eligibilityZh} />
              </div>
            ) : null}
            <UptakeFigures uptake={service.uptake} testId="service-uptake" />
          </Card>
        ))}
      </Flex>
      {requesting ? <RequestServiceModal service={requesting} onClose={() => setRequesting(null)} /> : null}
      {editing ? (
        <ServiceEditorModal
          agreementId={agreementId}
          providers={providers}
          service={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}
