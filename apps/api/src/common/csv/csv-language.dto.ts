import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LOCALES, type Locale } from '@alliance/contracts';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/** `?lang=` of a CSV export: the language of its headers and labels. */
export class CsvLanguageDto {
  @ApiPropertyOptional({
    enum: LOCALES,
    description: 'Language of the headers and of coded values (types, statuses, sectors); the reader’s own by default',
  })
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}

/** The language a file is written in: the one asked for, else the reader's. */
export function csvLocale(lang: Locale | undefined, reader: AuthenticatedUser): Locale {
  return lang ?? reader.user.locale ?? 'en';
}
