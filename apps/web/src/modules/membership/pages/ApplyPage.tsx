import { Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { isApiError } from '../../../lib/apiClient';
import { translateDetail } from '../../../lib/forms';
import { currentLocale } from '../../../lib/i18n';
import { useSubmitApplication } from '../api';
import { fieldErrorsFrom, runsParks, toApplicationRequest, type ApplicationFormValues } from '../applicationForm';
import { ApplicationReceipt } from '../components/ApplicationReceipt';
import { ApplyErrorAlert } from '../components/ApplyErrorAlert';
import { ContactFields } from '../components/ContactFields';
import { FormSection } from '../components/FormSection';
import { HoneypotField } from '../components/HoneypotField';
import { OrganizationFields } from '../components/OrganizationFields';
import { ParksField } from '../components/ParksField';
import { TermsField } from '../components/TermsField';

/** The public membership application: no account needed; the secretariat decides. */
export function ApplyPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<ApplicationFormValues>();
  const submit = useSubmitApplication();
  // Only a park operator lists parks; the API refuses them from any other type.
  const listsParks = runsParks(Form.useWatch('type', form));

  if (submit.isSuccess) return <ApplicationReceipt receipt={submit.data} email={submit.variables.contactEmail} />;

  const showErrors = (error: unknown) => {
    if (!isApiError(error)) return;
    if (error.code === 'CONFLICT') {
      form.setFields([{ name: 'contactEmail', errors: [t('membership.apply.conflictField')] }]);
      return;
    }
    const fields = fieldErrorsFrom(error.details, form.getFieldsValue(true), (detail) => translateDetail(t, detail));
    form.setFields(fields.map(({ name, errors }) => ({ name: name as never, errors })));
  };

  const onFinish = (values: ApplicationFormValues) =>
    submit.mutate(toApplicationRequest(values, currentLocale()), { onError: showErrors });

  return (
    <div className="page" style={{ maxWidth: 960 }}>
      <PageHeader title={t('membership.apply.title')} subtitle={t('membership.apply.intro')} />
      <Typography.Paragraph type="secondary">{t('membership.apply.noAccount')}</Typography.Paragraph>
      <Form<ApplicationFormValues>
        form={form}
        name="membership-application"
        data-testid="apply-form"
        layout="vertical"
        initialValues={{ parks: [], acceptTerms: false }}
        scrollToFirstError
        disabled={submit.isPending}
        onFinish={onFinish}
      >
        <FormSection title={t('membership.apply.sections.organization')}>
          <OrganizationFields />
        </FormSection>
        <FormSection title={t('membership.apply.sections.contact')} hint={t('membership.apply.sections.contactHint')}>
          <ContactFields />
        </FormSection>
        {listsParks ? (
          <FormSection title={t('membership.apply.sections.parks')} hint={t('membership.apply.sections.parksHint')}>
            <ParksField />
          </FormSection>
        ) : null}
        <FormSection title={t('membership.apply.sections.terms')}>
          <TermsField />
        </FormSection>
        <HoneypotField />
        <ApplyErrorAlert error={submit.error} />
        <Button type="primary" htmlType="submit" size="large" loading={submit.isPending}>
          {t('membership.apply.submit')}
        </Button>
      </Form>
    </div>
  );
}
