import i18next from 'i18next';
import { RESOURCES } from '../i18n/resources';
import { ApiError } from './apiClient';
import { errorTitle, translateDetail } from './forms';

async function translator(lng: 'en' | 'zh') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { en: { translation: RESOURCES.en }, zh: { translation: RESOURCES.zh } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const refusal = new ApiError({
  statusCode: 422,
  error: 'UNPROCESSABLE',
  message: "The park must be one of your organization's parks",
  reason: 'PARK_NOT_YOURS',
  details: [
    { field: 'parkId', constraint: 'PARK_NOT_YOURS', message: "The park must be one of your organization's parks" },
  ],
  requestId: 'r1',
});

describe('a domain refusal in the reader’s language', () => {
  it('titles the error by its reason, not the generic code', async () => {
    expect(errorTitle(await translator('zh'), refusal)).toBe('园区必须是本机构的园区');
    expect(errorTitle(await translator('en'), refusal)).toBe("The park must be one of your organization's parks");
  });

  it('puts the reason on the field in Chinese too', async () => {
    expect(translateDetail(await translator('zh'), refusal.details[0])).toBe('园区必须是本机构的园区');
  });

  it('falls back to the error code without a reason', async () => {
    const t = await translator('en');
    const conflict = new ApiError({ statusCode: 409, error: 'CONFLICT', message: 'x', requestId: '' });
    expect(errorTitle(t, conflict)).toBe(t('errors.CONFLICT'));
    expect(errorTitle(t, new Error('boom'))).toBe(t('errors.INTERNAL'));
  });
});
