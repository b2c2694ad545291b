import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Locale } from '@alliance/contracts';

/**
 * What the annual report's pages are made of, on pdfkit: the embedded font, headings, a grid of
 * figures, tables that carry their header onto the next page, and exact decimal sums.
 */

/** The Noto Sans Hans (GB2312 cut, OFL) files of `@embedpdf/fonts-sc`: Chinese and Latin on any machine. */
export function fontFile(name: 'NotoSansHans-Regular.otf' | 'NotoSansHans-Bold.otf'): string {
  const file = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', name);
  if (!existsSync(file)) throw new Error(`The PDF font ${name} of @embedpdf/fonts-sc is missing (${file})`);
  return file;
}

export const INK = '#1f2937';
export const MUTED = '#6b7280';
export const ACCENT = '#1f5fa8';
const RULE = '#d1d5db';
const HEADER_FILL = '#eef2f7';
const STRIPE_FILL = '#f8fafc';

export interface Column {
  header: string;
  /** A share of the width (the shares are scaled to fill it). */
  width: number;
  align?: 'left' | 'right';
}

/** The bottom of the writable area of the current page. */
const bottomOf = (doc: PDFKit.PDFDocument) => doc.page.height - doc.page.margins.bottom;
const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A new page unless `height` still fits on this one. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 80);
  doc.moveDown(0.6);
  const x = doc.page.margins.left;
  doc
    .font('bold')
    .fontSize(15)
    .fillColor(ACCENT)
    .text(text, x, doc.y, { width: contentWidth(doc) });
  const y = doc.y + 3;
  doc
    .moveTo(x, y)
    .lineTo(x + contentWidth(doc), y)
    .lineWidth(1)
    .strokeColor(ACCENT)
    .stroke();
  doc.fillColor(INK).moveDown(0.8);
}

export function subheading(doc: PDFKit.PDFDocument, text: string, keepWith = 60): void {
  ensureRoom(doc, keepWith);
  doc.moveDown(0.4);
  doc
    .font('bold')
    .fontSize(11)
    .fillColor(INK)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(
  doc: PDFKit.PDFDocument,
  text: string,
  options: { size?: number; color?: string } = {},
): void {
  doc
    .font('text')
    .fontSize(options.size ?? 10)
    .fillColor(options.color ?? INK)
    .text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.fillColor(INK);
}

/** Figures as tiles, three to a row: the number large, its name beneath (two lines at most). */
export function figureGrid(doc: PDFKit.PDFDocument, figures: { label: string; value: string }[]): void {
  const gap = 10;
  const perRow = 3;
  const width = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  const height = 54;
  for (let i = 0; i < figures.length; i += perRow) {
    ensureRoom(doc, height + gap);
    const y = doc.y;
    figures.slice(i, i + perRow).forEach((figure, column) => {
      const x = doc.page.margins.left + column * (width + gap);
      doc.roundedRect(x, y, width, height, 4).fillColor(STRIPE_FILL).fill();
      doc.rect(x, y, 3, height).fillColor(ACCENT).fill();
      doc
        .font('bold')
        .fontSize(14)
        .fillColor(INK)
        .text(figure.value, x + 10, y + 6, { width: width - 16, lineBreak: false, ellipsis: true });
      doc
        .font('text')
        .fontSize(8)
        .fillColor(MUTED)
        .text(figure.label, x + 10, y + 27, { width: width - 16, height: 26, ellipsis: true });
    });
    doc.x = doc.page.margins.left;
    doc.y = y + height + gap;
  }
  doc.fillColor(INK);
}

/** A table over the page's width; rows that do not fit start a new page under a repeated header. */
export function table(doc: PDFKit.PDFDocument, columns: Column[], rows: string[][]): void {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * contentWidth(doc));
  const pad = 4;
  const measure = (cells: string[], font: 'text' | 'bold') => {
    doc.font(font).fontSize(8.5);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad
    );
  };
  const drawRow = (cells: string[], font: 'text' | 'bold', fill: string | null) => {
    const height = measure(cells, font);
    const y = doc.y;
    let x = doc.page.margins.left;
    if (fill) doc.rect(x, y, contentWidth(doc), height).fillColor(fill).fill();
    doc.font(font).fontSize(8.5).fillColor(INK);
    cells.forEach((cell, i) => {
      doc.text(cell, x + pad, y + pad, { width: widths[i] - 2 * pad, align: columns[i].align ?? 'left' });
      x += widths[i];
    });
    doc
      .moveTo(doc.page.margins.left, y + height)
      .lineTo(doc.page.margins.left + contentWidth(doc), y + height)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    doc.x = doc.page.margins.left;
    doc.y = y + height;
  };
  const headers = columns.map((c) => c.header);
  ensureRoom(doc, measure(headers, 'bold') + (rows[0] ? measure(rows[0], 'text') : 0));
  drawRow(headers, 'bold', HEADER_FILL);
  rows.forEach((row, index) => {
    if (doc.y + measure(row, 'text') > bottomOf(doc)) {
      doc.addPage();
      drawRow(headers, 'bold', HEADER_FILL);
    }
    drawRow(row, 'text', index % 2 === 1 ? STRIPE_FILL : null);
  });
  doc.moveDown(0.6);
}

const SCALE = 6;
const toUnits = (value: string): bigint => {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace(/^-/, '').split('.');
  const units = BigInt(whole || '0') * 10n ** BigInt(SCALE) + BigInt((fraction + '0'.repeat(SCALE)).slice(0, SCALE));
  return negative ? -units : units;
};

/** The exact sum of decimal strings (amounts are never floats), as a decimal string. */
export function sumDecimals(values: readonly string[]): string {
  const units = values.reduce((sum, v) => sum + toUnits(v), 0n);
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / 10n ** BigInt(SCALE);
  const fraction = (abs % 10n ** BigInt(SCALE)).toString().padStart(SCALE, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** A decimal string with its thousands grouped and at most two decimals (rounded half up). */
export function formatDecimal(value: string, locale: Locale): string {
  const units = toUnits(value);
  const cents = (units + (units >= 0n ? 5000n : -5000n)) / 10000n;
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en').format(abs / 100n);
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}${fraction === '00' ? '' : `.${fraction}`}`;
}

export const formatCount = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(value);
