import { expect, test } from '@playwright/test';
import { closeInEnglish, personIn } from './pages/financing';
import { BriefEditor, BriefPage, CAMBODIA_BRIEF, PDF } from './pages/policyBriefs';

const BRIEF = {
  titleEn: 'Laos: land leases for industrial park investors',
  titleZh: '老挝：工业园区投资者的土地租赁',
  summaryZh: '外国投资者在老挝租用园区土地的期限、登记与续期。',
  bodyEn: 'Foreign investors **lease** land in special economic zones for up to 50 years.',
  bodyZh: '外国投资者可在经济特区**租用**土地，期限最长50年。',
  country: 'LA',
  topic: 'land',
};
const CHANGES = 'Please cite the decree on special economic zones and say how leases are renewed.';

test('a researcher writes a brief and submits it; the secretariat sends it back, then publishes the revised version; a banker reads it in Chinese and compares two versions of another brief word by word', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // The researcher reads the portal in Chinese; the form is the same in either language.
  const researcher = await personIn(browser, 'researcher@example.org', '中文');
  await researcher.goto('/policy/briefs/new');
  const editor = new BriefEditor(researcher);
  await editor.fill(BRIEF);
  // A brief carries PDFs only: the picker offers them, and a PDF is attached as soon as it is chosen.
  await editor.form
    .getByTestId('attachment-uploader')
    .locator('input[type="file"]')
    .setInputFiles({ name: '老挝经济特区法令.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(editor.form.getByTestId('attachment-file')).toContainText('老挝经济特区法令.pdf');
  // The server's preview shows the Markdown as readers will see it.
  await expect(editor.form.getByTestId('post-preview-zh').locator('strong')).toHaveText('租用');
  const id = await editor.saveAndSubmit();
  const authors = new BriefPage(researcher);
  await authors.expectStatus('in_review');
  await expect(researcher.getByTestId('brief-title')).toHaveText(BRIEF.titleZh);
  await expect(authors.status).toHaveText('审核中');
  // In review, the authors can no longer edit it.
  await expect(researcher.getByTestId('brief-edit')).toHaveCount(0);

  // The secretariat (English) finds it in its review queue and sends it back with a comment.
  const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
  await secretariat.goto('/policy/briefs?scope=review');
  await secretariat.getByTestId('brief-list').getByText(BRIEF.titleEn).click();
  const reviewer = new BriefPage(secretariat);
  await reviewer.expectStatus('in_review');
  await reviewer.requestChanges(CHANGES);
  await expect(reviewer.thread.getByTestId('brief-comment-changes_requested')).toContainText(CHANGES);

  // The researcher is told (in Chinese); the notification opens the brief, with the comment in its thread.
  await researcher.goto('/notifications');
  const told = researcher.getByTestId('notification-row').filter({ hasText: BRIEF.titleZh }).first();
  await expect(told).toContainText('您的简报需要修改');
  await told.getByRole('link').click();
  await expect(researcher).toHaveURL(new RegExp(`/policy/briefs/${id}$`));
  await authors.expectStatus('changes_requested');
  await expect(authors.thread.getByTestId('brief-comment-changes_requested')).toContainText(CHANGES);
  await researcher.getByTestId('brief-edit').click();
  await expect(researcher.getByTestId('changes-requested-note')).toContainText(CHANGES);
  await editor.form
    .getByTestId('brief-body-en')
    .fill(`${BRIEF.bodyEn} Leases are renewed under the decree on special economic zones.`);
  await editor.saveAndSubmit();
  await authors.expectStatus('in_review');
  await authors.thread.getByTestId('brief-comment-body').fill('已补充法令名称和续期规定，请再审。');
  await authors.thread.getByTestId('brief-comment-send').click();
  await expect(authors.thread.getByTestId('brief-comment-comment')).toContainText('已补充法令名称');

  // The secretariat publishes it; the page now gives the citation.
  await reviewer.open(id);
  await expect(reviewer.thread.getByTestId('brief-comment-comment')).toContainText('已补充法令名称');
  await reviewer.publish();
  await expect(secretariat.getByTestId('brief-citation-text')).toContainText('version 1');
  await closeInEnglish([secretariat]);

  // A banker (Chinese) finds it among the published briefs and reads it in Chinese, without the review thread.
  const banker = await personIn(browser, 'banker@example.org', '中文');
  await banker.goto('/policy/briefs?topic=land');
  await banker.getByTestId('brief-list').getByText(BRIEF.titleZh).click();
  await expect(banker.getByTestId('brief-body')).toContainText('期限最长50年');
  await expect(banker.getByTestId('brief-thread')).toHaveCount(0);
  await expect(banker.getByTestId('brief-citation-text')).toContainText('第 1 版');
  await expect(banker.getByTestId('brief-permalink')).toHaveText(new RegExp(`/policy/briefs/${id}$`));
  await expect(banker.getByTestId('attachment-link')).toHaveText('老挝经济特区法令.pdf');

  // On the Cambodian brief the banker compares versions 1 and 2: what the second added and removed.
  await banker.goto(`/policy/briefs/${CAMBODIA_BRIEF}`);
  await expect(banker.getByTestId('brief-version-2')).toBeVisible();
  await banker.getByTestId('compare-open').click();
  await expect(banker).toHaveURL(new RegExp(`/policy/briefs/${CAMBODIA_BRIEF}/diff\\?from=1&to=2$`));
  await expect(banker.getByTestId('diff-legend')).toBeVisible();
  const body = banker.getByTestId('diff-text-body');
  await expect(body).toHaveAttribute('lang', 'zh-CN');
  await expect(body.getByTestId('diff-added').first()).toContainText('次级法令');
  const title = banker.getByTestId('diff-text-title');
  await expect(title.getByTestId('diff-added').first()).toBeVisible();
  await expect(title.getByTestId('diff-removed').first()).toBeVisible();
  // Screen readers hear where an addition starts and ends.
  await expect(body.getByTestId('diff-added').first()).toContainText('[新增]');
  // The same comparison in English.
  await banker.getByTestId('diff-language').getByText('English').click();
  await expect(banker.getByTestId('diff-text-body')).toHaveAttribute('lang', 'en');
  await expect(banker.getByTestId('diff-text-body').getByTestId('diff-added').first()).toContainText('sub-decree');
  await closeInEnglish([banker]);
  // The researcher's account reads Chinese by default: left as it was.
  await researcher.close();
});
