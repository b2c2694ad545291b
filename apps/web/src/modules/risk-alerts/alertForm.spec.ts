import {
  emptyAlertForm,
  hasEither,
  isEmptyUpdate,
  toAlertRequest,
  toUpdateRequest,
  toWithdrawRequest,
} from './alertForm';

const at = (iso: string) => ({ toISOString: () => iso });
const NOW = at('2026-12-05T07:00:00.000Z');

describe('the alert form', () => {
  it('sends trimmed texts, leaves blank ones out, and the moments as ISO date-times', () => {
    const request = toAlertRequest(
      {
        ...emptyAlertForm(NOW),
        severity: 'critical',
        category: 'security',
        countries: ['kh', 'KH', 'LA'],
        place: '  Sihanoukville ',
        titleEn: ' Port closed ',
        titleZh: '   ',
        bodyEn: 'Stay inside.',
        validUntil: at('2026-12-08T00:00:00.000Z'),
      },
      NOW,
    );
    expect(request).toEqual({
      severity: 'critical',
      category: 'security',
      countries: ['KH', 'LA'],
      place: 'Sihanoukville',
      titleEn: 'Port closed',
      bodyEn: 'Stay inside.',
      validFrom: '2026-12-05T07:00:00.000Z',
      validUntil: '2026-12-08T00:00:00.000Z',
    });
  });

  it('starts now when no start is given, and sends an open end as null', () => {
    const request = toAlertRequest({ ...emptyAlertForm(NOW), validFrom: null }, at('2026-12-06T00:00:00.000Z'));
    expect(request.validFrom).toBe('2026-12-06T00:00:00.000Z');
    expect(request.validUntil).toBeNull();
  });

  it('asks for a text in one language at least', () => {
    expect(hasEither(' ', null)).toBe(false);
    expect(hasEither(null, '港口关闭')).toBe(true);
  });
});

describe('an update', () => {
  const alert = { severity: 'warning' as const, validUntil: '2026-12-10T00:00:00.000Z', version: 3 };

  it('sends only what changed, with the version read', () => {
    const request = toUpdateRequest(
      { noteEn: ' Roads reopened ', noteZh: null, severity: 'warning', validUntil: at('2026-12-10T00:00:00.000Z') },
      alert,
    );
    expect(request).toEqual({ version: 3, noteEn: 'Roads reopened' });
  });

  it('sends a new severity and a cleared end of validity', () => {
    expect(toUpdateRequest({ noteEn: null, noteZh: null, severity: 'critical', validUntil: null }, alert)).toEqual({
      version: 3,
      severity: 'critical',
      validUntil: null,
    });
  });

  it('is empty when nothing changed (the API would refuse it)', () => {
    const request = toUpdateRequest(
      { noteEn: '  ', noteZh: null, severity: 'warning', validUntil: at('2026-12-10T00:00:00.000Z') },
      alert,
    );
    expect(isEmptyUpdate(request)).toBe(true);
  });
});

describe('a withdrawal', () => {
  it('carries the all clear in the languages written', () => {
    expect(toWithdrawRequest({ allClearEn: null, allClearZh: ' 已解除 ' }, 4)).toEqual({
      version: 4,
      allClearZh: '已解除',
    });
  });
});
