import type { ParkDto } from '@alliance/contracts';
import { MONEY_PATTERN } from '@alliance/contracts';
import { ApiError } from '../../lib/apiClient';
import { isVersionConflict, toCreateParkRequest, toFormValues, toUpdateParkRequest } from './parkForm';

const PARK: ParkDto = {
  id: '7d5a3a52-9f7e-4a6e-8d0b-1f1e2b3c4d5e',
  organizationId: '0b0c5a1e-2f3d-4c5b-8a9e-7f6d5c4b3a21',
  organization: { id: '0b0c5a1e-2f3d-4c5b-8a9e-7f6d5c4b3a21', nameEn: 'Operator', nameZh: null },
  nameEn: 'Sihanoukville Special Economic Zone',
  nameZh: '西哈努克港经济特区',
  country: 'KH',
  city: 'Sihanoukville',
  latitude: 10.6,
  longitude: 103.5,
  establishedYear: 2008,
  areaKm2: 11.13,
  sectors: ['textiles_garments'],
  status: 'operating',
  enterpriseCount: 180,
  investmentUsd: '1234567890123.45',
  localJobs: 30000,
  descriptionEn: 'A zone.',
  descriptionZh: null,
  contact: { contactName: 'Ms Li', contactEmail: 'li@example.com', contactPhone: null },
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  version: 3,
};

describe('toUpdateParkRequest', () => {
  it('sends cleared optional fields as null', () => {
    const values = { ...toFormValues(PARK), city: '  ', latitude: null, areaKm2: null, descriptionEn: '' };
    const body = toUpdateParkRequest(values, PARK.version);
    expect(body).toMatchObject({ city: null, latitude: null, areaKm2: null, descriptionEn: null, descriptionZh: null });
    expect(body).not.toHaveProperty('organizationId');
  });

  it('sends every optional field, filled or null, so none is left unchanged by accident', () => {
    const empty = { ...toFormValues(), country: 'KH', nameEn: 'Park' };
    const body = toUpdateParkRequest(empty, 1);
    // Taken from the form itself: a field added to ParkDto (and so to the form) must reach the request.
    const setOtherwise = ['organizationId', 'country', 'nameEn', 'sectors', 'status'];
    const optional = Object.keys(empty).filter((key) => !setOtherwise.includes(key));
    expect(optional).toEqual(
      expect.arrayContaining(['nameZh', 'latitude', 'investmentUsd', 'descriptionZh', 'contactPhone']),
    );
    for (const key of optional) {
      expect(body).toHaveProperty(key, null);
    }
    expect(body.sectors).toEqual([]);
  });

  it('carries the version the form was filled from', () => {
    expect(toUpdateParkRequest(toFormValues(PARK), PARK.version).version).toBe(3);
  });

  it('keeps the investment as the exact decimal string', () => {
    const body = toUpdateParkRequest(toFormValues(PARK), PARK.version);
    expect(body.investmentUsd).toBe('1234567890123.45');
    expect(body.latitude).toBe(10.6);
    expect(body.contactEmail).toBe('li@example.com');
    expect(body.contactPhone).toBeNull();
  });
});

describe('toCreateParkRequest', () => {
  it('leaves empty fields out and sends no version', () => {
    const values = { ...toFormValues(), country: 'kh', nameEn: ' New park ', organizationId: 'org-1', areaKm2: 0 };
    expect(toCreateParkRequest(values)).toEqual({
      country: 'KH',
      nameEn: 'New park',
      organizationId: 'org-1',
      areaKm2: 0,
      sectors: [],
      status: 'operating',
    });
  });
});

describe('isVersionConflict', () => {
  const error = (code: 'CONFLICT' | 'VALIDATION_FAILED', constraint: string) =>
    new ApiError({
      statusCode: code === 'CONFLICT' ? 409 : 400,
      error: code,
      message: 'x',
      requestId: 'r',
      details: [{ field: 'version', constraint, message: '4' }],
    });

  it('recognises a park saved by someone else in between', () => {
    expect(isVersionConflict(error('CONFLICT', 'current'))).toBe(true);
  });

  it('leaves other errors to the fields and the general alert', () => {
    expect(isVersionConflict(error('CONFLICT', 'unique'))).toBe(false);
    expect(isVersionConflict(error('VALIDATION_FAILED', 'isInt'))).toBe(false);
    expect(isVersionConflict(new Error('offline'))).toBe(false);
  });
});

describe('the investment rule (MONEY_PATTERN)', () => {
  it.each(['0', '1500000', '1500000.5', '0.75', '999999999999999999.99'])('accepts %s', (value) => {
    expect(MONEY_PATTERN.test(value)).toBe(true);
  });

  it.each(['', '007', '00', '01.5', '1,500', '1.234', '-5', '1e9', '.5', '1234567890123456789'])(
    'refuses %s',
    (value) => {
      expect(MONEY_PATTERN.test(value)).toBe(false);
    },
  );
});
