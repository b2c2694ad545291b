import { resultsRangeProblems, type ResultsRange } from '@alliance/contracts';
import { Alert, Button, Col, DatePicker, Flex, Row, Skeleton, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/names';
import { useResults } from '../api';
import { DealsSection, FinancingOffersSection, FinancingSection } from '../components/FinancingResults';
import { HostCountriesSection, MembersSection, PostsSection } from '../components/MembershipResults';
import { AlertsSection, IssueCasesSection, ServicesSection, SignatoriesSection } from '../components/ServiceResults';
import { useResultsFormat } from '../components/useResultsFormat';

/** `/results`: the secretariat's charts of the alliance's results over a period (`?from&to`, kept in the address). */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked: ResultsRange = useMemo(
    () => ({ from: params.get('from') ?? undefined, to: params.get('to') ?? undefined }),
    [params],
  );
  const problems = resultsRangeProblems(asked);
  const query = useResults(asked, problems.length === 0);
  const data = query.data;

  const choose = (range: ResultsRange) => {
    const next = new URLSearchParams();
    if (range.from) next.set('from', range.from);
    if (range.to) next.set('to', range.to);
    setParams(next, { replace: true });
  };
  const lastYear = () =>
    choose({ from: dayjs().subtract(1, 'year').add(1, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD') });
  const shown = data?.range;
  const value: [dayjs.Dayjs, dayjs.Dayjs] | null = shown ? [dayjs(shown.from), dayjs(shown.to)] : null;

  return (
    <div className="page" data-testid="results-page">
      <PageHeader title={t('results.title')} subtitle={t('results.subtitle')} />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Typography.Text strong id="results-range-label">
          {t('results.range.label')}
        </Typography.Text>
        <DatePicker.RangePicker
          aria-labelledby="results-range-label"
          placeholder={[t('results.range.from'), t('results.range.to')]}
          value={value}
          allowClear={false}
          onChange={(dates) => choose({ from: dates?.[0]?.format('YYYY-MM-DD'), to: dates?.[1]?.format('YYYY-MM-DD') })}
          data-testid="results-range"
        />
        <Button onClick={() => choose({})} data-testid="results-range-reset">
          {t('results.range.reset')}
        </Button>
        <Button onClick={lastYear} data-testid="results-range-last-year">
          {t('results.range.lastYear')}
        </Button>
        {shown ? (
          <Typography.Text type="secondary" data-testid="results-range-shown" aria-live="polite">
            {t('results.range.showing', {
              from: formatDate(shown.from, i18n.resolvedLanguage),
              to: formatDate(shown.to, i18n.resolvedLanguage),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          message={t(`results.range.${problems[0].constraint}`)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <ApiErrorAlert error={query.error} />
      {data ? (
        <Spin spinning={query.isFetching}>
          <ResultsSections data={data} asked={asked} />
        </Spin>
      ) : (
        <Skeleton active loading={query.isPending && problems.length === 0} />
      )}
    </div>
  );
}

function ResultsSections({
  data,
  asked,
}: {
  data: NonNullable<ReturnType<typeof useResults>['data']>;
  asked: ResultsRange;
}) {
  const f = useResultsFormat(data.range, asked);
  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xxl={12}>
        <MembersSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <HostCountriesSection data={data} f={f} />
      </Col>
      <Col xs={24}>
        <PostsSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <FinancingSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <FinancingOffersSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <DealsSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <ServicesSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <SignatoriesSection data={data} f={f} />
      </Col>
      <Col xs={24} xxl={12}>
        <AlertsSection data={data} f={f} />
      </Col>
      <Col xs={24}>
        <IssueCasesSection data={data} f={f} />
      </Col>
    </Row>
  );
}
