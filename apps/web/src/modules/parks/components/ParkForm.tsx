import { PARK_LIMITS, type ParkDto } from '@alliance/contracts';
import { App, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { applyApiFieldErrors } from '../../../lib/forms';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';
import { useCreatePark, useUpdatePark } from '../api';
import {
  isVersionConflict,
  toCreateParkRequest,
  toFormValues,
  toUpdateParkRequest,
  type GetParkField,
  type ParkFormValues,
} from '../parkForm';
import { ParkConflictAlert } from './ParkConflictAlert';
import { ContactFields, FiguresFields, LocationFields, ProfileFields } from './ParkFormSections';

interface Props {
  /** Absent: a new park. */
  park?: ParkDto;
  /** The secretariat picks the operating organization of a new park; operators create their own. */
  chooseOrganization: boolean;
  /** Loads the park again and starts the form over from it (after someone else saved it). */
  onReload?: () => void;
  reloading?: boolean;
}

/** Both languages side by side; the API's validation errors land on the fields they concern. */
export function ParkForm({ park, chooseOrganization, onReload, reloading = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ParkFormValues>();
  const create = useCreatePark();
  const update = useUpdatePark();
  const mutation = park ? update : create;
  // The version the fields were filled from, not whatever a later refetch brings: saving over a
  // newer version must be refused, not made silently.
  const [version] = useState(park?.version);
  const conflict = isVersionConflict(mutation.error);

  const submit = (values: ParkFormValues) => {
    const options = {
      onSuccess: (saved: ParkDto) => {
        void message.success(t(park ? 'parks.form.updated' : 'parks.form.created'));
        void navigate(`/parks/${saved.id}`);
      },
      onError: (error: unknown) => applyApiFieldErrors(form, error, t),
    };
    if (park && version !== undefined)
      update.mutate({ id: park.id, body: toUpdateParkRequest(values, version) }, options);
    else create.mutate(toCreateParkRequest(values), options);
  };

  const oneName = ({ getFieldValue }: { getFieldValue: GetParkField }) => ({
    validator: () =>
      String(getFieldValue('nameEn') ?? '').trim() || String(getFieldValue('nameZh') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('parks.form.nameRequired'))),
  });
  const nameLength = { max: PARK_LIMITS.nameLength, message: t('validation.maxLength') };

  return (
    <Form<ParkFormValues>
      form={form}
      name="park"
      layout="vertical"
      data-testid="park-form"
      initialValues={toFormValues(park)}
      onFinish={submit}
      scrollToFirstError
      disabled={mutation.isPending}
    >
      {chooseOrganization && !park ? (
        <Card title={t('parks.form.sections.operator')} style={{ marginBottom: 24 }}>
          <Form.Item
            name="organizationId"
            label={t('parks.fields.operator')}
            extra={t('parks.form.operatorHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <OrganizationSelect placeholder={t('parks.form.operatorPlaceholder')} allowClear />
          </Form.Item>
        </Card>
      ) : null}

      <Card title={t('parks.form.sections.names')} style={{ marginBottom: 24 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameEn"
              label={t('parks.fields.nameEn')}
              dependencies={['nameZh']}
              rules={[oneName, nameLength]}
            >
              <Input maxLength={PARK_LIMITS.nameLength} lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameZh"
              label={t('parks.fields.nameZh')}
              dependencies={['nameEn']}
              rules={[oneName, nameLength]}
            >
              <Input maxLength={PARK_LIMITS.nameLength} lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionEn" label={t('parks.fields.descriptionEn')}>
              <Input.TextArea rows={5} maxLength={PARK_LIMITS.descriptionLength} showCount lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionZh" label={t('parks.fields.descriptionZh')}>
              <Input.TextArea rows={5} maxLength={PARK_LIMITS.descriptionLength} showCount lang="zh-CN" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <LocationFields />
      <ProfileFields />
      <FiguresFields />
      <ContactFields />

      {conflict && onReload ? (
        <ParkConflictAlert onReload={onReload} reloading={reloading} />
      ) : (
        <ApiErrorAlert error={mutation.error} />
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {park ? t('common.save') : t('parks.form.create')}
        </Button>
        <ButtonLink to={park ? `/parks/${park.id}` : '/directory'}>{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
