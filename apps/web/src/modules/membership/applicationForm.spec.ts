import type { ErrorDetail } from '@alliance/contracts';
import {
  fieldErrorsFrom,
  runsParks,
  toApplicationRequest,
  toFieldPath,
  type ApplicationFormValues,
} from './applicationForm';

const detail = (field: string, message = `${field} is invalid`): ErrorDetail => ({
  field,
  constraint: 'isNotEmpty',
  message,
});

describe('toApplicationRequest', () => {
  const values: ApplicationFormValues = {
    nameEn: '  Sino-Cambodia Park Co. ',
    nameZh: '   ',
    type: 'park_operator',
    country: 'kh',
    website: '',
    contactName: ' Li Wei ',
    contactEmail: ' li.wei@example.org ',
    contactPhone: undefined,
    parks: [{ nameZh: ' 西港特区 ', country: 'kh', city: '' }],
    acceptTerms: true,
    homepage: '',
  };

  it('trims, upper-cases countries, drops empty optional fields and sends the UI language', () => {
    expect(toApplicationRequest(values, 'zh')).toEqual({
      nameEn: 'Sino-Cambodia Park Co.',
      type: 'park_operator',
      country: 'KH',
      contactName: 'Li Wei',
      contactEmail: 'li.wei@example.org',
      parks: [{ nameZh: '西港特区', country: 'KH' }],
      acceptTerms: true,
      locale: 'zh',
    });
  });

  it('leaves out an empty parks list and passes a filled honeypot on', () => {
    const request = toApplicationRequest({ ...values, parks: [], homepage: 'http://spam.example' }, 'en');
    expect(request.parks).toBeUndefined();
    expect(request.homepage).toBe('http://spam.example');
  });

  it.each(['financial_institution', 'service_provider', 'research_institute', 'government_agency'] as const)(
    'drops the parks listed when the type is %s, which runs none',
    (type) => {
      const request = toApplicationRequest({ ...values, type }, 'en');
      expect(request.type).toBe(type);
      expect(request).not.toHaveProperty('parks');
    },
  );
});

describe('runsParks', () => {
  it('lets only a park operator list parks', () => {
    expect(runsParks('park_operator')).toBe(true);
    expect(runsParks('financial_institution')).toBe(false);
    expect(runsParks(undefined)).toBe(false);
  });
});

describe('fieldErrorsFrom', () => {
  const form = { contactEmail: 'x', parks: [{ country: undefined }, { country: 'KH' }] };
  const translate = (d: ErrorDetail) => d.message;

  it('turns dotted paths into list paths', () => {
    expect(toFieldPath('parks.1.nameEn')).toEqual(['parks', 1, 'nameEn']);
  });

  it('puts details on the fields of list items and groups them per field', () => {
    const errors = fieldErrorsFrom(
      [detail('parks.0.country', 'a'), detail('parks.0.country', 'b'), detail('contactEmail')],
      form,
      translate,
    );
    expect(errors).toEqual([
      { name: ['parks', 0, 'country'], errors: ['a', 'b'] },
      { name: ['contactEmail'], errors: ['contactEmail is invalid'] },
    ]);
  });

  it('puts details about items the form does not hold on the list, and ignores unknown fields', () => {
    const errors = fieldErrorsFrom([detail('parks.7.city', 'gone'), detail('secret', 'no')], form, translate);
    expect(errors).toEqual([{ name: ['parks'], errors: ['gone'] }]);
  });
});
