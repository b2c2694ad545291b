import type { EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { AuditEvent } from '../../modules/audit/entities/audit-event.entity';
import { AuditService, diff } from './audit.service';

describe('diff', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(
      diff({ nameEn: 'Old', country: 'KH', website: null }, { nameEn: 'New', country: 'KH', website: null }, []),
    ).toEqual({
      nameEn: { before: 'Old', after: 'New' },
    });
  });

  it('lists nothing when nothing changed', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    expect(diff({ a: 1, at: when, tags: ['x'] }, { a: 1, at: new Date(when), tags: ['x'] }, [])).toEqual({});
  });

  it('omits the fields it is told to, such as secrets', () => {
    const changes = diff(
      { email: 'a@example.org', passwordHash: 'hash-1', tokenHash: 't1' },
      { email: 'b@example.org', passwordHash: 'hash-2', tokenHash: 't2' },
      ['passwordHash', 'tokenHash'],
    );
    expect(changes).toEqual({ email: { before: 'a@example.org', after: 'b@example.org' } });
  });

  it('lists every field of a created record, and of a deleted one', () => {
    expect(diff(null, { status: 'invited', role: 'member' }, [])).toEqual({
      status: { before: null, after: 'invited' },
      role: { before: null, after: 'member' },
    });
    expect(diff({ status: 'invited' }, undefined, [])).toEqual({ status: { before: 'invited', after: null } });
  });

  it('treats undefined as null, writes dates as ISO strings and skips nested records', () => {
    const changes = diff(
      { reason: undefined, at: new Date('2026-01-01T00:00:00Z'), organization: { id: 'o1' } },
      { reason: null, at: new Date('2026-02-01T00:00:00Z'), organization: { id: 'o2' } },
      [],
    );
    expect(changes).toEqual({ at: { before: '2026-01-01T00:00:00.000Z', after: '2026-02-01T00:00:00.000Z' } });
  });
});

describe('AuditService.record', () => {
  function fakeManager() {
    const inserted: Record<string, unknown>[] = [];
    const manager = {
      insert: jest.fn(async (entity: unknown, values: Record<string, unknown>) => {
        expect(entity).toBe(AuditEvent);
        inserted.push(values);
      }),
    } as unknown as EntityManager;
    return { manager, inserted };
  }

  it('writes through the given manager, with the actor and request id of the current request, never secrets', async () => {
    const { manager, inserted } = fakeManager();
    const principal = {
      userId: 'u1',
      organizationId: 'o1',
      organizationType: 'park_operator' as const,
      orgRole: 'admin' as const,
      email: 'a@example.org',
    };
    await RequestContext.run({ requestId: 'req-42', principal, sqlStatements: 0 }, () =>
      new AuditService().record(manager, {
        action: 'user.invite',
        entityType: 'User',
        entityId: 'u2',
        organizationId: 'o1',
        before: null,
        after: {
          email: 'new@example.org',
          passwordHash: 'secret',
          tokenHash: 'secret',
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
          apiKey: 'secret',
        },
        omit: ['apiKey'],
      }),
    );
    expect(inserted).toEqual([
      {
        action: 'user.invite',
        entityType: 'User',
        entityId: 'u2',
        organizationId: 'o1',
        actorUserId: 'u1',
        actorEmail: 'a@example.org',
        requestId: 'req-42',
        changes: { email: { before: null, after: 'new@example.org' } },
      },
    ]);
  });

  it('records no actor outside a signed-in request', async () => {
    const { manager, inserted } = fakeManager();
    await new AuditService().record(manager, {
      action: 'auth.login',
      entityType: 'Session',
      entityId: null,
      organizationId: null,
    });
    expect(inserted[0]).toMatchObject({ actorUserId: null, actorEmail: null, requestId: null, changes: {} });
  });
});
