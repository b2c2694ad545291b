import { allowedTransitions, canMove, IllegalTransitionError, move } from './machine';
import { MEMBERSHIP_APPLICATION_TRANSITIONS } from './membership';
import { REPORT_TRANSITIONS } from './moderation';
import { allowedPostActions, POST_TRANSITIONS, REGISTRATION_TRANSITIONS } from './posts';
import { USER_TRANSITIONS } from './users';

describe('status machines', () => {
  it('moves a record to the table’s status and answers the one it left', () => {
    const report = { status: 'open' as const } as { status: 'open' | 'dismissed' | 'actioned' };
    expect(move(REPORT_TRANSITIONS, 'dismiss', report)).toBe('open');
    expect(report.status).toBe('dismissed');
  });

  it('refuses an illegal move, naming the actions a person may take, and leaves the record as it was', () => {
    const post = { status: 'removed' as 'draft' | 'published' | 'archived' | 'removed' };
    expect(() => move(POST_TRANSITIONS, 'publish', post)).toThrow(new IllegalTransitionError('publish', 'removed', []));
    expect(post.status).toBe('removed');
    const user = { status: 'active' as 'invited' | 'active' | 'disabled' };
    try {
      move(USER_TRANSITIONS, 'enable', user);
      throw new Error('moved');
    } catch (error) {
      expect(error).toBeInstanceOf(IllegalTransitionError);
      expect((error as IllegalTransitionError).allowed).toEqual(['disable']);
      expect((error as Error).message).toBe('Cannot enable a record that is active; allowed: disable');
    }
  });

  it('never offers the steps the portal takes itself', () => {
    expect(allowedTransitions(REPORT_TRANSITIONS, 'open')).toEqual(['dismiss']);
    expect(allowedTransitions(REGISTRATION_TRANSITIONS, 'waitlisted')).toEqual(['cancel']);
    expect(allowedTransitions(USER_TRANSITIONS, 'disabled')).toEqual(['enable']);
    expect(allowedTransitions(POST_TRANSITIONS, 'published')).toEqual(['archive', 'remove']);
    expect(canMove(POST_TRANSITIONS, 'expire', 'published')).toBe(true);
  });

  it('decides a membership application once', () => {
    expect(allowedTransitions(MEMBERSHIP_APPLICATION_TRANSITIONS, 'pending')).toEqual(['approve', 'reject']);
    expect(allowedTransitions(MEMBERSHIP_APPLICATION_TRANSITIONS, 'approved')).toEqual([]);
  });

  it('offers a post’s organization publish and archive only; removal is moderation’s', () => {
    expect(allowedPostActions('draft')).toEqual(['publish', 'archive']);
    expect(allowedPostActions('archived')).toEqual(['publish']);
    expect(allowedPostActions('removed')).toEqual([]);
  });
});
