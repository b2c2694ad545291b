import type { FinancingRequestDto } from '@alliance/contracts';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../../lib/names';

/**
 * The institutions waiting for the requester's answer, said at the top: their review stands
 * still until the question is answered further down the page.
 */
export function PendingQuestions({ request }: { request: FinancingRequestDto }) {
  const { t, i18n } = useTranslation();
  // The questions the requester may answer now: the API lists `answer` on those reviews, for the requester only.
  const waiting = request.reviews.filter((review) => review.actions.includes('answer'));
  if (waiting.length === 0) return null;

  return (
    <Flex vertical gap={8} style={{ marginBottom: 24 }}>
      {waiting.map((review) => (
        <Alert
          key={review.id}
          type="warning"
          showIcon
          icon={<QuestionCircleOutlined />}
          data-testid={`pending-question-${review.institution.id}`}
          title={t('financing.requests.questions.title', {
            institution: pickName(review.institution, i18n.resolvedLanguage),
          })}
          description={t('financing.requests.questions.text')}
          action={
            <Button
              size="small"
              onClick={() =>
                document.getElementById(`review-${review.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
              }
            >
              {t('financing.requests.questions.go')}
            </Button>
          }
        />
      ))}
    </Flex>
  );
}
