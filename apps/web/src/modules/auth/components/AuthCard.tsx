import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

/** The narrow centred card every sign-in and password page sits in. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="auth-wrap">
      <Card className="auth-card">
        <Typography.Title level={1} className="page-title" style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {intro ? <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph> : null}
        {children}
      </Card>
    </div>
  );
}
