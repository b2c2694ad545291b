import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import {
  csvLabel,
  DEAL_STAGES,
  FINANCING_INSTRUMENT_LABELS,
  localizedText,
  ORGANIZATION_TYPE_LABELS,
  periodsOf,
  type Locale,
  type ResultsDto,
} from '@alliance/contracts';
import { DEAL_STAGE_LABELS } from '../cooperation/deals/deals.csv';
import { MEMBER_ISSUE_CATEGORY_LABELS } from '../member-issues/issue-cases.csv';
import {
  AGREEMENT_STATUS_NAMES,
  CHART_LABELS,
  COLUMN_LABELS,
  FIGURE_LABELS,
  INITIATIVE_STATUS_NAMES,
  POST_KIND_NAMES,
  REPORT_TEXT,
  say,
} from './annual-report-labels';
import { barChartSvg } from './annual-report-charts';
import type { ReportAgreementRow, ReportInitiativeRow } from './annual-reports.queries';
import {
  ACCENT,
  ensureRoom,
  figureGrid,
  fontFile,
  formatCount,
  formatDecimal,
  heading,
  INK,
  MUTED,
  paragraph,
  subheading,
  sumDecimals,
  table,
} from './pdf-layout';

/** Everything a report shows: the year's results (ResultsService) and what it lists by name. */
export interface AnnualReportContent {
  year: number;
  locale: Locale;
  /** The day it was generated, `YYYY-MM-DD` in the alliance's time zone. */
  generatedOn: string;
  results: ResultsDto;
  agreements: ReportAgreementRow[];
  initiatives: ReportInitiativeRow[];
}

export interface ReportChart {
  title: string;
  svg: string;
  height: number;
}

const CHART_WIDTH = 495;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const unique = <T>(values: T[]) => [...new Set(values)];

/** The last period of a series (the year's end), or null when it has none. */
const lastPeriod = (rows: { period: string }[]) =>
  rows.length
    ? rows
        .map((r) => r.period)
        .sort()
        .at(-1)
    : null;

/** The year's headline figures, from the results (exact decimal sums for amounts). */
export function yearFigures(content: AnnualReportContent): { label: string; value: string }[] {
  const { results: r, locale } = content;
  const n = (value: number) => formatCount(value, locale);
  const last = lastPeriod(r.members);
  const activeMembers = sum(r.members.filter((m) => m.period === last && m.status === 'active').map((m) => m.count));
  const requests = sum(r.financingOffers.map((o) => o.requests));
  const withOffer = sum(r.financingOffers.map((o) => o.withOffer));
  const figures: [keyof typeof FIGURE_LABELS, string][] = [
    ['activeMembers', n(activeMembers)],
    ['parks', n(sum(r.hostCountries.map((c) => c.parks)))],
    ['hostCountries', n(r.hostCountries.length)],
    ['enterprises', n(sum(r.hostCountries.map((c) => c.enterprises)))],
    ['investment', formatDecimal(sumDecimals(r.hostCountries.map((c) => c.investmentUsd)), locale)],
    ['localJobs', n(sum(r.hostCountries.map((c) => c.localJobs)))],
    ['posts', n(sum(r.posts.map((p) => p.count)))],
    ['financingAsked', n(sum(r.financing.map((f) => f.askedCount)))],
    ['financingAccepted', n(sum(r.financing.map((f) => f.acceptedCount)))],
    ['shareWithOffer', requests ? `${formatCount(Math.round((withOffer / requests) * 1000) / 10, locale)}%` : '–'],
    ['deals', n(sum(r.deals.map((d) => d.count)))],
    ['invested', formatDecimal(sumDecimals(r.deals.map((d) => d.investedUsd)), locale)],
    ['serviceRequests', n(r.servicesOverall.requests)],
    ['servicesDelivered', n(r.servicesOverall.delivered)],
    ['signatories', n(sum(r.signatories.map((s) => s.signed)))],
    ['alerts', n(sum(r.alerts.map((a) => a.issued)))],
    ['acknowledgements', n(sum(r.alerts.map((a) => a.acknowledged)))],
    ['issueCases', n(sum(r.issueCases.map((c) => c.cases)))],
    ['issueCasesAnswered', n(sum(r.issueCases.map((c) => c.answered)))],
  ];
  return figures.map(([key, value]) => ({ label: say(FIGURE_LABELS[key], locale), value }));
}

/** The charts of the report, drawn as SVG (the job's "charts" step). */
export function reportCharts(content: AnnualReportContent): ReportChart[] {
  const { results: r, locale } = content;
  const charts: ReportChart[] = [];
  const add = (title: string, height: number, svg: string) => charts.push({ title, svg, height });

  const quarters = unique(r.members.map((m) => m.period)).sort();
  const types = unique(r.members.filter((m) => m.status === 'active').map((m) => m.type));
  if (quarters.length && types.length)
    add(
      say(CHART_LABELS.members, locale),
      220,
      barChartSvg({
        categories: quarters,
        stacked: true,
        series: types.map((type) => ({
          name: csvLabel(ORGANIZATION_TYPE_LABELS, type, locale),
          values: quarters.map((q) =>
            sum(
              r.members.filter((m) => m.period === q && m.type === type && m.status === 'active').map((m) => m.count),
            ),
          ),
        })),
        width: CHART_WIDTH,
        height: 220,
      }),
    );

  const months = periodsOf(r.range, 'month');
  const monthName = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { month: 'short', timeZone: 'UTC' });
  const kinds = unique(r.posts.map((p) => p.kind));
  if (kinds.length)
    add(
      say(CHART_LABELS.posts, locale),
      230,
      barChartSvg({
        categories: months.map((m) => monthName.format(new Date(`${m}-15T00:00:00Z`))),
        stacked: true,
        series: kinds.map((kind) => ({
          name: say(POST_KIND_NAMES[kind], locale),
          values: months.map((m) => sum(r.posts.filter((p) => p.period === m && p.kind === kind).map((p) => p.count))),
        })),
        width: CHART_WIDTH,
        height: 230,
      }),
    );

  const financeQuarters = periodsOf(r.range, 'quarter');
  if (r.financing.length)
    add(
      say(CHART_LABELS.financing, locale),
      210,
      barChartSvg({
        categories: financeQuarters,
        series: [
          {
            name: say(CHART_LABELS.asked, locale),
            values: financeQuarters.map((q) => sum(r.financing.filter((f) => f.period === q).map((f) => f.askedCount))),
          },
          {
            name: say(CHART_LABELS.accepted, locale),
            values: financeQuarters.map((q) =>
              sum(r.financing.filter((f) => f.period === q).map((f) => f.acceptedCount)),
            ),
          },
        ],
        width: CHART_WIDTH,
        height: 210,
      }),
    );

  if (r.deals.length)
    add(
      say(CHART_LABELS.deals, locale),
      190,
      barChartSvg({
        categories: DEAL_STAGES.map((stage) => csvLabel(DEAL_STAGE_LABELS, stage, locale)),
        series: [
          {
            name: say(CHART_LABELS.count, locale),
            values: DEAL_STAGES.map((stage) => sum(r.deals.filter((d) => d.stage === stage).map((d) => d.count))),
          },
        ],
        width: CHART_WIDTH,
        height: 190,
      }),
    );

  const countries = [...r.hostCountries].sort((a, b) => b.parks - a.parks || a.country.localeCompare(b.country));
  const top = countries.slice(0, 12);
  if (top.length) {
    const regions = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
    const height = Math.max(140, 40 + top.length * 22);
    add(
      say(CHART_LABELS.hostCountries, locale),
      height,
      barChartSvg({
        categories: top.map((c) => regions.of(c.country) ?? c.country),
        horizontal: true,
        series: [{ name: say(CHART_LABELS.parks, locale), values: top.map((c) => c.parks) }],
        width: CHART_WIDTH,
        height,
      }),
    );
  }

  if (r.signatories.length) {
    const periods = r.signatories.map((s) => s.period);
    add(
      say(CHART_LABELS.signatories, locale),
      190,
      barChartSvg({
        categories: periods,
        series: [{ name: say(CHART_LABELS.standing, locale), values: r.signatories.map((s) => s.standing) }],
        width: CHART_WIDTH,
        height: 190,
      }),
    );
  }
  return charts;
}

/** Writes the report and resolves with its bytes (the job's "writing" step). */
export function annualReportPdf(content: AnnualReportContent, charts: ReportChart[]): Promise<Buffer> {
  const { year, locale, results: r } = content;
  const t = REPORT_TEXT[locale];
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 50, right: 50 },
    bufferPages: true,
    info: { Title: `${t.alliance} · ${t.title(year)}`, Subject: t.title(year), Creator: 'Alliance Portal' },
    lang: locale === 'zh' ? 'zh-CN' : 'en',
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('text', fontFile('NotoSansHans-Regular.otf'));
  doc.registerFont('bold', fontFile('NotoSansHans-Bold.otf'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;

  // Title block
  doc.rect(0, 0, doc.page.width, 8).fillColor(ACCENT).fill();
  doc.font('text').fontSize(11).fillColor(MUTED).text(t.alliance, left, 70, { width });
  doc.moveDown(0.4).font('bold').fontSize(28).fillColor(INK).text(t.title(year), { width });
  doc.font('text').fontSize(12).fillColor(MUTED).text(REPORT_TEXT[other].title(year), { width });
  doc
    .moveDown(0.6)
    .fontSize(10)
    .text(`${t.period(year)} · ${t.generated(content.generatedOn)}`, { width });
  doc.fillColor(INK).moveDown(1);

  heading(doc, t.figures);
  figureGrid(doc, yearFigures(content));
  paragraph(doc, t.figuresNote, { size: 8.5, color: MUTED });

  if (charts.length) {
    doc.addPage();
    heading(doc, t.charts);
    for (const chart of charts) {
      subheading(doc, chart.title, chart.height + 30);
      const y = doc.y;
      SVGtoPDF(doc, chart.svg, left, y, {
        width: CHART_WIDTH,
        height: chart.height,
        fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'text'),
      });
      doc.x = left;
      doc.y = y + chart.height + 8;
    }
  }

  writeAgreements(doc, content);
  writeInitiatives(doc, content);

  heading(doc, t.financing);
  const instruments = r.financingOffers.filter((o) => o.requests > 0);
  if (instruments.length)
    table(
      doc,
      [
        { header: say(COLUMN_LABELS.instrument, locale), width: 3 },
        { header: say(COLUMN_LABELS.requests, locale), width: 1.4, align: 'right' },
        { header: say(COLUMN_LABELS.withOffer, locale), width: 1.4, align: 'right' },
        { header: say(COLUMN_LABELS.share, locale), width: 1.2, align: 'right' },
        { header: say(COLUMN_LABELS.medianDays, locale), width: 2, align: 'right' },
      ],
      instruments.map((o) => [
        csvLabel(FINANCING_INSTRUMENT_LABELS, o.instrument, locale),
        formatCount(o.requests, locale),
        formatCount(o.withOffer, locale),
        o.shareWithOffer === null ? t.dash : `${formatCount(Math.round(o.shareWithOffer * 1000) / 10, locale)}%`,
        o.medianDaysToFirstOffer === null ? t.dash : formatCount(o.medianDaysToFirstOffer, locale),
      ]),
    );
  const currencies = unique(r.financing.map((f) => f.currency)).sort();
  if (currencies.length)
    table(
      doc,
      [
        { header: say(COLUMN_LABELS.currency, locale), width: 1.2 },
        { header: say(COLUMN_LABELS.askedAmount, locale), width: 2.5, align: 'right' },
        { header: say(COLUMN_LABELS.acceptedAmount, locale), width: 2.5, align: 'right' },
      ],
      currencies.map((currency) => {
        const rows = r.financing.filter((f) => f.currency === currency);
        return [
          currency,
          formatDecimal(sumDecimals(rows.map((f) => f.askedAmount)), locale),
          formatDecimal(sumDecimals(rows.map((f) => f.acceptedAmount)), locale),
        ];
      }),
    );
  if (!instruments.length && !currencies.length) paragraph(doc, t.none);

  heading(doc, t.cooperation);
  if (r.deals.length)
    table(
      doc,
      [
        { header: say(COLUMN_LABELS.stage, locale), width: 3 },
        { header: say(COLUMN_LABELS.deals, locale), width: 1.5, align: 'right' },
        { header: say(COLUMN_LABELS.invested, locale), width: 2.5, align: 'right' },
      ],
      r.deals.map((d) => [
        csvLabel(DEAL_STAGE_LABELS, d.stage, locale),
        formatCount(d.count, locale),
        formatDecimal(d.investedUsd, locale),
      ]),
    );
  else paragraph(doc, t.none);

  heading(doc, t.policy);
  if (r.alerts.some((a) => a.issued || a.acknowledged))
    table(
      doc,
      [
        { header: say(COLUMN_LABELS.period, locale), width: 2 },
        { header: say(COLUMN_LABELS.issued, locale), width: 2, align: 'right' },
        { header: say(COLUMN_LABELS.acknowledged, locale), width: 2, align: 'right' },
      ],
      r.alerts.map((a) => [a.period, formatCount(a.issued, locale), formatCount(a.acknowledged, locale)]),
    );
  if (r.issueCases.length)
    table(
      doc,
      [
        { header: say(COLUMN_LABELS.category, locale), width: 2.5 },
        { header: say(COLUMN_LABELS.cases, locale), width: 1.2, align: 'right' },
        { header: say(COLUMN_LABELS.answered, locale), width: 1.2, align: 'right' },
        { header: say(COLUMN_LABELS.medianAnswer, locale), width: 2, align: 'right' },
      ],
      r.issueCases.map((c) => [
        csvLabel(MEMBER_ISSUE_CATEGORY_LABELS, c.category, locale),
        formatCount(c.cases, locale),
        formatCount(c.answered, locale),
        c.medianDaysToAnswer === null ? t.dash : formatCount(c.medianDaysToAnswer, locale),
      ]),
    );
  if (!r.alerts.some((a) => a.issued || a.acknowledged) && !r.issueCases.length) paragraph(doc, t.none);

  // Page numbers, written last: every page is known by then.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('text')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${t.alliance} · ${t.title(year)}`, left, doc.page.height - 40, { width, align: 'left', lineBreak: false })
      .text(t.page(i - range.start + 1, range.count), left, doc.page.height - 40, {
        width,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function writeAgreements(doc: PDFKit.PDFDocument, content: AnnualReportContent): void {
  const { locale, results } = content;
  const t = REPORT_TEXT[locale];
  heading(doc, t.agreements);
  if (!content.agreements.length) return paragraph(doc, t.agreementsNone);
  const uptake = new Map(results.services.map((s) => [s.agreementId, s]));
  table(
    doc,
    [
      { header: say(COLUMN_LABELS.agreement, locale), width: 4 },
      { header: say(COLUMN_LABELS.counterparties, locale), width: 3 },
      { header: say(COLUMN_LABELS.signedOn, locale), width: 1.7 },
      { header: say(COLUMN_LABELS.requests, locale), width: 1.1, align: 'right' },
      { header: say(COLUMN_LABELS.delivered, locale), width: 1.1, align: 'right' },
      { header: say(COLUMN_LABELS.rating, locale), width: 1.1, align: 'right' },
      { header: say(COLUMN_LABELS.commitments, locale), width: 1.9, align: 'right' },
    ],
    content.agreements.map((a) => {
      const u = uptake.get(a.id);
      return [
        `${localizedText(a.title_en, a.title_zh, locale) ?? ''}\n${say(AGREEMENT_STATUS_NAMES[a.status], locale)}`,
        a.counterparties.map((c) => localizedText(c.en, c.zh, locale) ?? '').join('; '),
        a.signed_on ?? t.dash,
        formatCount(u?.requests ?? 0, locale),
        formatCount(u?.delivered ?? 0, locale),
        u?.averageRating === null || u?.averageRating === undefined ? t.dash : formatCount(u.averageRating, locale),
        a.commitments_due ? `${a.commitments_done} / ${a.commitments_due}` : t.dash,
      ];
    }),
  );
}

function writeInitiatives(doc: PDFKit.PDFDocument, content: AnnualReportContent): void {
  const { locale } = content;
  const t = REPORT_TEXT[locale];
  heading(doc, t.initiatives);
  if (!content.initiatives.length) return paragraph(doc, t.initiativesNone);
  for (const initiative of content.initiatives) {
    subheading(doc, localizedText(initiative.title_en, initiative.title_zh, locale) ?? '', 90);
    const facts = [
      say(INITIATIVE_STATUS_NAMES[initiative.status], locale),
      initiative.opens_on
        ? `${say(COLUMN_LABELS.open, locale)} ${initiative.opens_on}${initiative.closes_on ? ` – ${initiative.closes_on}` : ''}`
        : null,
      `${say(COLUMN_LABELS.signatories, locale)}${t.colon}${formatCount(initiative.signatories, locale)}${
        initiative.target_organizations
          ? locale === 'zh'
            ? `（${say(COLUMN_LABELS.target, locale)} ${formatCount(initiative.target_organizations, locale)}）`
            : ` (${say(COLUMN_LABELS.target, locale)} ${formatCount(initiative.target_organizations, locale)})`
          : ''
      }`,
    ].filter(Boolean);
    paragraph(doc, facts.join(' · '), { size: 9, color: MUTED });
    doc.moveDown(0.3);
    if (initiative.signed_in_year.length) {
      ensureRoom(doc, 40);
      table(
        doc,
        [
          { header: say(COLUMN_LABELS.signedInYear, locale), width: 5 },
          { header: say(COLUMN_LABELS.date, locale), width: 1.5 },
        ],
        initiative.signed_in_year.map((s) => [localizedText(s.en, s.zh, locale) ?? '', s.on]),
      );
    } else paragraph(doc, say(COLUMN_LABELS.noneSignedInYear, locale), { size: 9 });
  }
}
