import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { localizedText, type Locale } from '@alliance/contracts';
import type { Initiative } from './entities/initiative.entity';
import type { SignatoryExportRow } from './initiatives.queries';

/**
 * The signatories of an initiative as a PDF document with the initiative's text, in either language.
 * Chinese renders on a machine without Chinese system fonts: the document embeds (a subset of) Noto Sans
 * Hans, the GB2312 cut shipped by the `@embedpdf/fonts-sc` npm package (OFL), which covers Latin too.
 */

/** The package's fonts folder: beside its `dist/`, where `main` points (its exports map names no font file). */
function fontFile(name: string): string {
  const file = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', name);
  if (!existsSync(file)) throw new Error(`The PDF font ${name} of @embedpdf/fonts-sc is missing (${file})`);
  return file;
}

const REGULAR = 'NotoSansHans-Regular.otf';
const BOLD = 'NotoSansHans-Bold.otf';

const LABELS = {
  en: {
    initiative: 'Initiative',
    principles: 'Principles',
    signatories: 'Signatories',
    opens: 'Open for endorsement',
    since: (date: string) => `Open for endorsement since ${date}`,
    target: 'Target',
    organizations: 'organizations',
    endorsed: 'Endorsed on',
    signedBy: 'Signed by',
    statement: 'Statement',
    notPublic: 'Not on the public list: membership',
    none: 'No organization has endorsed it yet.',
    generated: 'Exported on',
    membership: { applicant: 'applicant', active: 'active', suspended: 'suspended', withdrawn: 'withdrawn' },
  },
  zh: {
    initiative: '倡议',
    principles: '倡议内容',
    signatories: '签署单位',
    opens: '征集签署期',
    since: (date: string) => `自 ${date} 起开放签署`,
    target: '目标',
    organizations: '家单位',
    endorsed: '签署日期',
    signedBy: '签署人',
    statement: '声明',
    notPublic: '未在公开名单中：会员状态',
    none: '尚无单位签署。',
    generated: '导出日期',
    membership: { applicant: '申请中', active: '正常', suspended: '已暂停', withdrawn: '已退出' },
  },
} as const;

const day = (value: Date | string) => new Date(value).toISOString().slice(0, 10);

/** Writes the document and resolves with its bytes. */
export function signatoriesPdf(
  initiative: Initiative,
  rows: SignatoryExportRow[],
  locale: Locale,
  now: Date = new Date(),
): Promise<Buffer> {
  const l = LABELS[locale];
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const title = localizedText(initiative.titleEn, initiative.titleZh, locale) ?? l.initiative;
  const otherTitle = other === 'en' ? initiative.titleEn : initiative.titleZh;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: title, Subject: l.signatories, Creator: 'Alliance Portal' },
    lang: locale === 'zh' ? 'zh-CN' : 'en',
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont('text', fontFile(REGULAR));
  doc.registerFont('bold', fontFile(BOLD));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.font('bold').fontSize(18).text(title, { align: 'center' });
  if (otherTitle && otherTitle !== title)
    doc.moveDown(0.3).font('text').fontSize(12).text(otherTitle, { align: 'center' });
  doc.moveDown(0.5).font('text').fontSize(9).fillColor('#555555');
  if (initiative.opensOn && initiative.closesOn)
    doc.text(`${l.opens}: ${initiative.opensOn} – ${initiative.closesOn}`, { align: 'center' });
  else if (initiative.opensOn) doc.text(l.since(initiative.opensOn), { align: 'center' });
  if (initiative.targetOrganizations)
    doc.text(`${l.target}: ${initiative.targetOrganizations} ${l.organizations}`, { align: 'center' });
  doc.fillColor('#000000').moveDown();

  const preamble = localizedText(initiative.preambleEn, initiative.preambleZh, locale);
  if (preamble) doc.font('text').fontSize(11).text(preamble, { align: 'justify' }).moveDown();

  if (initiative.principles.length) {
    doc.font('bold').fontSize(13).text(l.principles).moveDown(0.3);
    initiative.principles.forEach((p, index) => {
      const text = localizedText(p.en, p.zh, locale) ?? '';
      doc
        .font('text')
        .fontSize(11)
        .text(`${index + 1}. ${text}`, { indent: 0 })
        .moveDown(0.3);
    });
    doc.moveDown();
  }

  doc.font('bold').fontSize(13).text(`${l.signatories} (${rows.length})`).moveDown(0.3);
  if (rows.length === 0) doc.font('text').fontSize(11).text(l.none);
  // Country names in the document's language (Node's ICU), the code where it has none.
  const regions = new Intl.DisplayNames([locale === 'zh' ? 'zh-CN' : 'en'], { type: 'region' });
  rows.forEach((row, index) => {
    const name = localizedText(row.name_en, row.name_zh, locale) ?? '';
    const otherName = locale === 'zh' ? row.name_en : row.name_zh;
    doc
      .font('bold')
      .fontSize(11)
      .text(`${index + 1}. ${name}${otherName && otherName !== name ? ` · ${otherName}` : ''}`);
    const facts = [
      row.country && (regions.of(row.country) ?? row.country),
      `${l.endorsed} ${day(row.endorsed_at)}`,
      row.signed_by && `${l.signedBy} ${row.signed_by}`,
    ]
      .filter(Boolean)
      .join(' · ');
    doc.font('text').fontSize(9).fillColor('#555555').text(facts).fillColor('#000000');
    if (row.membership !== 'active')
      doc.fillColor('#a8071a').text(`${l.notPublic} ${l.membership[row.membership]}`).fillColor('#000000');
    const statement = localizedText(row.statement_en, row.statement_zh, locale);
    if (statement) doc.fontSize(10).text(`${l.statement}: ${statement}`);
    doc.moveDown(0.5);
  });

  doc
    .moveDown()
    .font('text')
    .fontSize(8)
    .fillColor('#777777')
    .text(`${l.generated} ${day(now)}`, { align: 'right' });
  doc.end();
  return done;
}
