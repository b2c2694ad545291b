import type { OrganizationDto } from '@alliance/contracts';
import {
  toCreateOrganizationRequest,
  toOrganizationFormValues,
  toUpdateOrganizationRequest,
  type OrganizationFormValues,
} from './organizationForm';

const formOf = (org: OrganizationDto) => toOrganizationFormValues(org) as OrganizationFormValues;

const ORG: OrganizationDto = {
  id: '0b0c5a1e-2f3d-4c5b-8a9e-7f6d5c4b3a21',
  nameEn: 'Jiangsu Overseas Cooperation and Investment Co., Ltd.',
  nameZh: '江苏海外合作投资有限公司',
  type: 'park_operator',
  country: 'CN',
  website: 'https://example.com',
  descriptionEn: 'Invests abroad.',
  descriptionZh: null,
  status: 'active',
  memberSince: '2020-09-01',
  foundingMember: true,
  rotatingChair: false,
  contact: { contactName: 'Ms Li', contactEmail: 'li@example.com', contactPhone: '+86 25 1234 5678' },
  createdAt: '2020-09-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

describe('toUpdateOrganizationRequest', () => {
  it('sends emptied fields as null, so they are cleared', () => {
    const values: OrganizationFormValues = {
      ...formOf(ORG),
      nameZh: '  ',
      website: '',
      descriptionEn: undefined,
      contactName: '',
      contactEmail: '',
      contactPhone: ' ',
      country: undefined,
    };
    expect(toUpdateOrganizationRequest(values, false)).toEqual({
      nameEn: 'Jiangsu Overseas Cooperation and Investment Co., Ltd.',
      nameZh: null,
      country: null,
      website: null,
      descriptionEn: null,
      descriptionZh: null,
      contactName: null,
      contactEmail: null,
      contactPhone: null,
    });
  });

  it('sends type and alliance roles only from the secretariat', () => {
    const body = toUpdateOrganizationRequest(formOf(ORG), false);
    expect(body).not.toHaveProperty('type');
    expect(body).not.toHaveProperty('foundingMember');
    expect(toUpdateOrganizationRequest(formOf(ORG), true)).toMatchObject({
      type: 'park_operator',
      foundingMember: true,
      rotatingChair: false,
    });
  });
});

describe('toCreateOrganizationRequest', () => {
  it('leaves empty fields out, trims and upper-cases the country', () => {
    const values: OrganizationFormValues = {
      type: 'service_provider',
      nameEn: ' Law firm ',
      country: 'kh',
      contactEmail: '',
    };
    expect(toCreateOrganizationRequest(values, true)).toEqual({
      type: 'service_provider',
      foundingMember: false,
      rotatingChair: false,
      nameEn: 'Law firm',
      country: 'KH',
    });
  });
});
