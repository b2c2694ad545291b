import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../common/audit/audit.service';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import { forbidden, notFound, unprocessable } from '../../common/errors/app-error';
import { withoutUndefined } from '../../common/validation/transforms';
import { GovernmentBodyResponse } from './dto/member-issue-response.dto';
import type { GovernmentBodyDtoIn } from './dto/member-issue.dto';
import { GovernmentBody } from './entities/government-body.entity';
import { MemberIssuesQueries } from './member-issues.queries';

const NAME_REQUIRED = 'A government body needs a name in English or Chinese';

/** The government bodies cases are relayed to: a list the secretariat keeps (members read the active ones). */
@Injectable()
export class GovernmentBodiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queries: MemberIssuesQueries,
  ) {}

  async list(viewer: AuthenticatedUser, all: boolean): Promise<{ items: GovernmentBodyResponse[] }> {
    if (all && !viewer.ability.can('update', 'GovernmentBody'))
      throw forbidden('Only the secretariat sees the bodies taken off the list');
    return { items: (await this.queries.governmentBodies(all)).map(GovernmentBodyResponse.from) };
  }

  create(dto: GovernmentBodyDtoIn): Promise<GovernmentBodyResponse> {
    if (!dto.nameEn && !dto.nameZh) throw unprocessable('GOVERNMENT_BODY_NAME_REQUIRED', NAME_REQUIRED, 'nameEn');
    return this.dataSource.transaction(async (manager) => {
      const body = await manager.save(
        manager.create(GovernmentBody, {
          nameEn: dto.nameEn ?? null,
          nameZh: dto.nameZh ?? null,
          active: dto.active ?? true,
        }),
      );
      await this.audit.record(manager, {
        action: 'government_body.create',
        entityType: 'GovernmentBody',
        entityId: body.id,
        organizationId: null,
        after: GovernmentBodyResponse.from(body),
      });
      return GovernmentBodyResponse.from(body);
    });
  }

  update(id: string, dto: GovernmentBodyDtoIn): Promise<GovernmentBodyResponse> {
    return this.dataSource.transaction(async (manager) => {
      const body = await manager.findOne(GovernmentBody, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!body) throw notFound('Government body');
      const before = GovernmentBodyResponse.from(body);
      Object.assign(body, withoutUndefined(dto));
      if (!body.nameEn && !body.nameZh) throw unprocessable('GOVERNMENT_BODY_NAME_REQUIRED', NAME_REQUIRED, 'nameEn');
      await manager.save(body);
      await this.audit.record(manager, {
        action: 'government_body.update',
        entityType: 'GovernmentBody',
        entityId: id,
        organizationId: null,
        before,
        after: GovernmentBodyResponse.from(body),
      });
      return GovernmentBodyResponse.from(body);
    });
  }
}
