import { REPORT_REASON_LENGTH } from '@alliance/contracts';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  label: string;
  extra?: ReactNode;
  /** The message shown when it is left empty; without one the field is optional. */
  requiredMessage?: string;
}

/** A reason or note of a moderation step, with the API's length limit and a counter. */
export function ReasonField({ name, label, extra, requiredMessage }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[
        ...(requiredMessage ? [{ required: true, whitespace: true, message: requiredMessage }] : []),
        { max: REPORT_REASON_LENGTH, message: t('validation.maxLength') },
      ]}
    >
      <Input.TextArea rows={4} maxLength={REPORT_REASON_LENGTH} showCount autoFocus />
    </Form.Item>
  );
}
