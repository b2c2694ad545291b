import { Form, Input } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** Off screen rather than `display: none`, which some bots skip. */
const OFF_SCREEN: CSSProperties = {
  position: 'absolute',
  left: -10000,
  top: 'auto',
  width: 1,
  height: 1,
  overflow: 'hidden',
};

/** A field people never see or reach; a bot that fills it in gives itself away to the API. */
export function HoneypotField() {
  const { t } = useTranslation();
  return (
    <div style={OFF_SCREEN} aria-hidden="true">
      <Form.Item name="homepage" label={t('membership.apply.fields.honeypot')}>
        <Input tabIndex={-1} autoComplete="off" />
      </Form.Item>
    </div>
  );
}
