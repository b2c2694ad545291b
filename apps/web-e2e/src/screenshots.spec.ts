import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { closeIn, closeInEnglish, personIn } from './pages/financing';
import { addGovernmentBody, api, fileIssue, raiseIssue } from './pages/memberIssues';
import { clickOption } from './pages/select';
import { LoginPage, Shell } from './pages/shell';

/** Pictures of every page in both languages, for people to look at (SCREENSHOT_DIR, default a temp folder). */
const dir = process.env.SCREENSHOT_DIR ?? path.join(os.tmpdir(), 'alliance-screenshots');
fs.mkdirSync(dir, { recursive: true });

const SSEZ_OPERATOR = '00000000-0000-4000-8000-000000000011';
const SSEZ_PARK = '00000000-0000-4000-8000-000000000202';
const SEMINAR_POST = '00000000-0000-4000-8000-000000000401';
const JAKARTA_EVENT = '00000000-0000-4000-8000-000000000403';
const MEMBERS_MEETING = '00000000-0000-4000-8000-000000000409';
const FACTORY_LOAN = '00000000-0000-4000-8000-000000000701';
const INSURER_QUESTION = '00000000-0000-4000-8000-000000000802';
const UAE_INSURANCE = '00000000-0000-4000-8000-000000000803';
const BANK_OFFER = '00000000-0000-4000-8000-000000000801';
/** Cambodia's flooding warning with an update and acknowledgements (seeds/demo-alerts.ts). */
const CAMBODIA_ALERT = '00000000-0000-4000-8000-000000001501';
const ACCEPTED_TRADE_FINANCE = '00000000-0000-4000-8000-000000000704';

// Some fifty pages a test, each loaded until the network is idle: more than the default minute.
test.describe.configure({ timeout: 180_000 });

async function shoot(page: Page, url: string, name: string, ready: string) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await expect(page.locator(ready).first()).toBeVisible();
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of every page (${suffix})`, async ({ page, browser }) => {
    await page.goto('/');
    const shell = new Shell(page);
    await shell.switchLanguage(lang);
    await shoot(page, '/', `home-${suffix}`, 'h1');
    await shoot(page, '/login', `login-${suffix}`, 'form input');
    await shoot(page, '/forgot-password', `forgot-password-${suffix}`, 'form input');
    await shoot(page, '/reset-password?token=example', `reset-password-${suffix}`, 'form input');
    await shoot(page, '/accept-invitation?token=example', `accept-invitation-${suffix}`, 'form input');
    await shoot(page, '/posts', `platform-${suffix}`, 'h1, h2');
    await shoot(page, '/no-such-page', `not-found-${suffix}`, '.ant-result');
    await shoot(page, '/directory', `directory-${suffix}`, '[data-testid="map-marker"]');
    await shoot(page, `/parks/${SSEZ_PARK}`, `park-${suffix}`, '[data-testid="map-marker"]');
    await shoot(page, '/directory/organizations', `organization-directory-${suffix}`, '.ant-card, .ant-table-row');
    await shoot(
      page,
      `/organizations/${SSEZ_OPERATOR}`,
      `organization-profile-${suffix}`,
      '[data-testid="organization-profile"]',
    );
    await shoot(page, '/apply', `apply-${suffix}`, '[data-testid="apply-form"] input');
    await shoot(page, '/posts', `feed-${suffix}`, '[data-testid="post-card"]');
    await shoot(page, `/posts/${SEMINAR_POST}`, `post-${suffix}`, '[data-testid="post-body"]');
    await shoot(page, `/posts/${JAKARTA_EVENT}`, `event-${suffix}`, '[data-testid="event-card"]');
    await shoot(
      page,
      `/search?q=${encodeURIComponent(lang === 'English' ? 'investment' : '园区')}`,
      `search-${suffix}`,
      '[data-testid="search-result"]',
    );

    await shell.switchLanguage('English');
    await new LoginPage(page).signInAs('secretariat@example.org');
    await shell.switchLanguage(lang);
    await shoot(page, '/admin/organizations', `organizations-${suffix}`, '.ant-table-row');
    await shoot(
      page,
      `/admin/organizations/${SSEZ_OPERATOR}`,
      `organization-detail-${suffix}`,
      '.ant-descriptions, .ant-card',
    );
    await shoot(page, '/admin/users', `users-${suffix}`, '.ant-table-row');
    await shoot(page, '/admin/audit', `audit-${suffix}`, '.ant-table-row');
    await shoot(page, '/account', `account-${suffix}`, 'form input');
    await shoot(page, '/admin/membership-applications', `applications-${suffix}`, '.ant-table-row');
    await page.locator('.ant-table-row', { hasText: 'AP-2026-00002' }).first().click();
    await expect(page.getByTestId('similar-warning')).toBeVisible();
    await page.waitForTimeout(600); // the drawer slides in
    await page.screenshot({ path: path.join(dir, `application-drawer-${suffix}`.concat('.png')) });
    await page.keyboard.press('Escape');
    await shoot(page, '/admin/moderation?status=actioned', `moderation-${suffix}`, '[data-testid="moderation-page"]');
    await shoot(page, '/posts/new', `post-editor-${suffix}`, '[data-testid="post-editor"] input');
    await shoot(page, `/posts/${SEMINAR_POST}/edit`, `post-edit-${suffix}`, '[data-testid="post-preview-en"] p');
    await shoot(page, '/admin/parks/import', `park-import-${suffix}`, '.ant-upload');
    // A file with one bad row: the report lists it and nothing is written.
    const csv = `organizationId,nameEn,country,latitude,longitude\n${SSEZ_OPERATOR},Good park,KH,10.6,104.1\n${SSEZ_OPERATOR},Bad park,XX,north,104.2\n`;
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'parks.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: lang === 'English' ? 'Import' : '导入' }).click();
    await expect(page.getByTestId('import-problems')).toBeVisible();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(dir, `park-import-report-${suffix}.png`), fullPage: true });
    await shoot(page, `/parks/${SSEZ_PARK}/edit`, `park-edit-${suffix}`, '[data-testid="park-form"] input');
    await shell.signOut(lang === 'English' ? 'Sign out' : '退出登录');

    // A banker's notifications: the bell, its panel, the list and what they follow.
    const banker = await browser.newPage();
    await banker.goto('/');
    await new Shell(banker).switchLanguage(lang);
    await banker.goto('/login');
    await banker.locator('form input').first().fill('banker@example.org');
    await banker.locator('input[type="password"]').fill('alliance-demo-2026');
    await banker.locator('form button[type="submit"]').click();
    await expect(new Shell(banker).accountMenu).toBeVisible();
    await new Shell(banker).switchLanguage(lang);
    await shoot(banker, '/notifications', `notifications-${suffix}`, '[data-testid="notification-row"]');
    await shoot(banker, `/posts/${MEMBERS_MEETING}`, `event-register-${suffix}`, '[data-testid="event-register"]');
    await banker.getByTestId('notification-bell').click();
    await expect(banker.getByTestId('notification-panel')).toBeVisible();
    await banker.screenshot({ path: path.join(dir, `notification-bell-${suffix}.png`) });
    await banker.keyboard.press('Escape');
    await shoot(banker, '/account#follows', `account-follows-${suffix}`, '[data-testid="follows-form"]');
    await banker.close();

    // A member of a bank asking for the audit log sees the 403 page.
    const member = await browser.newPage();
    await member.goto('/');
    await new Shell(member).switchLanguage(lang);
    await member.goto('/login');
    await member.locator('form input').first().fill('banker@example.org');
    await member.locator('input[type="password"]').fill('alliance-demo-2026');
    await member.locator('form button[type="submit"]').click();
    await expect(new Shell(member).accountMenu).toBeVisible();
    await new Shell(member).switchLanguage(lang);
    await shoot(member, '/admin/audit', `forbidden-${suffix}`, '.ant-result');
    await member.close();
  });
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the financing pages (${suffix})`, async ({ browser }) => {
    const operator = await personIn(browser, 'operator@example.org', lang);
    await shoot(
      operator,
      '/financing/requests',
      `financing-requests-${suffix}`,
      '[data-testid="requests-table"] .ant-table-row',
    );
    await shoot(
      operator,
      `/financing/requests/${FACTORY_LOAN}`,
      `financing-request-${suffix}`,
      '[data-testid="offer-comparison"]',
    );
    await shoot(
      operator,
      '/financing/requests/new',
      `financing-editor-${suffix}`,
      '[data-testid="request-editor"] input',
    );
    await shoot(
      operator,
      `/financing/requests/${FACTORY_LOAN}/edit`,
      `financing-editor-revision-${suffix}`,
      '[data-testid="revision-notice"]',
    );
    await shoot(operator, '/notifications', `financing-notifications-${suffix}`, '[data-testid="notification-row"]');
    await closeInEnglish([operator]);

    const operator2 = await personIn(browser, 'operator2@example.org', lang);
    await shoot(
      operator2,
      `/financing/requests/${ACCEPTED_TRADE_FINANCE}`,
      `financing-request-accepted-${suffix}`,
      '[data-testid="request-outcome"]',
    );
    await closeInEnglish([operator2]);

    const insurer = await personIn(browser, 'insurer@example.org', lang);
    await shoot(
      insurer,
      '/financing/reviews',
      `financing-queue-${suffix}`,
      '[data-testid="review-queue"] .ant-table-row',
    );
    await shoot(
      insurer,
      `/financing/reviews/${UAE_INSURANCE}`,
      `financing-review-declaration-${suffix}`,
      '[data-testid="declaration-form"]',
    );
    await shoot(
      insurer,
      `/financing/reviews/${INSURER_QUESTION}`,
      `financing-review-thread-${suffix}`,
      '[data-testid="review-thread"]',
    );
    await closeInEnglish([insurer]);

    const approver = await personIn(browser, 'approver@example.org', lang);
    await shoot(
      approver,
      `/financing/reviews/${BANK_OFFER}`,
      `financing-review-offer-${suffix}`,
      '[data-testid="offer-terms"]',
    );
    await closeInEnglish([approver]);

    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    await shoot(
      secretariat,
      '/financing/pipeline',
      `financing-pipeline-${suffix}`,
      '[data-testid="pipeline-by-status"]',
    );
    await shoot(
      secretariat,
      `/financing/requests/${FACTORY_LOAN}`,
      `financing-request-secretariat-${suffix}`,
      '[data-testid="reviews-private-note"]',
    );
    await closeInEnglish([secretariat]);
  });
}

const CAMBODIA_BRIEF = '00000000-0000-4000-8000-000000001001';
const ETHIOPIA_BRIEF_IN_REVIEW = '00000000-0000-4000-8000-000000001004';

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the policy brief pages (${suffix})`, async ({ page, browser }) => {
    // A visitor: the platform's page, the list, a brief (and on paper), a comparison of two versions.
    await page.goto('/');
    await new Shell(page).switchLanguage(lang);
    await shoot(page, '/policy', `policy-home-${suffix}`, '[data-testid="brief-card"]');
    await shoot(page, '/policy/briefs', `policy-briefs-${suffix}`, '[data-testid="brief-card"]');
    await shoot(page, `/policy/briefs/${CAMBODIA_BRIEF}`, `policy-brief-${suffix}`, '[data-testid="brief-citation"]');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(dir, `policy-brief-print-${suffix}.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await shoot(
      page,
      `/policy/briefs/${CAMBODIA_BRIEF}/diff?from=1&to=2`,
      `policy-brief-diff-${suffix}`,
      '[data-testid="diff-added"]',
    );

    // The researcher: the editor, the organization's briefs, a brief in review with its thread.
    const researcher = await personIn(browser, 'researcher@example.org', lang);
    await shoot(
      researcher,
      '/policy/briefs/new',
      `policy-brief-editor-${suffix}`,
      '[data-testid="brief-editor"] input',
    );
    await shoot(researcher, '/policy/briefs?scope=mine', `policy-briefs-mine-${suffix}`, '[data-testid="brief-card"]');
    await shoot(
      researcher,
      `/policy/briefs/${CAMBODIA_BRIEF}`,
      `policy-brief-author-${suffix}`,
      '[data-testid="brief-thread"] li',
    );
    await shoot(
      researcher,
      `/policy/briefs/${CAMBODIA_BRIEF}/edit`,
      `policy-brief-not-editable-${suffix}`,
      '[data-testid="brief-not-editable"]',
    );
    await closeIn(researcher, '中文'); // the account's own language

    // The secretariat: its queue on the platform's page, the review queue, a brief to review.
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    await shoot(secretariat, '/policy', `policy-home-secretariat-${suffix}`, '[data-testid="policy-queue-count"]');
    await shoot(
      secretariat,
      '/policy/briefs?scope=review',
      `policy-review-queue-${suffix}`,
      '[data-testid="brief-card"]',
    );
    await shoot(
      secretariat,
      `/policy/briefs/${ETHIOPIA_BRIEF_IN_REVIEW}`,
      `policy-brief-review-${suffix}`,
      '[data-testid="brief-publish"]',
    );
    await secretariat.getByTestId('brief-request-changes').click();
    await expect(secretariat.getByRole('dialog')).toBeVisible();
    await secretariat.waitForTimeout(400); // the dialog fades in
    await secretariat.screenshot({ path: path.join(dir, `policy-brief-request-changes-${suffix}.png`) });
    await secretariat.keyboard.press('Escape');
    await closeInEnglish([secretariat]);
  });
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the country risk pages (${suffix})`, async ({ browser }) => {
    const visitor = await browser.newPage();
    await visitor.goto('/');
    await new Shell(visitor).switchLanguage(lang);
    await shoot(visitor, '/policy/countries', `countries-${suffix}`, '[data-testid="map-layer-country"]');
    await shoot(visitor, '/policy/countries/KH', `country-visitor-${suffix}`, '[data-testid="current-rating"]');
    await visitor.setViewportSize({ width: 390, height: 844 });
    await shoot(visitor, '/policy/countries', `countries-phone-${suffix}`, '[data-testid="map-layer-country"]');
    await visitor.close();

    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    await shoot(secretariat, '/policy/countries/KH', `country-${suffix}`, '[data-testid="risk-chart"] svg');
    await shoot(secretariat, '/policy/countries/LA', `country-unrated-${suffix}`, '[data-testid="current-rating"]');
    await shoot(secretariat, '/policy/ratings?status=all', `ratings-${suffix}`, '[data-testid="ratings-list"]');
    await shoot(secretariat, '/policy/countries/AE', `country-notes-${suffix}`, '[data-testid="country-notes"]');
    await secretariat.getByTestId('edit-notes').click();
    await expect(secretariat.getByTestId('post-preview-en').locator('strong').first()).toBeVisible();
    await secretariat.waitForTimeout(600); // the drawer slides in
    await secretariat.screenshot({ path: path.join(dir, `country-notes-editor-${suffix}.png`) });
    await secretariat.keyboard.press('Escape');
    await secretariat.getByTestId('propose').click();
    await expect(secretariat.getByTestId('propose-form')).toBeVisible();
    await secretariat.waitForTimeout(400);
    await secretariat.screenshot({ path: path.join(dir, `country-propose-${suffix}.png`) });
    await secretariat.keyboard.press('Escape');
    await secretariat.goto('/directory');
    await secretariat.getByTestId('map-risk-switch').click();
    await expect(secretariat.getByTestId('map-layer-country').first()).toBeVisible();
    await secretariat.screenshot({ path: path.join(dir, `directory-risk-${suffix}.png`), fullPage: true });
    await secretariat.setViewportSize({ width: 390, height: 844 });
    await shoot(secretariat, '/policy/countries/KH', `country-phone-${suffix}`, '[data-testid="risk-chart"] svg');
    // The language switch is in the header again (on a phone it is in the menu): laid out afresh at
    // desktop size before switching back.
    await secretariat.setViewportSize({ width: 1366, height: 860 });
    await secretariat.reload();
    await secretariat.waitForLoadState('networkidle');
    await closeInEnglish([secretariat]);

    const banker = await personIn(browser, 'banker@example.org', lang);
    await shoot(banker, '/financing/reviews', `financing-queue-risk-${suffix}`, '[data-testid="queue-filter-risk"]');
    await shoot(
      banker,
      '/financing/reviews/00000000-0000-4000-8000-000000000801',
      `financing-review-risk-${suffix}`,
      '[data-testid="country-risk"]',
    );
    await closeInEnglish([banker]);
  });
}

const CRITICAL_TITLE = 'Port of Sihanoukville closed after an explosion';

/** An active critical alert for Cambodia issued by the secretariat (once: the second language finds it, by its title). */
async function criticalCambodiaAlert(page: Page): Promise<string> {
  const headers = { 'X-Requested-With': 'XMLHttpRequest' };
  const found = await page.request.get('/api/risk-alerts?status=active&severity=critical&country=KH', { headers });
  expect(found.status()).toBe(200);
  const items = ((await found.json()) as { items: { id: string; titleEn: string | null }[] }).items;
  const ours = items.find((item) => item.titleEn === CRITICAL_TITLE);
  if (ours) return ours.id;
  const created = await page.request.post('/api/risk-alerts', {
    headers,
    data: {
      severity: 'critical',
      category: 'security',
      countries: ['KH'],
      place: 'Sihanoukville',
      titleEn: CRITICAL_TITLE,
      titleZh: '西哈努克港爆炸后关闭',
      bodyEn:
        'An explosion in the container terminal has closed the port until further notice. Keep staff away from the port area and check on those who were there.',
      bodyZh: '集装箱码头发生爆炸，港口即日起关闭，直至另行通知。请员工远离港区，并确认当时在港人员的安全。',
      validFrom: new Date().toISOString(),
      validUntil: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the risk alert pages (${suffix})`, async ({ browser }) => {
    // The secretariat: the list, the form, an alert with its acknowledgement report; the list on a phone.
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    const critical = await criticalCambodiaAlert(secretariat);
    await shoot(secretariat, '/policy/alerts', `alerts-${suffix}`, '[data-testid="alert-card"]');
    await shoot(secretariat, '/policy/alerts/new', `alert-form-${suffix}`, '[data-testid="alert-title-en"]');
    await shoot(secretariat, `/policy/alerts/${critical}`, `alert-report-${suffix}`, '[data-testid="report-table"] tr');
    await shoot(
      secretariat,
      `/policy/alerts/${CAMBODIA_ALERT}`,
      `alert-updates-report-${suffix}`,
      '[data-testid="report-acknowledged"]',
    );
    await secretariat.setViewportSize({ width: 390, height: 844 });
    await shoot(secretariat, '/policy/alerts', `alerts-phone-${suffix}`, '[data-testid="alert-card"]');
    await secretariat.setViewportSize({ width: 1366, height: 860 });
    await secretariat.reload();
    await secretariat.waitForLoadState('networkidle');
    await closeInEnglish([secretariat]);

    // The Sihanoukville operator: the banner on the home page, the alert to acknowledge, Cambodia's alerts.
    const operator = await personIn(browser, 'operator@example.org', lang);
    await shoot(operator, '/', `home-alert-banner-${suffix}`, '[data-testid="critical-alert-banner"]');
    await shoot(operator, `/policy/alerts/${critical}`, `alert-exposed-${suffix}`, '[data-testid="alert-body"]');
    await operator.getByTestId('alert-acknowledge').click();
    await expect(operator.getByRole('dialog')).toBeVisible();
    await operator.waitForTimeout(400); // the dialog fades in
    await operator.screenshot({ path: path.join(dir, `alert-acknowledge-${suffix}.png`) });
    await operator.keyboard.press('Escape');
    await shoot(operator, '/policy/countries/KH', `country-alerts-${suffix}`, '[data-testid="country-alert"]');
    await shoot(operator, `/financing/requests/${FACTORY_LOAN}`, `financing-request-alerts-${suffix}`, 'h1');
    await closeInEnglish([operator]);

    const banker = await personIn(browser, 'banker@example.org', lang);
    await shoot(banker, '/financing/reviews', `financing-queue-alerts-${suffix}`, '.ant-table-row');
    await closeInEnglish([banker]);
  });
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the member issues pages (${suffix})`, async ({ browser }) => {
    // Made here, so the pages show a case raised by two members, relayed and answered, and an issue waiting.
    const stamp = Date.now().toString(36);
    const secretariat = await personIn(browser, 'secretariat@example.org', 'English');
    const operator = await personIn(browser, 'operator@example.org', 'English');
    const operator2 = await personIn(browser, 'operator2@example.org', 'English');
    const issue = await raiseIssue(operator, {
      category: 'customs',
      country: 'KH',
      titleEn: 'Import permits for construction materials take two months',
      titleZh: '建筑材料进口许可审批需要两个月',
      descriptionEn:
        'Each shipment of steel for new factories needs its own import permit; the ministry takes about two months to issue one.',
      descriptionZh: '每批用于新厂房的钢材都需单独办理进口许可，主管部门审批约需两个月。',
    });
    const other = await raiseIssue(operator2, {
      category: 'customs',
      country: 'KH',
      titleEn: 'Slow clearance of machinery imports',
      descriptionEn: 'Machinery for the park waits at the port for weeks.',
    });
    await raiseIssue(operator, {
      category: 'labour',
      country: 'KH',
      titleZh: '外籍员工工作许可续期',
      descriptionZh: '工作许可续期材料要求不一致。',
      confidential: true,
    });
    const filed = await fileIssue(secretariat, issue.id);
    const caseId = filed.caseId ?? '';
    await fileIssue(secretariat, other.id, caseId);
    const body = await addGovernmentBody(secretariat, {
      nameEn: `Provincial Department of Commerce (${stamp})`,
      nameZh: `省商务厅（${stamp}）`,
    });
    let kase = await api<{ version: number }>(secretariat, 'GET', `/api/issue-cases/${caseId}`);
    kase = await api(secretariat, 'POST', `/api/issue-cases/${caseId}/relay`, {
      governmentBodyId: body.id,
      relayedText: 'The alliance asks the department to issue import permits for a year of shipments at once.',
      version: kase.version,
    });
    await api(secretariat, 'POST', `/api/issue-cases/${caseId}/answer`, {
      answerEn: 'The department will issue permits covering twelve months of shipments from next quarter.',
      answerZh: '商务厅将自下季度起签发覆盖十二个月货运的进口许可。',
      version: kase.version,
    });
    await closeInEnglish([operator2]);

    await new Shell(operator).switchLanguage(lang);
    await shoot(operator, '/policy', `policy-issues-card-${suffix}`, '[data-testid="policy-issues-card"]');
    await shoot(operator, '/policy/issues', `issues-${suffix}`, '[data-testid="issue-link"]');
    await shoot(operator, '/policy/issues/new', `issue-new-${suffix}`, '[data-testid="issue-form"]');
    await shoot(operator, `/policy/issues/${issue.id}`, `issue-${suffix}`, '[data-testid="case-answer"]');
    await shoot(operator, `/policy/cases/${caseId}`, `case-member-${suffix}`, '[data-testid="case-issues"]');
    await shoot(operator, '/policy/cases', `cases-member-${suffix}`, '[data-testid="case-link"]');
    await operator.setViewportSize({ width: 390, height: 844 });
    await shoot(operator, `/policy/issues/${issue.id}`, `issue-phone-${suffix}`, '[data-testid="case-answer"]');
    await operator.setViewportSize({ width: 1366, height: 860 });
    await operator.reload();
    await operator.waitForLoadState('networkidle');
    await closeInEnglish([operator]);

    await new Shell(secretariat).switchLanguage(lang);
    await shoot(secretariat, '/policy/issues', `issues-inbox-${suffix}`, '[data-testid="issues-table"]');
    await shoot(secretariat, `/policy/cases/${caseId}`, `case-${suffix}`, '[data-testid="case-issues"]');
    await shoot(secretariat, '/policy/cases', `cases-secretariat-${suffix}`, '[data-testid="case-groups"]');
    await shoot(secretariat, '/policy/government-bodies', `government-bodies-${suffix}`, '.ant-table-row');
    await closeInEnglish([secretariat]);
  });
}

const COOPERATION_TITLE = 'Machinery investors for the Sihanoukville zone';

/**
 * A published project of the Sihanoukville operator with an expression of the Indonesian operator,
 * accepted, a few messages and its deal at the site visit (made once: the second language finds it by its title).
 */
async function cooperationStory(owner: Page, partner: Page, secretariat: Page) {
  type Project = { id: string; version: number; titleEn: string | null };
  const mine = await api<{ items: Project[] }>(
    owner,
    'GET',
    `/api/cooperation/projects?scope=mine&q=${encodeURIComponent(COOPERATION_TITLE)}`,
  );
  const found = mine.items.find((item) => item.titleEn === COOPERATION_TITLE);
  if (found) {
    const received = await api<
      { id: string; project: { id: string } }[] | { items: { id: string; project: { id: string } }[] }
    >(owner, 'GET', '/api/cooperation/expressions?side=received');
    const list = Array.isArray(received) ? received : received.items;
    const expression = await api<{ id: string; deal: { id: string } | null }>(
      owner,
      'GET',
      `/api/cooperation/expressions/${list.find((item) => item.project.id === found.id)?.id ?? ''}`,
    );
    return { projectId: found.id, expressionId: expression.id, dealId: expression.deal?.id ?? '' };
  }
  let project = await api<Project>(owner, 'POST', '/api/cooperation/projects', {
    kind: 'seeking_investment',
    parkId: SSEZ_PARK,
    titleEn: COOPERATION_TITLE,
    titleZh: '西港特区机械装备产业招商',
    summaryEn: 'Investors for a machinery cluster with ready factories, a dormitory and a vocational training centre.',
    summaryZh: '为配备标准厂房、员工宿舍和职业培训中心的机械装备产业集群寻找投资方。',
    descriptionEn:
      'The cluster offers:\n\n- ready factories from 2,000 m²\n- a dormitory for 3,000 workers\n- a vocational training centre run with a Jiangsu college.',
    descriptionZh:
      '产业集群提供：\n\n- 2000平方米起的标准厂房\n- 可容纳3000人的员工宿舍\n- 与江苏院校合办的职业培训中心',
    sectors: ['machinery_equipment', 'textiles_garments'],
    country: 'KH',
    sizeUsd: '25000000.00',
    audience: 'members',
  });
  project = await api<Project>(owner, 'POST', `/api/cooperation/projects/${project.id}/submit`, {
    version: project.version,
  });
  await api(secretariat, 'POST', `/api/cooperation/projects/${project.id}/approve`, { version: project.version });
  const expression = await api<{ id: string }>(partner, 'POST', `/api/cooperation/projects/${project.id}/expressions`, {
    message:
      'We build machinery parks in Indonesia and look for a second site in South-East Asia. Could we visit in January?',
  });
  await api(owner, 'POST', `/api/cooperation/expressions/${expression.id}/accept`, {});
  await api(owner, 'POST', `/api/cooperation/expressions/${expression.id}/messages`, {
    body: 'Welcome. 12 January suits us; we will send the programme of the visit.',
  });
  await api(partner, 'POST', `/api/cooperation/expressions/${expression.id}/messages`, {
    body: 'Thank you. Four of us will come, two engineers among them.',
  });
  const accepted = await api<{ deal: { id: string } | null }>(
    owner,
    'GET',
    `/api/cooperation/expressions/${expression.id}`,
  );
  const dealId = accepted.deal?.id ?? '';
  await api(owner, 'POST', `/api/cooperation/deals/${dealId}/site_visit`, {});
  return { projectId: project.id, expressionId: expression.id, dealId };
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the cooperation pages (${suffix})`, async ({ browser }) => {
    const owner = await personIn(browser, 'operator@example.org', lang);
    const partner = await personIn(browser, 'operator2@example.org', lang);
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    const story = await cooperationStory(owner, partner, secretariat);

    // The owner: its home, the list, the project with its expressions and organizations to approach, the editor.
    await shoot(owner, '/cooperation', `cooperation-home-${suffix}`, '[data-testid="home-mine"] .ant-card');
    await shoot(owner, '/cooperation/projects', `cooperation-projects-${suffix}`, '[data-testid="project-card"]');
    await shoot(
      owner,
      `/cooperation/projects/${story.projectId}`,
      `cooperation-project-owner-${suffix}`,
      '[data-testid="project-expression"]',
    );
    await shoot(owner, '/cooperation/projects/new', `cooperation-editor-${suffix}`, '[data-testid="field-title-en"]');
    await shoot(
      owner,
      `/cooperation/projects/${story.projectId}/edit`,
      `cooperation-editor-edit-${suffix}`,
      '[data-testid="field-title-en"]',
    );
    await shoot(owner, '/cooperation/interests', `cooperation-interests-${suffix}`, '[data-testid="expression-row"]');
    await shoot(
      owner,
      `/cooperation/interests/${story.expressionId}`,
      `cooperation-thread-${suffix}`,
      '[data-testid="thread-message"]',
    );
    await shoot(
      owner,
      `/cooperation/deals/${story.dealId}`,
      `cooperation-deal-${suffix}`,
      '[data-testid="deal-steps"]',
    );
    await shoot(owner, '/cooperation/deals', `cooperation-deals-member-${suffix}`, '[data-testid="deal-row"]');
    await owner.setViewportSize({ width: 390, height: 844 });
    await shoot(
      owner,
      `/cooperation/projects/${story.projectId}`,
      `cooperation-project-phone-${suffix}`,
      '[data-testid="project-title"]',
    );
    await owner.setViewportSize({ width: 1366, height: 860 });
    await owner.reload();
    await owner.waitForLoadState('networkidle');

    // The partner: its matches with their reasons, the project as a reader, the expressions it sent.
    await shoot(partner, '/cooperation', `cooperation-matches-${suffix}`, '[data-testid="home-matches"]');
    await shoot(
      partner,
      `/cooperation/projects/${story.projectId}`,
      `cooperation-project-reader-${suffix}`,
      '[data-testid="project-own-expression"]',
    );
    await shoot(partner, '/cooperation/interests?side=sent', `cooperation-interests-sent-${suffix}`, '.ant-table');

    // The secretariat: the review queue and the deal figures with their charts.
    await shoot(secretariat, '/cooperation/review', `cooperation-review-${suffix}`, 'h1');
    await shoot(
      secretariat,
      '/cooperation/deals',
      `cooperation-figures-${suffix}`,
      '[data-testid="figures-by-stage-chart"] svg',
    );
    await closeInEnglish([owner, secretariat]);
    // The Indonesian operator reads the portal in Chinese.
    await closeIn(partner, '中文');
  });
}

/** The 2027 promotion conference of the demo data (seeds/demo-meetings.ts): meetings open, six participants. */
const CONFERENCE_2027 = '00000000-0000-4000-8000-000000003601';

/**
 * The secretariat runs the scheduler on the page (confirming when the agendas are already published,
 * as the second language finds them) and shows its result: what it placed, and what it could not and why.
 */
async function runScheduler(secretariat: Page) {
  await secretariat.goto(`/events/${CONFERENCE_2027}/meetings/organize`);
  await secretariat.getByTestId('scheduler-run').click();
  const confirm = secretariat.getByTestId('confirm-schedule');
  const result = secretariat.getByTestId('scheduler-result');
  await expect(confirm.or(result)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(result).toBeVisible();
  await expect(secretariat.getByTestId('unplaced-row').first()).toBeVisible();
  await expect(secretariat.getByTestId('grid-meeting').first()).toBeVisible();
  await secretariat.waitForLoadState('networkidle');
}

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the B2B meeting pages (${suffix})`, async ({ browser }) => {
    const hub = `/events/${CONFERENCE_2027}/meetings`;
    const participant = await personIn(browser, 'operator@example.org', lang);
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);

    // A participant (the Sihanoukville operator): the event's page, whom to meet (a request sent from there),
    // requests received and sent, its availability.
    await shoot(participant, `/posts/${CONFERENCE_2027}`, `meetings-event-${suffix}`, '[data-testid="event-meetings"]');
    await shoot(participant, hub, `meetings-participants-${suffix}`, '[data-testid="participant"]');
    await participant.getByTestId('participant-request').first().click();
    await expect(participant.getByTestId('request-reason')).toBeVisible();
    await participant.waitForTimeout(400); // the dialog zooms in
    await participant.screenshot({ path: path.join(dir, `meetings-request-${suffix}.png`) });
    await participant
      .getByTestId('request-reason')
      .fill(
        lang === 'English'
          ? 'We would like to present the zone’s new garment workshops and hear what your members look for.'
          : '希望介绍特区新建的服装厂房，并了解贵方成员的需求。',
      );
    await participant.getByTestId('confirm-request').click();
    await expect(participant.getByRole('dialog')).toBeHidden();
    await shoot(participant, `${hub}?tab=received`, `meetings-received-${suffix}`, '[data-testid="meeting-row"]');
    await shoot(participant, `${hub}?tab=sent`, `meetings-sent-${suffix}`, '[data-testid="meeting-withdraw"]');
    await shoot(
      participant,
      `${hub}?tab=availability`,
      `meetings-availability-${suffix}`,
      '[data-testid="availability"]',
    );

    // The secretariat: the settings, the scheduler's result with what it could not place, a move by hand.
    await shoot(
      secretariat,
      `/events/${CONFERENCE_2027}/meetings/organize?tab=settings`,
      `meetings-settings-${suffix}`,
      '[data-testid="session-row"]',
    );
    await runScheduler(secretariat);
    await secretariat.screenshot({ path: path.join(dir, `meetings-scheduler-${suffix}.png`), fullPage: true });
    await secretariat.getByTestId('unplaced-place').first().click();
    await expect(secretariat.getByTestId('move-slot')).toBeVisible();
    await secretariat.waitForTimeout(400);
    await secretariat.screenshot({ path: path.join(dir, `meetings-move-${suffix}.png`) });
    await secretariat.keyboard.press('Escape');
    await shoot(
      secretariat,
      `/events/${CONFERENCE_2027}/meetings/organize?tab=requests`,
      `meetings-all-requests-${suffix}`,
      '[data-testid="meeting-row"]',
    );

    // Published: the participant's agenda, and the organizer's view of it.
    await api(secretariat, 'GET', `/api/events/${CONFERENCE_2027}/meetings`).then(async (programme) => {
      if ((programme as { status: string }).status === 'open')
        await api(secretariat, 'POST', `/api/events/${CONFERENCE_2027}/meetings/publish`, {});
    });
    await shoot(participant, `${hub}?tab=agenda`, `meetings-agenda-${suffix}`, '[data-testid="agenda-item"]');
    await secretariat.goto(`/events/${CONFERENCE_2027}/meetings/organize?tab=agendas`);
    const pickParticipant = secretariat.getByTestId('agenda-participant');
    await pickParticipant.click();
    await clickOption(pickParticipant, lang === 'English' ? 'Sihanoukville' : '西哈努克港');
    await expect(secretariat.getByTestId('agenda-item').first()).toBeVisible();
    await secretariat.waitForLoadState('networkidle');
    await secretariat.evaluate('window.scrollTo(0, 0)');
    await secretariat.screenshot({ path: path.join(dir, `meetings-organizer-agenda-${suffix}.png`), fullPage: true });
    await closeInEnglish([participant, secretariat]);
  });
}

/** The partner agreements of 12 May 2021, their services and the initiative of that day (issue 18 demo data). */
const LAWYERS_AGREEMENT = '00000000-0000-4000-8000-00000000a101';
const SINOSURE_AGREEMENT = '00000000-0000-4000-8000-00000000a103';
const SSEZ_DELIVERED_REQUEST = '00000000-0000-4000-8000-00000000c202';
const SSEZ_THREAD_REQUEST = '00000000-0000-4000-8000-00000000c203';
const LAWYERS_NEW_REQUEST = '00000000-0000-4000-8000-00000000c207';
const INITIATIVE_2021 = '00000000-0000-4000-8000-000000003801';

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the agreement, service and initiative pages (${suffix})`, async ({ browser }) => {
    // A visitor: the public list of agreements, an agreement's summary, the initiative with its signatories.
    const visitor = await browser.newPage();
    await visitor.goto('/');
    await new Shell(visitor).switchLanguage(lang);
    await shoot(visitor, '/agreements', `agreements-public-${suffix}`, '[data-testid="agreement-row"]');
    await shoot(
      visitor,
      `/agreements/${LAWYERS_AGREEMENT}`,
      `agreement-public-${suffix}`,
      '[data-testid="agreement-facts"]',
    );
    await shoot(visitor, '/initiatives', `initiatives-${suffix}`, '[data-testid="initiative-card"]');
    await shoot(visitor, `/initiatives/${INITIATIVE_2021}`, `initiative-${suffix}`, '[data-testid="signatory"]');
    await visitor.close();

    // The Sihanoukville operator: an agreement with its services and their uptake, its requests, one delivered
    // and rated, one in progress with its private thread; the initiative with the card to endorse it.
    const operator = await personIn(browser, 'operator@example.org', lang);
    await shoot(
      operator,
      `/agreements/${LAWYERS_AGREEMENT}`,
      `agreement-member-${suffix}`,
      '[data-testid="service-card"]',
    );
    await shoot(
      operator,
      `/agreements/${SINOSURE_AGREEMENT}/services`,
      `agreement-services-${suffix}`,
      '[data-testid="service-card"]',
    );
    await operator.getByTestId('service-request').first().click();
    await expect(operator.getByTestId('request-form')).toBeVisible();
    await operator.waitForTimeout(400); // the dialog zooms in
    await operator.screenshot({ path: path.join(dir, `service-request-form-${suffix}.png`) });
    await operator.keyboard.press('Escape');
    await shoot(
      operator,
      '/services/requests',
      `service-requests-sent-${suffix}`,
      '[data-testid="service-requests-page"]',
    );
    await shoot(
      operator,
      `/services/requests/${SSEZ_THREAD_REQUEST}`,
      `service-request-thread-${suffix}`,
      '[data-testid="thread"]',
    );
    await shoot(
      operator,
      `/services/requests/${SSEZ_DELIVERED_REQUEST}`,
      `service-request-rated-${suffix}`,
      '[data-testid="service-request-page"]',
    );
    await shoot(
      operator,
      `/initiatives/${INITIATIVE_2021}`,
      `initiative-member-${suffix}`,
      '[data-testid="endorsement-card"]',
    );

    // The lawyers association (a counterparty): its commitments and documents, a request addressed to it.
    const partner = await personIn(browser, 'partner@example.org', lang);
    await shoot(
      partner,
      `/agreements/${LAWYERS_AGREEMENT}`,
      `agreement-counterparty-${suffix}`,
      '[data-testid="commitments-panel"]',
    );
    await shoot(
      partner,
      '/services/requests?side=received',
      `service-requests-received-${suffix}`,
      '[data-testid="service-requests-page"]',
    );
    await shoot(
      partner,
      `/services/requests/${LAWYERS_NEW_REQUEST}`,
      `service-request-provider-${suffix}`,
      '[data-testid="service-request-page"]',
    );

    // The secretariat: every agreement, the editor, the uptake per park, the initiative's editor.
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    await shoot(secretariat, '/agreements', `agreements-secretariat-${suffix}`, '[data-testid="agreement-row"]');
    await shoot(
      secretariat,
      `/agreements/${LAWYERS_AGREEMENT}/edit`,
      `agreement-editor-${suffix}`,
      '[data-testid="agreement-editor"] input',
    );
    await shoot(secretariat, '/admin/service-uptake', `service-uptake-${suffix}`, '[data-testid="uptake-agreements"]');
    await shoot(
      secretariat,
      '/meetings/requests?status=accepted&scheduled=false',
      `meetings-to-schedule-${suffix}`,
      '[data-testid="meeting-row"]',
    );
    await shoot(
      secretariat,
      `/initiatives/${INITIATIVE_2021}`,
      `initiative-secretariat-${suffix}`,
      '[data-testid="export-pdf"]',
    );
    await shoot(
      secretariat,
      `/initiatives/${INITIATIVE_2021}/edit`,
      `initiative-editor-${suffix}`,
      '[data-testid="initiative-editor"] input',
    );
    await closeInEnglish([operator, partner, secretariat]);
  });
}

// "My work": each role's home after sign-in, in both languages.
test.describe('my work', () => {
  for (const lang of ['English', '中文'] as const) {
    const suffix = lang === 'English' ? 'en' : 'zh';
    test(`screenshots of each role's home (${suffix})`, async ({ browser }) => {
      const accounts = [
        ['operator@example.org', 'operator', 'English'],
        ['approver@example.org', 'approver', 'English'],
        ['partner@example.org', 'partner', '中文'],
        ['secretariat@example.org', 'secretariat', 'English'],
      ] as const;
      for (const [email, who, own] of accounts) {
        const page = await personIn(browser, email, lang);
        await shoot(page, '/work', `work-${who}-${suffix}`, '[data-testid="work-item"]');
        await closeIn(page, own);
      }
    });
  }
});

// Issue 19, the alliance's results: the secretariat's charts, the directory's and the pipeline's charts
// on the same component, and the home page's live figures.
test.describe('results19: the alliance’s results', () => {
  for (const lang of ['English', '中文'] as const) {
    const suffix = lang === 'English' ? 'en' : 'zh';
    test(`results pages (${suffix})`, async ({ browser, page }) => {
      await page.goto('/');
      await new Shell(page).switchLanguage(lang);
      await shoot(page, '/', `results-home-${suffix}`, '[data-testid="home-live-figures"]');
      const secretariat = await personIn(browser, 'secretariat@example.org', lang);
      await shoot(secretariat, '/results', `results-${suffix}`, '[data-testid="results-posts-chart"] svg');
      // The services' card up close: its chart, every agreement's totals above it, its table.
      await secretariat
        .getByTestId('results-services')
        .screenshot({ path: path.join(dir, `results-services-${suffix}.png`) });
      await secretariat.setViewportSize({ width: 1920, height: 1080 });
      await shoot(secretariat, '/results', `results-wide-${suffix}`, '[data-testid="results-posts-chart"] svg');
      await secretariat.setViewportSize({ width: 1366, height: 860 });
      await shoot(secretariat, '/directory', `results-directory-${suffix}`, '[data-testid="directory-by-country"] svg');
      await shoot(
        secretariat,
        '/financing/pipeline',
        `results-pipeline-${suffix}`,
        '[data-testid="pipeline-by-status"] svg',
      );
      await closeInEnglish([secretariat]);
    });
  }
});

for (const lang of ['English', '中文'] as const) {
  const suffix = lang === 'English' ? 'en' : 'zh';
  test(`screenshots of the annual reports page (${suffix})`, async ({ browser }) => {
    // A report asked for through the page (the last year, in the reader's language), once written.
    const secretariat = await personIn(browser, 'secretariat@example.org', lang);
    await shoot(
      secretariat,
      '/admin/annual-reports',
      `annual-reports-empty-${suffix}`,
      '[data-testid="annual-report-form"]',
    );
    const year = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
    );
    const language = suffix;
    const asked = await secretariat.request.post('/api/annual-reports', {
      data: { year: year - 1, language },
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    expect([202, 409]).toContain(asked.status());
    await secretariat.reload();
    await expect(secretariat.getByTestId(`annual-report-${year - 1}-${language}`)).toHaveAttribute(
      'data-status',
      'done',
      {
        timeout: 60_000,
      },
    );
    await shoot(
      secretariat,
      '/admin/annual-reports',
      `annual-reports-${suffix}`,
      '[data-testid="annual-report-download"]',
    );
    await closeInEnglish([secretariat]);
  });
}
