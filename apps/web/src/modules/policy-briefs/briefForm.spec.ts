import type { AttachmentDto, PolicyBriefDto, PolicyBriefVersionDto } from '@alliance/contracts';
import {
  editedVersion,
  hasTitle,
  notPdf,
  orderedTopics,
  toBriefFormValues,
  toCreateBriefRequest,
  toUpdateBriefRequest,
  type BriefFormValues,
} from './briefForm';

function values(changes: Partial<BriefFormValues> = {}): BriefFormValues {
  return { ...toBriefFormValues(), countries: ['KH'], topics: ['tax'], ...changes };
}

function file(id: string, mimeType: string): AttachmentDto {
  return {
    id,
    fileName: `${id}.bin`,
    mimeType,
    sizeBytes: 1,
    sha256: '0',
    url: `/api/attachments/${id}`,
    createdAt: '',
  };
}

function version(number: number, changes: Partial<PolicyBriefVersionDto> = {}): PolicyBriefVersionDto {
  return {
    number,
    status: 'published',
    titleEn: `Version ${number}`,
    titleZh: null,
    summaryEn: null,
    summaryZh: null,
    bodyEn: null,
    bodyZh: null,
    bodyHtmlEn: null,
    bodyHtmlZh: null,
    countries: ['KH'],
    topics: ['tax'],
    audience: 'public',
    attachments: [],
    authorName: null,
    reviewerName: null,
    submittedAt: null,
    publishedAt: null,
    updatedAt: '2026-12-01T00:00:00Z',
    ...changes,
  };
}

describe('the brief editor', () => {
  it('starts a new brief public, with nothing chosen', () => {
    expect(toBriefFormValues()).toEqual({
      titleEn: null,
      titleZh: null,
      summaryEn: null,
      summaryZh: null,
      bodyEn: null,
      bodyZh: null,
      countries: [],
      topics: [],
      audience: 'public',
      attachments: [],
    });
  });

  it('edits the version being written, never the published one readers keep', () => {
    const published = version(2);
    const working = version(3, { status: 'draft', titleEn: 'Version 3 draft' });
    const brief = { content: published, working } as PolicyBriefDto;
    expect(editedVersion(brief).number).toBe(3);
    expect(toBriefFormValues(editedVersion(brief)).titleEn).toBe('Version 3 draft');
    expect(editedVersion({ content: version(1, { status: 'draft' }), working: null } as PolicyBriefDto).number).toBe(1);
  });

  it('needs a title in at least one language', () => {
    expect(hasTitle(values())).toBe(false);
    expect(hasTitle(values({ titleEn: '   ' }))).toBe(false);
    expect(hasTitle(values({ titleZh: '柬埔寨投资法' }))).toBe(true);
  });

  it('leaves empty texts out of a new brief, trims titles and summaries, keeps Markdown indentation', () => {
    const body = toCreateBriefRequest(
      values({ titleEn: '  Cambodia ', summaryZh: '  摘要 ', bodyEn: '    code\n\n', bodyZh: '   ' }),
    );
    expect(body).toEqual({
      titleEn: 'Cambodia',
      summaryZh: '摘要',
      bodyEn: '    code',
      countries: ['KH'],
      topics: ['tax'],
      audience: 'public',
    });
  });

  it('clears emptied texts of an edit with null, replaces the files and sends the version read', () => {
    const body = toUpdateBriefRequest(values({ titleZh: '税收', audience: 'members' }), 7);
    expect(body).toEqual({
      titleEn: null,
      titleZh: '税收',
      summaryEn: null,
      summaryZh: null,
      bodyEn: null,
      bodyZh: null,
      countries: ['KH'],
      topics: ['tax'],
      audience: 'members',
      attachmentIds: [],
      version: 7,
    });
  });

  it('sends the files by id, in the order shown', () => {
    const attachments = [file('b', 'application/pdf'), file('a', 'application/pdf')];
    expect(toCreateBriefRequest(values({ titleEn: 'x', attachments })).attachmentIds).toEqual(['b', 'a']);
  });

  it('sends the topics in the contracts’ order, whatever order they were ticked in', () => {
    expect(orderedTopics(['security', 'tax', 'investment_law'])).toEqual(['investment_law', 'tax', 'security']);
    expect(toCreateBriefRequest(values({ titleEn: 'x', topics: ['land', 'tax'] })).topics).toEqual(['tax', 'land']);
  });

  it('finds the files that are not PDFs', () => {
    const pdf = file('p', 'application/pdf');
    const image = file('i', 'image/png');
    expect(notPdf([pdf, image])).toEqual([image]);
    expect(notPdf([pdf])).toEqual([]);
  });
});
