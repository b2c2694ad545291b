import type { AttachmentDto, FinancingRequestDto } from '@alliance/contracts';
import { ApiError } from '../../../../lib/apiClient';
import {
  hasEither,
  isVersionConflict,
  toCreateRequest,
  toFormValues,
  toUpdateRequest,
  type RequestFormValues,
} from './requestForm';

function values(changes: Partial<RequestFormValues> = {}): RequestFormValues {
  return { ...toFormValues(), ...changes };
}

const file = { id: 'file-1', fileName: 'plan.pdf' } as AttachmentDto;

describe('the request editor', () => {
  it('starts a new request shared with all financial partners, everything else empty', () => {
    expect(toFormValues()).toMatchObject({
      audience: 'all',
      institutionIds: [],
      attachments: [],
      amount: null,
      parkId: null,
    });
  });

  it('fills the form from a request: its park, named institutions and files', () => {
    const request = {
      park: { id: 'park-1', nameEn: 'Zone', nameZh: null },
      titleEn: 'Loan',
      titleZh: null,
      purposeEn: null,
      purposeZh: '厂房',
      descriptionEn: null,
      descriptionZh: null,
      instrument: 'loan',
      amount: '18500000.00',
      currency: 'USD',
      tenorMonths: 84,
      country: 'KH',
      sector: 'textiles_garments',
      audience: 'named',
      institutions: [{ id: 'bank-1', nameEn: 'Bank', nameZh: null }],
      attachments: [file],
    } as unknown as FinancingRequestDto;
    expect(toFormValues(request)).toEqual({
      parkId: 'park-1',
      titleEn: 'Loan',
      titleZh: null,
      purposeEn: null,
      purposeZh: '厂房',
      descriptionEn: null,
      descriptionZh: null,
      instrument: 'loan',
      amount: '18500000.00',
      currency: 'USD',
      tenorMonths: 84,
      country: 'KH',
      sector: 'textiles_garments',
      audience: 'named',
      institutionIds: ['bank-1'],
      attachments: [file],
    });
  });

  it('leaves empty fields out of a new draft, trims titles and keeps paragraphs', () => {
    const body = toCreateRequest(
      values({
        titleEn: '  Loan  ',
        titleZh: '   ',
        purposeEn: '  Build.\n\nMore.\n\n',
        amount: '18,500,000.00',
        tenorMonths: 84,
      }),
    );
    expect(body).toEqual({
      audience: 'all',
      titleEn: 'Loan',
      purposeEn: '  Build.\n\nMore.',
      amount: '18500000.00',
      tenorMonths: 84,
    });
  });

  it('sends emptied fields as null on an edit, with the version the form was filled from', () => {
    const body = toUpdateRequest(values({ titleZh: '贷款', attachments: [file] }), 3);
    expect(body).toMatchObject({
      version: 3,
      titleZh: '贷款',
      titleEn: null,
      amount: null,
      parkId: null,
      institutionIds: [],
      attachmentIds: ['file-1'],
    });
  });

  it('names institutions only when the request is shared with named ones', () => {
    expect(toCreateRequest(values({ audience: 'all', institutionIds: ['bank-1'] })).institutionIds).toBeUndefined();
    expect(toUpdateRequest(values({ audience: 'all', institutionIds: ['bank-1'] }), 1).institutionIds).toEqual([]);
    expect(
      toCreateRequest(values({ audience: 'named', institutionIds: ['bank-1', 'insurer-1'] })).institutionIds,
    ).toEqual(['bank-1', 'insurer-1']);
  });

  it('needs a title or a purpose in at least one language', () => {
    expect(hasEither(null, '  ')).toBe(false);
    expect(hasEither(null, '贷款')).toBe(true);
  });

  it('tells a stale version from other refusals', () => {
    const stale = new ApiError({
      statusCode: 409,
      error: 'CONFLICT',
      message: 'changed',
      requestId: 'r',
      details: [{ field: 'version', constraint: 'current', message: '4' }],
    });
    const transition = new ApiError({
      statusCode: 409,
      error: 'ILLEGAL_TRANSITION',
      message: 'no',
      requestId: 'r',
      details: [{ field: 'status', constraint: 'transition', message: '' }],
    });
    expect(isVersionConflict(stale)).toBe(true);
    expect(isVersionConflict(transition)).toBe(false);
  });
});
