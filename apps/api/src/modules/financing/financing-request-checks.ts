import type { ErrorDetail } from '@alliance/contracts';
import { In, type EntityManager } from 'typeorm';
import { unprocessable } from '../../common/errors/app-error';
import { Organization } from '../organizations/entities/organization.entity';
import { Park } from '../parks/entities/park.entity';
import type { UpdateFinancingRequestDto } from './dto/financing-request.dto';
import type { FinancingRequest } from './entities/financing-request.entity';

/** The required fields a request lacks, one detail each. */
export function missingOnSubmit(request: FinancingRequest): ErrorDetail[] {
  const missing: ErrorDetail[] = [];
  const need = (field: string, ok: boolean, message: string) => {
    if (!ok) missing.push({ field, constraint: 'required', message });
  };
  need('parkId', request.parkId !== null, 'parkId is required: the park the finance is for');
  need('titleEn', Boolean(request.titleEn || request.titleZh), 'titleEn or titleZh is required');
  need('purposeEn', Boolean(request.purposeEn || request.purposeZh), 'purposeEn or purposeZh is required');
  need('instrument', request.instrument !== null, 'instrument is required');
  need('amount', request.amount !== null, 'amount is required');
  need('currency', request.currency !== null, 'currency is required');
  need('tenorMonths', request.tenorMonths !== null, 'tenorMonths is required');
  need('country', request.country !== null, 'country is required');
  need('sector', request.sector !== null, 'sector is required');
  if (request.audience === 'named')
    need('institutionIds', request.institutionIds.length > 0, 'name at least one institution');
  return missing;
}

/** The park is the requester's; institutions newly named are active financial institutions. */
export async function checkReferences(
  manager: EntityManager,
  request: FinancingRequest,
  alreadyAsked: string[] = [],
): Promise<void> {
  if (
    request.parkId &&
    !(await manager.existsBy(Park, { id: request.parkId, organizationId: request.organizationId }))
  ) {
    throw unprocessable('PARK_NOT_YOURS', "The park must be one of your organization's parks", 'parkId');
  }
  const added = request.institutionIds.filter((id) => !alreadyAsked.includes(id));
  if (added.length) {
    const found = await manager.countBy(Organization, {
      id: In(added),
      type: 'financial_institution',
      status: 'active',
    });
    if (found !== added.length)
      throw unprocessable(
        'INSTITUTION_NOT_ACTIVE',
        'Each institution named must be an active financial institution of the alliance',
        'institutionIds',
      );
  }
  if (request.audience === 'all' && request.institutionIds.length) {
    throw unprocessable(
      'INSTITUTIONS_ONLY_NAMED',
      'Name institutions only with the audience "named"',
      'institutionIds',
    );
  }
}

/** After submission, who a request is shared with only grows: the audience stays, no institution is taken off. */
export function checkSharingKept(
  request: FinancingRequest,
  changes: Pick<UpdateFinancingRequestDto, 'audience' | 'institutionIds'>,
): void {
  if (changes.audience !== undefined && changes.audience !== request.audience) {
    throw unprocessable(
      'AUDIENCE_FIXED',
      'Who a request is shared with cannot change after submission; name more institutions instead',
      'audience',
    );
  }
  if (changes.institutionIds && !request.institutionIds.every((i) => changes.institutionIds?.includes(i))) {
    throw unprocessable(
      'INSTITUTION_KEPT',
      'An institution a request was shared with cannot be taken off it',
      'institutionIds',
    );
  }
}

/** The institutions a submitted request goes to: those named, or every active financial institution; one at least. */
export async function institutionsToAsk(manager: EntityManager, request: FinancingRequest): Promise<string[]> {
  const institutions =
    request.audience === 'named'
      ? request.institutionIds
      : (
          await manager.find(Organization, {
            where: { type: 'financial_institution', status: 'active' },
            order: { id: 'ASC' },
          })
        ).map((o) => o.id);
  if (institutions.length === 0)
    throw unprocessable(
      'INSTITUTION_REQUIRED',
      'Name at least one financial institution to share the request with',
      'institutionIds',
    );
  return institutions;
}
