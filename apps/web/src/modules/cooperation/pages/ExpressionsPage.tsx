import { EXPRESSION_STATUSES, type ExpressionStatus } from '@alliance/contracts';
import { Card, Flex, Select, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { oneOf } from '../../../lib/listFilters';
import { useExpressions, type ExpressionSide } from '../api';
import { ExpressionsTable } from '../components/ExpressionsTable';
import '../cooperation.css';

const SIDES = ['received', 'sent'] as const satisfies readonly ExpressionSide[];

/** `/cooperation/interests`: the expressions of interest the organization received on its projects, and sent to others. */
export function ExpressionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const side = oneOf(SIDES, params.get('side') ?? undefined) ?? 'received';
  // A status in the address (`?status=open`, as "My work" links) narrows the tab; the select clears it.
  const status = oneOf(EXPRESSION_STATUSES, params.get('status') ?? undefined);
  const list = useExpressions(side, status);
  const setStatus = (next: ExpressionStatus | undefined) => {
    const changed = new URLSearchParams(params);
    if (next) changed.set('status', next);
    else changed.delete('status');
    setParams(changed, { replace: true });
  };

  return (
    <div className="page" data-testid="expressions-page">
      <PageHeader title={t('cooperation.expressions.title')} subtitle={t('cooperation.expressions.subtitle')} />
      <Tabs
        activeKey={side}
        onChange={(next) => setParams(next === 'received' ? {} : { side: next }, { replace: true })}
        items={SIDES.map((key) => ({ key, label: t(`cooperation.expressions.tabs.${key}`) }))}
        data-testid="expression-tabs"
      />
      <Flex>
        <Select<ExpressionStatus>
          allowClear
          aria-label={t('work.filters.status')}
          placeholder={t('work.filters.status')}
          style={{ width: 240 }}
          value={status}
          onChange={(value) => setStatus(value)}
          options={EXPRESSION_STATUSES.map((s) => ({ value: s, label: t(`cooperation.expressionStatus.${s}`) }))}
          data-testid="expression-status-filter"
        />
      </Flex>
      <ApiErrorAlert error={list.error} />
      <Card styles={{ body: { padding: 0 } }}>
        <ExpressionsTable
          expressions={list.data ?? []}
          side={side}
          loading={list.isFetching}
          empty={t(`cooperation.expressions.empty.${side}`)}
        />
      </Card>
    </div>
  );
}
