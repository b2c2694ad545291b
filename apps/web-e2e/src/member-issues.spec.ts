import { expect, test } from '@playwright/test';
import { closeInEnglish, personIn } from './pages/financing';
import { addGovernmentBody, CasePage, fileIssue, IssueForm, IssuePage, raiseIssue } from './pages/memberIssues';

test('an operator raises an issue in Chinese; the secretariat files it with another in a case, relays the case to a government body and records the answer; the operator reads it', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const titleZh = `清关延误 ${stamp}`;
  const answerZh = `海关已简化园区企业的清关手续 ${stamp}`;

  // Another member met the same problem first: the secretariat made a case of its issue.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  const operator2 = await personIn(browser, 'operator2@example.org', 'English');
  const first = await raiseIssue(operator2, {
    category: 'customs',
    country: 'KH',
    titleEn: `Customs clearance delays at Sihanoukville port ${stamp}`,
    descriptionEn: 'Containers wait three weeks for clearance.',
  });
  const filed = await fileIssue(secretariat, first.id);
  const caseReference = filed.case?.reference ?? '';
  expect(caseReference).toMatch(/^IC-/);
  const kase = new CasePage(secretariat);
  const body = { nameEn: `Provincial Department of Commerce ${stamp}`, nameZh: `省商务厅 ${stamp}` };
  await addGovernmentBody(secretariat, body);

  // The operator reads the portal in Chinese and raises the issue at its park (the country follows the park).
  const operator = await personIn(browser, 'operator@example.org', '中文');
  await operator.goto('/policy');
  await operator.getByTestId('policy-issues-link').click();
  await operator.getByTestId('raise-issue').click();
  const form = new IssueForm(operator);
  await expect(form.form).toBeVisible();
  await form.fill({ category: '海关', park: true, titleZh, descriptionZh: '集装箱在港口等待清关三周。' });
  await expect(form.form.getByTestId('field-country')).toContainText('柬埔寨');
  // The confidential flag says who would see the issue.
  await form.form.getByTestId('field-confidential').check();
  await expect(operator.getByTestId('confidential-explain')).toContainText('只有本单位和联盟秘书处');
  await form.form.getByTestId('field-confidential').uncheck();
  const issueId = await form.submit();
  const operatorsIssue = new IssuePage(operator);
  await expect(operator.getByTestId('issue-title')).toHaveText(titleZh);
  await expect(operatorsIssue.status).toHaveText('已提交');
  await expect(operatorsIssue.currentStep()).toContainText('已提交');
  await expect(operator.getByTestId('issue-not-filed')).toBeVisible();
  // Only the secretariat files issues.
  await expect(operator.getByTestId('issue-file')).toHaveCount(0);

  // The secretariat finds it in its inbox and files it in the other member's case.
  await secretariat.goto('/policy/issues');
  await secretariat.getByTestId('issues-table').getByText(titleZh).click();
  const secretariatsIssue = new IssuePage(secretariat);
  await secretariatsIssue.fileInto(caseReference);
  await expect(secretariatsIssue.status).toHaveText('Acknowledged');
  await secretariat.getByTestId('issue-case-link').click();
  await expect(kase.raisedBy).toContainText('Raised by 2 members');
  // The secretariat sees both issues with their organizations.
  await expect(kase.issues.locator('tbody tr.ant-table-row')).toHaveCount(2);

  // It relays the case to the provincial department, then records the answer in both languages.
  await kase.relay(body.nameEn, 'The alliance asks the department to shorten customs clearance for park companies.');
  await expect(secretariat.getByTestId('case-status').first()).toHaveText('Relayed');
  await expect(secretariat.getByTestId('case-government-body')).toHaveText(body.nameEn);
  await kase.recordAnswer({ zh: answerZh, en: `Customs simplified clearance for park companies ${stamp}` });
  await expect(secretariat.getByTestId('case-status').first()).toHaveText('Answered');

  // The operator reads the answer on its issue, in Chinese, and is told.
  await operatorsIssue.open(issueId);
  await expect(operatorsIssue.status).toHaveText('已答复');
  await expect(operatorsIssue.currentStep()).toContainText('已答复');
  await expect(operatorsIssue.caseCard.getByTestId('case-answer')).toHaveText(answerZh);
  await expect(operatorsIssue.caseCard.getByTestId('case-government-body')).toHaveText(body.nameZh);
  await operatorsIssue.caseCard.getByTestId('issue-case-link').click();
  // On the case, the operator sees that two members raised it, and only its own issue.
  const operatorsCase = new CasePage(operator);
  await expect(operatorsCase.raisedBy).toContainText('2 家成员单位反映');
  await expect(operatorsCase.issues.locator('tbody tr.ant-table-row')).toHaveCount(1);
  await expect(operatorsCase.issues).toContainText(titleZh);
  await operator.goto('/notifications');
  await expect(operator.getByTestId('notification-row').filter({ hasText: titleZh }).first()).toBeVisible();

  await closeInEnglish([operator, operator2, secretariat]);
});

test('a confidential issue is not reachable by another member: its page and its case show "not found"', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const operator = await personIn(browser, 'operator@example.org', 'English');
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  const other = await personIn(browser, 'operator2@example.org', 'English');
  const confidential = await raiseIssue(operator, {
    category: 'tax',
    country: 'KH',
    titleEn: `Tax audit of the park's tenants ${stamp}`,
    descriptionEn: 'A confidential matter.',
    confidential: true,
  });
  const { caseId } = await fileIssue(secretariat, confidential.id);

  // Its organization reads it, marked confidential.
  const own = new IssuePage(operator);
  await own.open(confidential.id);
  await expect(operator.getByTestId('confidential-tag').first()).toBeVisible();

  // Another member: neither the issue nor its case (every issue in it is confidential).
  const outsider = new IssuePage(other);
  await outsider.open(confidential.id);
  await expect(other.getByTestId('issue-not-found')).toBeVisible();
  await expect(other.getByTestId('issue-page')).toHaveCount(0);
  await new CasePage(other).open(caseId ?? '');
  await expect(other.getByTestId('issue-not-found')).toBeVisible();
  await other.goto('/policy/cases?status=all');
  await expect(other.getByTestId('cases-table')).not.toContainText(`Tax audit of the park's tenants ${stamp}`);

  await closeInEnglish([operator, secretariat, other]);
});
