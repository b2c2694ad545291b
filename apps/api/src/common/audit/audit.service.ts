import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditChange, AuditEntityType } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { AuditEvent } from '../../modules/audit/entities/audit-event.entity';

export interface AuditRecord {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  organizationId: string | null;
  before?: object | null;
  after?: object | null;
  /** Fields never copied into the audit log (secrets). */
  omit?: string[];
  /** Who acted, when nobody is signed in yet (sign-in itself); defaults to the request's user. */
  actor?: { userId: string; email: string };
  /**
   * A step worth its event even when no recorded field changes (an offer prepared or revised,
   * whose terms stay out of the log). Otherwise an update (`before` given) that changes nothing
   * writes no event.
   */
  always?: boolean;
}

const ALWAYS_OMIT = ['passwordHash', 'tokenHash', 'version', 'updatedAt', 'createdAt'];

function normalize(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Before/after of the fields that changed; a created record lists all its fields, a deleted one too. */
export function diff(before: object | null | undefined, after: object | null | undefined, omit: string[]) {
  const changes: Record<string, AuditChange> = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (
      omit.includes(key) ||
      (typeof a[key] === 'object' && a[key] !== null && !(a[key] instanceof Date) && !Array.isArray(a[key]))
    )
      continue;
    const was = normalize(b[key]) ?? null;
    const now = normalize(a[key]) ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = { before: was, after: now };
  }
  return changes;
}

/** Writes audit events. Always called with the transaction's manager, so the event lands with the change or not at all. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, event: AuditRecord): Promise<void> {
    const row = toRow(event);
    if (row) await manager.insert(AuditEvent, row);
  }

  /** Many events in a few statements (a file import), still in the caller's transaction. */
  async recordMany(manager: EntityManager, events: AuditRecord[], chunkSize = 500): Promise<void> {
    const rows = events.map(toRow).filter((row) => row !== null);
    for (let i = 0; i < rows.length; i += chunkSize) {
      await manager.insert(AuditEvent, rows.slice(i, i + chunkSize));
    }
  }
}

/** The event's row, or null for an update that changed nothing. */
function toRow(event: AuditRecord) {
  const context = RequestContext.current();
  const changes = diff(event.before, event.after, [...ALWAYS_OMIT, ...(event.omit ?? [])]);
  if (event.before && !event.always && Object.keys(changes).length === 0) return null;
  return {
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    organizationId: event.organizationId,
    actorUserId: event.actor?.userId ?? context?.principal?.userId ?? null,
    actorEmail: event.actor?.email ?? context?.principal?.email ?? null,
    requestId: context?.requestId ?? null,
    changes: changes as object,
  };
}
