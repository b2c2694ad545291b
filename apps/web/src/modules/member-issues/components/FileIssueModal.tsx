import { pickTitle, readerLanguage, type MemberIssueDto } from '@alliance/contracts';
import { Form, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { countryName } from '../../../lib/names';
import { useIssueCases } from '../api';

interface Props {
  issue: MemberIssueDto;
  pending: boolean;
  error: unknown;
  onSubmit: (caseId: string | null) => void;
  onCancel: () => void;
}

interface Values {
  target: 'existing' | 'new';
  caseId?: string;
}

/** Open cases a page can hold: the secretariat files into one of the same country in practice. */
const CASES_LIMIT = 100;

/**
 * The secretariat files an issue into an open case (those of the issue's country and category
 * first), or into a new case made from it.
 */
export function FileIssueModal({ issue, pending, error, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const reader = readerLanguage(i18n.resolvedLanguage);
  const [form] = Form.useForm<Values>();
  const target = Form.useWatch('target', form);
  const cases = useIssueCases({ status: 'open', limit: CASES_LIMIT });
  const open = [...(cases.data?.items ?? [])].sort(
    (a, b) =>
      Number(b.country === issue.country) - Number(a.country === issue.country) ||
      Number(b.category === issue.category) - Number(a.category === issue.category),
  );
  const hasOpen = open.length > 0;

  return (
    <Modal
      open
      title={t('memberIssues.actions.file.title', { reference: issue.reference })}
      okText={t('memberIssues.actions.file.ok')}
      okButtonProps={{ loading: pending, 'data-testid': 'file-confirm' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      data-testid="file-modal"
    >
      <Typography.Paragraph type="secondary">{t('memberIssues.actions.file.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={error} />
      <Form<Values>
        form={form}
        name="file-issue"
        layout="vertical"
        initialValues={{ target: 'new' }}
        onFinish={(values) => onSubmit(values.target === 'existing' ? (values.caseId ?? null) : null)}
      >
        <Form.Item name="target">
          <Radio.Group
            options={[
              { value: 'existing', label: t('memberIssues.actions.file.existing'), disabled: !hasOpen },
              { value: 'new', label: t('memberIssues.actions.file.new') },
            ]}
            data-testid="file-target"
          />
        </Form.Item>
        {target === 'existing' ? (
          <Form.Item
            name="caseId"
            label={t('memberIssues.actions.file.choose')}
            rules={[{ required: true, message: t('memberIssues.actions.file.chooseRequired') }]}
          >
            <Select<string>
              showSearch={{ optionFilterProp: 'label' }}
              loading={cases.isFetching}
              notFoundContent={t('memberIssues.actions.file.noOpenCases')}
              options={open.map((kase) => ({
                value: kase.id,
                label: `${kase.reference} · ${pickTitle(kase, reader).text} (${countryName(kase.country, i18n.resolvedLanguage)}, ${t(`memberIssues.category.${kase.category}`)})`,
              }))}
              data-testid="file-case"
            />
          </Form.Item>
        ) : (
          <Typography.Paragraph type="secondary">{t('memberIssues.actions.file.newExplain')}</Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
