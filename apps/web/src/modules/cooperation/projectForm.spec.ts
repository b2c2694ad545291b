import type { CooperationProjectDto } from '@alliance/contracts';
import {
  hasEither,
  toAttachmentDto,
  toDealMove,
  toProjectFormValues,
  toProjectRequest,
  toProjectUpdate,
} from './projectForm';

const day = (iso: string) => ({ format: () => iso });

describe('the project editor', () => {
  it('starts a new project for members, with nothing else chosen', () => {
    const values = toProjectFormValues(undefined, day);
    expect(values).toMatchObject({ kind: undefined, audience: 'members', sectors: [], sizeUsd: null, deadline: null });
    expect(values.attachments).toEqual([]);
  });

  it('sends texts trimmed (blank as null), the size exact without grouping, the deadline as a date', () => {
    const request = toProjectRequest({
      ...toProjectFormValues(undefined, day),
      kind: 'seeking_investment',
      titleEn: '  Garment cluster  ',
      titleZh: '   ',
      summaryEn: 'Investors for a garment cluster.',
      descriptionZh: '\n第一段\n\n第二段  \n',
      sectors: ['textiles_garments', 'textiles_garments', 'logistics_warehousing'],
      country: 'kh',
      sizeUsd: '25,000,000.50',
      deadline: day('2027-06-30'),
    });
    expect(request).toEqual({
      kind: 'seeking_investment',
      parkId: null,
      titleEn: 'Garment cluster',
      titleZh: null,
      summaryEn: 'Investors for a garment cluster.',
      summaryZh: null,
      descriptionEn: null,
      descriptionZh: '第一段\n\n第二段',
      sectors: ['textiles_garments', 'logistics_warehousing'],
      country: 'KH',
      sizeUsd: '25000000.50',
      deadline: '2027-06-30',
      audience: 'members',
      attachmentIds: [],
    });
  });

  it('keeps a 16-digit size exactly as typed (never a float)', () => {
    const request = toProjectRequest({ ...toProjectFormValues(undefined, day), sizeUsd: '9 999 999 999 999 999.99' });
    expect(request.sizeUsd).toBe('9999999999999999.99');
  });

  it('fills an edit from the project, its files shown by the shared attachment list, and sends the version read', () => {
    const project = {
      kind: 'offering_capacity',
      park: { id: 'park-1', nameEn: 'Zone', nameZh: null },
      titleEn: 'Cement',
      titleZh: '水泥',
      summaryEn: 's',
      summaryZh: null,
      descriptionEn: null,
      descriptionZh: null,
      sectors: ['building_materials'],
      country: 'AE',
      sizeUsd: '1200000.00',
      deadline: '2027-01-31',
      audience: 'public',
      attachments: [{ id: 'a1', fileName: 'plan.pdf', contentType: 'application/pdf', size: 2048 }],
      version: 4,
    } as unknown as CooperationProjectDto;
    const values = toProjectFormValues(project, day);
    expect(values.parkId).toBe('park-1');
    expect(values.deadline?.format('YYYY-MM-DD')).toBe('2027-01-31');
    expect(values.attachments[0]).toMatchObject({
      id: 'a1',
      mimeType: 'application/pdf',
      sizeBytes: 2048,
      url: '/api/attachments/a1',
    });
    expect(toProjectUpdate(values, project.version)).toMatchObject({
      version: 4,
      attachmentIds: ['a1'],
      audience: 'public',
    });
  });

  it('asks for a title and a summary in one language at least', () => {
    expect(hasEither('  ', null)).toBe(false);
    expect(hasEither(null, '纺织')).toBe(true);
  });

  it('keeps the download address the API gives a file', () => {
    expect(
      toAttachmentDto({ id: 'b', fileName: 'x', contentType: 'image/png', size: 1, url: '/api/attachments/b?v=2' }).url,
    ).toBe('/api/attachments/b?v=2');
  });
});

describe("a deal's move", () => {
  it('carries the investment made: the exact amount and the date', () => {
    expect(toDealMove('investment_made', { investedUsd: '12,000,000.00', investedOn: day('2026-12-01') })).toEqual({
      investedUsd: '12000000.00',
      investedOn: '2026-12-01',
    });
  });

  it('carries the reason a deal was lost, and nothing for a step forward', () => {
    expect(toDealMove('lost', { reason: '  The investor withdrew.  ' })).toEqual({ reason: 'The investor withdrew.' });
    expect(toDealMove('site_visit', { reason: 'ignored' })).toEqual({});
  });
});
