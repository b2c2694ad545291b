import type { ParkDto } from '@alliance/contracts';
import { App, Button, Card, Col, Flex, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { applyApiFieldErrors } from '../../../lib/forms';
import { OrganizationSelect } from '../../organizations/components/OrganizationSelect';
import { useCreatePark, useUpdatePark } from '../api';
import { toFormValues, toParkRequest, type ParkFormValues } from '../parkForm';
import { ContactFields, FiguresFields, LocationFields, ProfileFields } from './ParkFormSections';

interface Props {
  /** Absent: a new park. */
  park?: ParkDto;
  /** The secretariat picks the operating organization of a new park; operators create their own. */
  chooseOrganization: boolean;
}

type GetField = (name: keyof ParkFormValues) => unknown;

/** Both languages side by side; the API's validation errors land on the fields they concern. */
export function ParkForm({ park, chooseOrganization }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ParkFormValues>();
  const create = useCreatePark();
  const update = useUpdatePark();
  const mutation = park ? update : create;

  const submit = (values: ParkFormValues) => {
    const options = {
      onSuccess: (saved: ParkDto) => {
        void message.success(t(park ? 'parks.form.updated' : 'parks.form.created'));
        void navigate(`/parks/${saved.id}`);
      },
      onError: (error: unknown) => applyApiFieldErrors(form, error, t),
    };
    if (park) update.mutate({ id: park.id, body: toParkRequest(values, 'update') }, options);
    else create.mutate(toParkRequest(values, 'create'), options);
  };

  const oneName = ({ getFieldValue }: { getFieldValue: GetField }) => ({
    validator: () =>
      String(getFieldValue('nameEn') ?? '').trim() || String(getFieldValue('nameZh') ?? '').trim()
        ? Promise.resolve()
        : Promise.reject(new Error(t('parks.form.nameRequired'))),
  });

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
              rules={[oneName, { max: 300, message: t('validation.maxLength') }]}
            >
              <Input maxLength={300} lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="nameZh"
              label={t('parks.fields.nameZh')}
              dependencies={['nameEn']}
              rules={[oneName, { max: 300, message: t('validation.maxLength') }]}
            >
              <Input maxLength={300} lang="zh-CN" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionEn" label={t('parks.fields.descriptionEn')}>
              <Input.TextArea rows={5} maxLength={5000} showCount lang="en" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="descriptionZh" label={t('parks.fields.descriptionZh')}>
              <Input.TextArea rows={5} maxLength={5000} showCount lang="zh-CN" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <LocationFields />
      <ProfileFields />
      <FiguresFields />
      <ContactFields />

      <ApiErrorAlert error={mutation.error} />
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {park ? t('common.save') : t('parks.form.create')}
        </Button>
        <ButtonLink to={park ? `/parks/${park.id}` : '/directory'}>{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
