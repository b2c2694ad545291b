import type { MeetingProgrammeDto, ScheduleRunDto } from '@alliance/contracts';
import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatNumber } from '../../../lib/names';
import { useRunScheduler } from '../api';

/**
 * Runs the scheduler over the accepted meetings and says what it did: how many are placed (and how
 * many by this run), what a simple greedy pass would have placed, and how many it could not place.
 */
export function SchedulerCard({ programme }: { programme: MeetingProgrammeDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { modal } = App.useApp();
  const run = useRunScheduler(programme.eventId);
  const [replan, setReplan] = useState(false);
  const [result, setResult] = useState<ScheduleRunDto | null>(null);
  const allowed = programme.actions.includes('schedule');

  const start = () => {
    const go = () => run.mutateAsync({ replan }).then(setResult, () => undefined);
    if (programme.status === 'published')
      modal.confirm({
        title: t('meetings.scheduler.publishedTitle'),
        content: t('meetings.scheduler.publishedExplain'),
        okText: t('meetings.scheduler.run'),
        cancelText: t('meetings.actions.back'),
        okButtonProps: { ...{ 'data-testid': 'confirm-schedule' } },
        onOk: go,
      });
    else void go();
  };

  const n = (value: number) => formatNumber(value, language);
  return (
    <Card
      title={
        <Typography.Title level={2} className="meet-section-title">
          {t('meetings.scheduler.title')}
        </Typography.Title>
      }
      data-testid="scheduler"
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('meetings.scheduler.explain')}
        </Typography.Paragraph>
        <Flex wrap gap={16} align="center">
          <Button
            type="primary"
            icon={<ThunderboltOutlined />}
            loading={run.isPending}
            disabled={!allowed}
            onClick={start}
            data-testid="scheduler-run"
          >
            {t('meetings.scheduler.run')}
          </Button>
          <Checkbox
            checked={replan}
            disabled={!allowed}
            onChange={(event) => setReplan(event.target.checked)}
            data-testid="scheduler-replan"
          >
            {t('meetings.scheduler.replan')}
          </Checkbox>
        </Flex>
        <ApiErrorAlert error={run.error} />
        {result ? (
          <Alert
            type={result.unplaced.length === 0 ? 'success' : 'warning'}
            showIcon
            data-testid="scheduler-result"
            title={t('meetings.scheduler.placed', {
              count: result.placed,
              n: n(result.placed),
              fresh: n(result.newlyPlaced),
            })}
            description={
              <Flex vertical gap={4}>
                <span data-testid="scheduler-greedy">
                  {t('meetings.scheduler.greedy', { count: result.greedyPlaced, n: n(result.greedyPlaced) })}
                </span>
                <span data-testid="scheduler-unplaced">
                  {result.unplaced.length === 0
                    ? t('meetings.scheduler.allPlaced')
                    : t('meetings.scheduler.unplaced', { count: result.unplaced.length, n: n(result.unplaced.length) })}
                </span>
              </Flex>
            }
          />
        ) : null}
      </Flex>
    </Card>
  );
}
