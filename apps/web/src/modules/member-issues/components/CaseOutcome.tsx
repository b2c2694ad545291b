import type { IssueCaseDto } from '@alliance/contracts';
import { Alert, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, pickName } from '../../../lib/names';
import { BilingualText } from '../../../components/BilingualText';

/** Where the case went and what came back: the body, the text sent, the answer; or why it was closed. */
export function CaseOutcome({ kase }: { kase: IssueCaseDto }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const answered = Boolean(kase.answeredAt || kase.answerEn || kase.answerZh);

  return (
    <Flex vertical gap={16}>
      {kase.status === 'closed' && kase.closedReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('memberIssues.case.closedReason')}
          description={<span className="issue-plain-text">{kase.closedReason}</span>}
          data-testid="case-closed-reason"
        />
      ) : null}
      <section aria-label={t('memberIssues.case.relay')}>
        <Typography.Title level={3} className="issue-section-title">
          {t('memberIssues.case.relay')}
        </Typography.Title>
        {kase.governmentBody ? (
          <Descriptions column={1} size="small" data-testid="case-relay">
            <Descriptions.Item label={t('memberIssues.case.relayedTo')}>
              <span data-testid="case-government-body">{pickName(kase.governmentBody, language)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('memberIssues.case.relayedOn')}>
              {formatDate(kase.relayedAt, language)}
            </Descriptions.Item>
            {kase.relayedText ? (
              <Descriptions.Item label={t('memberIssues.case.relayedText')}>
                <span className="issue-plain-text">{kase.relayedText}</span>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('memberIssues.case.notRelayed')}</Typography.Text>
        )}
      </section>
      <section aria-label={t('memberIssues.case.answer')} data-testid="case-answer-section">
        <Typography.Title level={3} className="issue-section-title">
          {t('memberIssues.case.answer')}
          {kase.answeredAt ? (
            <Typography.Text type="secondary" className="issue-answer-date">
              {' '}
              · {t('memberIssues.case.answeredOn')} {formatDate(kase.answeredAt, language)}
            </Typography.Text>
          ) : null}
        </Typography.Title>
        {answered ? (
          <div className="issue-answer">
            <BilingualText en={kase.answerEn} zh={kase.answerZh} empty="—" testId="case-answer" />
          </div>
        ) : (
          <Typography.Text type="secondary">{t('memberIssues.case.noAnswer')}</Typography.Text>
        )}
      </section>
    </Flex>
  );
}
