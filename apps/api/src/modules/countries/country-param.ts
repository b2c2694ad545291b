import { type PipeTransform } from '@nestjs/common';
import { isCountryCode } from '@alliance/contracts';
import { notFound } from '../../common/errors/app-error';

/** A path's country: an ISO 3166-1 alpha-2 code, upper-cased; anything else names no country (404). */
export const countryParam: PipeTransform<string, string> = {
  transform(value: string): string {
    const code = String(value).toUpperCase();
    if (!isCountryCode(code)) throw notFound('Country');
    return code;
  },
};
