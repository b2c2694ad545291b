import { workHref, type WorkItemDto } from '@alliance/contracts';
import { Alert, Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useWork } from '../api';
import '../work.css';

function WorkItem({ item }: { item: WorkItemDto }) {
  const { t, i18n } = useTranslation();
  const label = t(`work.items.${item.key}.label`);
  const count = item.count.toLocaleString(i18n.resolvedLanguage);
  const late = item.overdue && item.count > 0;
  return (
    <li className="work-item" data-testid="work-item" data-key={item.key} data-count={item.count}>
      <Link to={workHref(item.link)} className={item.count > 0 ? 'work-link' : 'work-link quiet'}>
        <Card size="small" className={late ? 'work-card late' : 'work-card'}>
          <div className="work-count">{count}</div>
          <div className="work-text">
            <Typography.Text strong className="work-label">
              {label}
              {late ? (
                <Tag color="red" className="work-tag">
                  {t('work.overdue')}
                </Tag>
              ) : null}
            </Typography.Text>
            <Typography.Text type="secondary" className="work-hint">
              {t(`work.items.${item.key}.hint`)}
            </Typography.Text>
          </div>
        </Card>
      </Link>
    </li>
  );
}

/** `/work`: what waits for the signed-in user, each count a link to the list that shows exactly those records. */
export function WorkPage() {
  const { t } = useTranslation();
  const work = useWork();
  const items = work.data?.items ?? [];
  const clear = work.data !== undefined && items.every((item) => item.count === 0);

  return (
    <div className="page" data-testid="work-page" data-role={work.data?.role}>
      <PageHeader title={t('work.title')} subtitle={work.data ? t(`work.subtitle.${work.data.role}`) : null} />
      <ApiErrorAlert error={work.error} />
      {work.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <>
          {clear ? <Alert type="success" showIcon message={t('work.allClear')} className="work-clear" /> : null}
          {items.length === 0 && work.data ? (
            <Typography.Paragraph type="secondary">{t('work.nothing')}</Typography.Paragraph>
          ) : (
            <ul className="work-items" aria-label={t('work.title')}>
              {items.map((item) => (
                <WorkItem key={item.key} item={item} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
