import { INITIATIVE_LIMITS, type InitiativeDto, type InitiativeRequest } from '@alliance/contracts';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../../../app/ErrorBoundary';
import { PageSpinner } from '../../../app/guards';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { PageHeader } from '../../../components/PageHeader';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useInitiative, useSaveInitiative } from '../api';

interface Values {
  titleEn?: string;
  titleZh?: string;
  preambleEn?: string;
  preambleZh?: string;
  principles: { en?: string; zh?: string }[];
  opensOn?: Dayjs | null;
  closesOn?: Dayjs | null;
  targetOrganizations?: number | null;
}

const DAY = 'YYYY-MM-DD';
const orNull = (text: string | undefined) => (text && text.trim() ? text.trim() : null);

function valuesOf(initiative: InitiativeDto | undefined): Values {
  if (!initiative) return { principles: [{}] };
  return {
    titleEn: initiative.titleEn ?? undefined,
    titleZh: initiative.titleZh ?? undefined,
    preambleEn: initiative.preambleEn ?? undefined,
    preambleZh: initiative.preambleZh ?? undefined,
    principles: initiative.principles.map((p) => ({ en: p.en ?? undefined, zh: p.zh ?? undefined })),
    opensOn: initiative.opensOn ? dayjs(initiative.opensOn) : null,
    closesOn: initiative.closesOn ? dayjs(initiative.closesOn) : null,
    targetOrganizations: initiative.targetOrganizations,
  };
}

function requestOf(values: Values): InitiativeRequest {
  return {
    titleEn: orNull(values.titleEn),
    titleZh: orNull(values.titleZh),
    preambleEn: orNull(values.preambleEn),
    preambleZh: orNull(values.preambleZh),
    principles: (values.principles ?? []).map((p) => ({ en: orNull(p.en), zh: orNull(p.zh) })),
    opensOn: values.opensOn ? values.opensOn.format(DAY) : null,
    closesOn: values.closesOn ? values.closesOn.format(DAY) : null,
    targetOrganizations: values.targetOrganizations ?? null,
  };
}

/** `/initiatives/new` and `/initiatives/:id/edit`: the secretariat writes an initiative in both languages. */
export function InitiativeEditorPage() {
  const { id } = useParams<{ id: string }>();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const query = useInitiative(id);
  const save = useSaveInitiative(id);
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    if (query.data) form.setFieldsValue(valuesOf(query.data));
  }, [form, query.data]);

  if (id && query.isPending) return <PageSpinner />;
  if (id && query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;

  const finish = (values: Values) =>
    save.mutate(
      { ...requestOf(values), ...(query.data ? { version: query.data.version } : {}) },
      {
        onSuccess: (initiative) => {
          void message.success(t('initiatives.editor.saved'));
          void navigate(`/initiatives/${initiative.id}`);
        },
        onError: (error) => applyApiFieldErrors(form, error, t),
      },
    );

  return (
    <div className="page" data-testid="initiative-editor">
      <PageHeader title={t(id ? 'initiatives.editor.editTitle' : 'initiatives.editor.newTitle')} />
      <ApiErrorAlert error={save.error} />
      <Form<Values> form={form} layout="vertical" initialValues={valuesOf(query.data)} onFinish={finish}>
        <Card style={{ marginBottom: 24 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="titleEn" label={t('initiatives.editor.titleEn')}>
                <Input maxLength={INITIATIVE_LIMITS.titleLength} lang="en" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="titleZh" label={t('initiatives.editor.titleZh')}>
                <Input maxLength={INITIATIVE_LIMITS.titleLength} lang="zh-CN" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="preambleEn" label={t('initiatives.editor.preambleEn')}>
                <Input.TextArea rows={4} maxLength={INITIATIVE_LIMITS.preambleLength} lang="en" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="preambleZh" label={t('initiatives.editor.preambleZh')}>
                <Input.TextArea rows={4} maxLength={INITIATIVE_LIMITS.preambleLength} lang="zh-CN" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card
          style={{ marginBottom: 24 }}
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('initiatives.editor.principles')}
            </Typography.Title>
          }
        >
          <Form.List name="principles">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field, index) => (
                  <Row key={field.key} gutter={8} align="top">
                    <Col xs={24} md={11}>
                      <Form.Item
                        name={[field.name, 'en']}
                        label={t('initiatives.editor.principleEn', { n: index + 1 })}
                      >
                        <Input.TextArea rows={2} maxLength={INITIATIVE_LIMITS.principleLength} lang="en" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={11}>
                      <Form.Item
                        name={[field.name, 'zh']}
                        label={t('initiatives.editor.principleZh', { n: index + 1 })}
                      >
                        <Input.TextArea rows={2} maxLength={INITIATIVE_LIMITS.principleLength} lang="zh-CN" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2}>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('initiatives.editor.removePrinciple', { n: index + 1 })}
                        onClick={() => remove(field.name)}
                        style={{ marginTop: 30 }}
                      />
                    </Col>
                  </Row>
                ))}
                {fields.length < INITIATIVE_LIMITS.maxPrinciples ? (
                  <div>
                    <Button icon={<PlusOutlined />} onClick={() => add({})}>
                      {t('initiatives.editor.addPrinciple')}
                    </Button>
                  </div>
                ) : null}
              </Flex>
            )}
          </Form.List>
        </Card>
        <Card style={{ marginBottom: 24 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="opensOn" label={t('initiatives.editor.opensOn')}>
                <DatePicker style={{ width: '100%' }} format={DAY} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="closesOn" label={t('initiatives.editor.closesOn')}>
                <DatePicker style={{ width: '100%' }} format={DAY} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="targetOrganizations" label={t('initiatives.editor.target')}>
                <InputNumber min={1} max={INITIATIVE_LIMITS.maxTarget} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-initiative">
            {t('common.save')}
          </Button>
          <ButtonLink to={id ? `/initiatives/${id}` : '/initiatives'}>{t('common.cancel')}</ButtonLink>
        </Flex>
      </Form>
    </div>
  );
}
