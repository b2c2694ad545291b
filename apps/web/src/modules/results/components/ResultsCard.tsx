import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  description: string;
  extra?: ReactNode;
  children: ReactNode;
}

/** One section of the results: its heading (h2), what it counts, and its chart with table and CSV. */
export function ResultsCard({ id, title, description, extra, children }: Props) {
  const headingId = `results-${id}-title`;
  return (
    <Card
      title={
        <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 16 }}>
          {title}
        </Typography.Title>
      }
      extra={extra}
      style={{ height: '100%' }}
      data-testid={`results-${id}`}
    >
      <section aria-labelledby={headingId}>
        <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>
        {children}
      </section>
    </Card>
  );
}
