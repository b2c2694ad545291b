import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';

interface Props {
  title: string;
  text: string;
  reloadLabel: string;
  onReload: () => void;
  reloading: boolean;
  testId: string;
}

/** Someone saved the record while this form was open (409): nothing was written, and reloading shows their version. */
export function ConflictAlert({ title, text, reloadLabel, onReload, reloading, testId }: Props) {
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      data-testid={testId}
      style={{ marginBottom: 16 }}
      title={title}
      description={text}
      action={
        <Button icon={<ReloadOutlined />} loading={reloading} onClick={onReload}>
          {reloadLabel}
        </Button>
      }
    />
  );
}
