import type { ParkDto } from '@alliance/contracts';
import { INVESTMENT_PATTERN, toFormValues, toParkRequest } from './parkForm';

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

describe('toParkRequest', () => {
  it('sends cleared optional fields as null when updating', () => {
    const values = { ...toFormValues(PARK), city: '  ', latitude: null, areaKm2: null, descriptionEn: '' };
    const body = toParkRequest(values, 'update');
    expect(body).toMatchObject({ city: null, latitude: null, areaKm2: null, descriptionEn: null, descriptionZh: null });
    expect(body).not.toHaveProperty('organizationId');
  });

  it('leaves empty fields out when creating', () => {
    const values = { ...toFormValues(), country: 'kh', nameEn: ' New park ', organizationId: 'org-1' };
    expect(toParkRequest(values, 'create')).toEqual({
      country: 'KH',
      nameEn: 'New park',
      organizationId: 'org-1',
      sectors: [],
      status: 'operating',
    });
  });

  it('keeps the investment as the exact decimal string', () => {
    const body = toParkRequest(toFormValues(PARK), 'update');
    expect(body.investmentUsd).toBe('1234567890123.45');
    expect(body.latitude).toBe(10.6);
    expect(body.contactEmail).toBe('li@example.com');
    expect(body.contactPhone).toBeNull();
  });
});

describe('INVESTMENT_PATTERN', () => {
  it.each(['0', '1500000', '1500000.5', '999999999999999999.99'])('accepts %s', (value) => {
    expect(INVESTMENT_PATTERN.test(value)).toBe(true);
  });

  it.each(['', '1,500', '1.234', '-5', '1e9', '.5', '1234567890123456789'])('refuses %s', (value) => {
    expect(INVESTMENT_PATTERN.test(value)).toBe(false);
  });
});
