import { expect, test } from '@playwright/test';
import {
  BANK_OF_JIANGSU,
  closeInEnglish,
  openFromQueue,
  personIn,
  prepareOffer,
  SINOSURE,
  submitRequest,
} from './pages/financing';

const REQUEST = {
  titleEn: 'Loan for a bonded logistics centre',
  titleZh: '保税物流中心建设贷款',
  purposeEn: 'Build a 40,000 m² bonded logistics centre next to the port gate.',
  amount: '12,345,678,901,234.56',
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('an operator asks a bank and the insurer for finance; the insurer asks a question and declines, the bank offers (maker-checker), the operator accepts; each side sees it in its language', async ({
  browser,
}) => {
  // Four people in four browsers through a whole review: about 50 s on a quiet 2-core machine.
  test.setTimeout(150_000);
  // The operator (English) writes and submits the request to Bank of Jiangsu and Sinosure.
  const operator = await personIn(browser, 'operator@example.org', 'English');
  const requestId = await submitRequest(operator, REQUEST);
  await expect(operator.getByTestId('request-amount')).toContainText('USD 12,345,678,901,234.56'); // exact, never a float
  await expect(operator.getByTestId(`review-card-${BANK_OF_JIANGSU}`)).toBeVisible();
  await expect(operator.getByTestId(`review-card-${SINOSURE}`)).toBeVisible();

  // The insurer (Chinese) declares no conflict of interest and asks a question.
  const insurer = await personIn(browser, 'insurer@example.org', '中文');
  await openFromQueue(insurer, REQUEST.titleZh);
  const insurerReview = insurer.url();
  await insurer.getByTestId('question-body').fill('请提供与入园企业签订的预租协议。');
  await insurer.getByTestId('ask-question-submit').click();
  await expect(insurer.getByTestId('review-status')).toHaveText('待补充信息');

  // The operator sees the question in the insurer's private thread and answers it.
  await operator.reload();
  const insurerCard = operator.getByTestId(`review-card-${SINOSURE}`);
  await expect(insurerCard.getByTestId('message-question')).toContainText('预租协议');
  await insurerCard.getByTestId('answer-body').fill('The signed pre-leases are attached to the request.');
  await insurerCard.getByTestId('answer-send').click();
  await expect(insurerCard.getByTestId('message-answer')).toBeVisible();
  await expect(insurerCard.getByTestId('answer-box')).toHaveCount(0);

  // The bank's analyst (English) prepares an offer; it waits for another admin.
  const banker = await personIn(browser, 'banker@example.org', 'English');
  await openFromQueue(banker, REQUEST.titleEn);
  await expect(banker.getByTestId('review-thread')).not.toContainText('预租协议'); // the insurer's thread is not the bank's
  await prepareOffer(banker, '4.35', inDays(30));
  await expect(banker.getByTestId('release-offer')).toHaveCount(0);
  await expect(banker.getByTestId('release-note')).toHaveAttribute('data-waiting', 'checker');
  const bankReview = banker.url();

  // Until it is released the operator sees no offer.
  await operator.reload();
  await expect(operator.getByTestId(`offer-column-${BANK_OF_JIANGSU}`)).toHaveCount(0);

  // The bank's admin (Chinese) releases it.
  const approver = await personIn(browser, 'approver@example.org', '中文');
  await approver.goto(bankReview);
  await approver.getByTestId('confirm-no-conflict').click();
  await approver.getByTestId('release-offer').click();
  await approver.getByRole('button', { name: '发出', exact: true }).click();
  await expect(approver.getByTestId('review-status')).toHaveText('已报价');

  // The insurer declines with a reason.
  await insurer.goto(insurerReview);
  // The answer put the review back in review: decline from the page that shows it so.
  await expect(insurer.getByTestId('review-status')).toHaveText('审核中');
  await insurer.getByTestId('decline').click();
  await insurer.getByTestId('decline-reason').fill('东道国国别限额已满。');
  await insurer.getByTestId('decline-confirm').click();
  await expect(insurer.locator('[data-testid="review-outcome"][data-outcome="declined"]')).toBeVisible();
  // The bank's offer is not the insurer's business: to it the request is just open.
  await expect(insurer.getByTestId('review-facts').locator('[data-status="open"]')).toHaveText('进行中');

  // The operator compares (one offer left) and accepts, reading in Chinese this time.
  await operator.reload();
  const comparison = operator.getByTestId('offer-comparison');
  await expect(comparison).toContainText('4.35 %');
  await expect(operator.getByTestId(`review-card-${SINOSURE}`)).toContainText('东道国国别限额已满。');
  await operator.getByText('中文', { exact: true }).first().click();
  await expect(operator.getByTestId('request-status')).toHaveText('已收到报价');
  await operator.getByTestId(`accept-offer-${BANK_OF_JIANGSU}`).click();
  await operator.getByTestId('confirm-accept').click();
  await expect(operator.getByTestId('request-status')).toHaveText('已接受');
  await expect(operator.getByTestId('request-outcome')).toContainText('江苏银行');

  // Each side sees the outcome: the bank in English, the insurer in Chinese.
  await banker.reload();
  await expect(banker.getByTestId('review-status')).toHaveText('Offer accepted');
  await insurer.reload();
  await expect(insurer.getByTestId('review-status')).toHaveText('已婉拒');

  // The secretariat follows it without the terms or the threads.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto(`/financing/requests/${requestId}`);
  await expect(secretariat.getByTestId('request-status')).toHaveText('Accepted');
  await expect(secretariat.getByTestId('request-outcome')).toContainText(
    'Sihanoukville Special Economic Zone Co., Ltd. accepted the offer of Bank of Jiangsu',
  );
  await expect(secretariat.getByTestId('request-outcome')).not.toContainText('You accepted');
  await expect(secretariat.getByTestId('reviews-private-note')).toBeVisible();
  await expect(secretariat.getByTestId('offer-comparison')).toHaveCount(0);
  await expect(secretariat.getByText('4.35 %')).toHaveCount(0);
  await expect(secretariat.getByText('预租协议')).toHaveCount(0);
  await secretariat.goto('/financing/pipeline');
  await expect(secretariat.getByTestId('pipeline-by-status')).toContainText('Accepted');

  await closeInEnglish([operator, insurer, banker, approver, secretariat]);
});
