import {
  FOLLOW_LIMITS,
  NOTIFICATION_EMAIL_MODES,
  POLICY_TOPICS,
  POST_KINDS,
  type FollowsDto,
  type NotificationEmailMode,
  type NotificationSettingsDto,
} from '@alliance/contracts';
import { App, Button, Checkbox, Col, Form, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { SectorSelect } from '../../../components/SectorSelect';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { useSaveFollows, useSaveNotificationSettings } from '../api';
import { CountriesSelect } from '../../../components/CountrySelect';
import { OrganizationMultiSelect } from './OrganizationMultiSelect';

interface Values extends FollowsDto {
  emailMode: NotificationEmailMode;
}

interface Props {
  follows: FollowsDto;
  settings: NotificationSettingsDto;
}

/** What to follow and how to be told; one Save stores both (the e-mail choice only when it changed). */
export function FollowsForm({ follows, settings }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const saveFollows = useSaveFollows();
  const saveSettings = useSaveNotificationSettings();
  const saving = saveFollows.isPending || saveSettings.isPending;
  const limit = t('notifications.follows.limit', { max: FOLLOW_LIMITS.perTopic });

  const showErrors = (error: unknown) => {
    // The API's sentence for a vanished organization is English only; say it in the reader's language.
    if (
      isApiError(error) &&
      error.code === 'UNPROCESSABLE' &&
      error.details.some((d) => d.field === 'organizationIds')
    ) {
      form.setFields([{ name: 'organizationIds', errors: [t('notifications.follows.organizationGone')] }]);
      return;
    }
    applyApiFieldErrors(form, error, t);
  };

  const submit = async ({ emailMode, countries, sectors, kinds, organizationIds, policyTopics }: Values) => {
    saveFollows.reset();
    saveSettings.reset();
    try {
      await Promise.all([
        saveFollows.mutateAsync({
          countries,
          sectors,
          kinds,
          organizationIds,
          policyTopics,
        }),
        emailMode === settings.emailMode ? null : saveSettings.mutateAsync({ emailMode }),
      ]);
      void message.success(t('notifications.follows.saved'));
    } catch (error) {
      showErrors(error);
    }
  };

  return (
    <>
      <ApiErrorAlert error={saveFollows.error ?? saveSettings.error} />
      <Form<Values>
        form={form}
        name="follows"
        layout="vertical"
        initialValues={{ ...follows, emailMode: settings.emailMode }}
        onFinish={(values) => void submit(values)}
        disabled={saving}
      >
        <Row gutter={32}>
          <Col xs={24} lg={14}>
            <Form.Item name="countries" label={t('notifications.follows.countries')} extra={limit}>
              <CountriesSelect
                max={FOLLOW_LIMITS.perTopic}
                allowClear
                placeholder={t('notifications.follows.countriesPlaceholder')}
              />
            </Form.Item>
            <Form.Item name="sectors" label={t('notifications.follows.sectors')}>
              <SectorSelect mode="multiple" allowClear placeholder={t('notifications.follows.sectorsPlaceholder')} />
            </Form.Item>
            <Form.Item name="organizationIds" label={t('notifications.follows.organizations')} extra={limit}>
              <OrganizationMultiSelect placeholder={t('notifications.follows.organizationsPlaceholder')} />
            </Form.Item>
            <Form.Item name="kinds" label={t('notifications.follows.kinds')}>
              <Checkbox.Group
                aria-label={t('notifications.follows.kinds')}
                options={POST_KINDS.map((kind) => ({ value: kind, label: t(`posts.kind.${kind}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="policyTopics"
              label={t('notifications.follows.policyTopics')}
              extra={t('notifications.follows.policyTopicsHelp')}
            >
              <Checkbox.Group
                aria-label={t('notifications.follows.policyTopics')}
                options={POLICY_TOPICS.map((topic) => ({ value: topic, label: t(`policyBriefs.topic.${topic}`) }))}
                data-testid="follows-policy-topics"
              />
            </Form.Item>
          </Col>
          <Col xs={24} lg={10}>
            <Form.Item
              name="emailMode"
              label={t('notifications.follows.email')}
              extra={t('notifications.follows.emailHelp')}
            >
              <Radio.Group
                orientation="vertical"
                aria-label={t('notifications.follows.email')}
                options={NOTIFICATION_EMAIL_MODES.map((mode) => ({
                  value: mode,
                  label: t(`notifications.emailMode.${mode}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="follows-save">
          {t('common.save')}
        </Button>
      </Form>
    </>
  );
}
