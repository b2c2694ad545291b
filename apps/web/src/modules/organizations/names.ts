import type { OrganizationDto } from '@alliance/contracts';

/** The name in the other language than the reader's, when the organization has both. */
export function otherName(
  org: Pick<OrganizationDto, 'nameEn' | 'nameZh'>,
  language: string | undefined,
): string | null {
  if (!org.nameEn || !org.nameZh) return null;
  return language === 'zh' ? org.nameEn : org.nameZh;
}
