import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** One titled part of the apply form, with an optional sentence on what it is for. */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Card title={title} style={{ marginBottom: 24 }}>
      {hint ? <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph> : null}
      {children}
    </Card>
  );
}
