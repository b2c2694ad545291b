export interface AuditChange {
  before: unknown;
  after: unknown;
}

export interface AuditEventDto {
  id: string;
  occurredAt: string;
  actorUserId: string | null;
  actorEmail: string | null;
  organizationId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, AuditChange>;
  requestId: string | null;
}
