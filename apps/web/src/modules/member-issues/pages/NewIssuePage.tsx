import { MEMBER_ISSUE_CATEGORIES, MEMBER_ISSUE_LIMITS, readerLanguage } from '@alliance/contracts';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { CountrySelect } from '../../../components/CountrySelect';
import { PageHeader } from '../../../components/PageHeader';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useOrganizationParks } from '../../organizations/api';
import { useRaiseIssue } from '../api';
import { EMPTY_ISSUE_FORM, hasEitherLanguage, issueRequestOf, languageOrder, type IssueFormValues } from '../issueForm';
import { useIssueRights } from '../useIssueRights';
import '../member-issues.css';

/** An organization runs a handful of parks: one page of them is the whole list. */
const PARKS_LIMIT = 100;

/** `/policy/issues/new`: a member records a problem met abroad, in Chinese, English or both. */
export function NewIssuePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IssueFormValues>();
  const { organizationId } = useIssueRights();
  const parks = useOrganizationParks(organizationId, 1, PARKS_LIMIT);
  const raise = useRaiseIssue();
  const confidential = Form.useWatch('confidential', form);
  const parkItems = parks.data?.items ?? [];
  // The pair's rule sits on the field written first (the reader's language), where its message shows.
  const first = languageOrder(readerLanguage(language))[0] === 'zh' ? 'Zh' : 'En';

  const eitherRule = (field: 'title' | 'description', message: string) => ({
    validator: () =>
      hasEitherLanguage(form.getFieldValue(`${field}En`), form.getFieldValue(`${field}Zh`))
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  });

  const onFinish = (values: IssueFormValues) =>
    raise.mutate(issueRequestOf(values), {
      onSuccess: (issue) => {
        void message.success(t('memberIssues.form.done', { reference: issue.reference }));
        void navigate(`/policy/issues/${issue.id}`);
      },
      onError: (error) => applyApiFieldErrors(form, error, t),
    });

  return (
    <div className="page issue-form-page" data-testid="new-issue-page">
      <Link to="/policy/issues">
        <ArrowLeftOutlined /> {t('memberIssues.back')}
      </Link>
      <div style={{ height: 12 }} />
      <PageHeader title={t('memberIssues.form.title')} subtitle={t('memberIssues.form.subtitle')} />
      <Form<IssueFormValues>
        form={form}
        name="member-issue"
        layout="vertical"
        initialValues={EMPTY_ISSUE_FORM}
        onFinish={onFinish}
        onValuesChange={(changed: Partial<IssueFormValues>) => {
          // A park sets the country (the park is in one); the texts are checked as a pair.
          const park = parkItems.find((item) => item.id === changed.parkId);
          if (park) form.setFieldValue('country', park.country);
          if ('titleEn' in changed || 'titleZh' in changed)
            void form.validateFields([`title${first}`]).catch(() => null);
          if ('descriptionEn' in changed || 'descriptionZh' in changed)
            void form.validateFields([`description${first}`]).catch(() => null);
        }}
        data-testid="issue-form"
      >
        <Card title={t('memberIssues.form.about')} style={{ marginBottom: 24 }}>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <Form.Item
                name="category"
                label={t('memberIssues.fields.category')}
                rules={[{ required: true, message: t('memberIssues.form.categoryRequired') }]}
              >
                <Select<string>
                  options={MEMBER_ISSUE_CATEGORIES.map((value) => ({
                    value,
                    label: t(`memberIssues.category.${value}`),
                  }))}
                  data-testid="field-category"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="country"
                label={t('memberIssues.fields.country')}
                rules={[{ required: true, message: t('memberIssues.form.countryRequired') }]}
              >
                <CountrySelect data-testid="field-country" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="parkId" label={t('memberIssues.fields.park')} extra={t('memberIssues.form.parkHint')}>
                <Select<string>
                  allowClear
                  loading={parks.isFetching}
                  placeholder={t('memberIssues.form.parkPlaceholder')}
                  notFoundContent={t('memberIssues.form.noParks')}
                  options={parkItems.map((park) => ({ value: park.id, label: pickName(park, language) }))}
                  data-testid="field-park"
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>

        <Card title={t('memberIssues.form.text')} style={{ marginBottom: 24 }}>
          <Typography.Paragraph type="secondary">{t('memberIssues.form.languagesHint')}</Typography.Paragraph>
          <Row gutter={24}>
            {languageOrder(readerLanguage(language)).map((lang, index) => {
              const suffix = lang === 'en' ? 'En' : 'Zh';
              return (
                <Col xs={24} lg={12} key={lang} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
                  <Form.Item
                    name={`title${suffix}`}
                    label={t(`memberIssues.fields.title${suffix}`)}
                    rules={index === 0 ? [eitherRule('title', t('memberIssues.form.titleRequired'))] : []}
                  >
                    <Input maxLength={MEMBER_ISSUE_LIMITS.titleLength} data-testid={`field-title-${lang}`} />
                  </Form.Item>
                  <Form.Item
                    name={`description${suffix}`}
                    label={t(`memberIssues.fields.description${suffix}`)}
                    rules={index === 0 ? [eitherRule('description', t('memberIssues.form.descriptionRequired'))] : []}
                  >
                    <Input.TextArea
                      rows={6}
                      maxLength={MEMBER_ISSUE_LIMITS.descriptionLength}
                      data-testid={`field-description-${lang}`}
                    />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </Card>

        <Card style={{ marginBottom: 24 }}>
          <Form.Item name="confidential" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox data-testid="field-confidential">
              <LockOutlined aria-hidden /> {t('memberIssues.form.confidential')}
            </Checkbox>
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="confidential-explain">
            {t(confidential ? 'memberIssues.form.confidentialHint' : 'memberIssues.form.openHint')}
          </Typography.Paragraph>
        </Card>

        <ApiErrorAlert error={raise.error} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={raise.isPending} data-testid="issue-submit">
            {t('memberIssues.form.submit')}
          </Button>
          <Button onClick={() => void navigate('/policy/issues')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </div>
  );
}
