import { canMove, POST_TRANSITIONS, type PostDto } from '@alliance/contracts';
import { CheckOutlined, DeleteOutlined, FlagOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../../lib/ability';
import { useMe } from '../../auth/api';

// The dialogs (antd's Form and Modal) load when one is opened: a post's readers seldom open them.
const RemovePostModal = lazy(async () => ({ default: (await import('./RemovePostModal')).RemovePostModal }));
const ReportPostModal = lazy(async () => ({ default: (await import('./ReportPostModal')).ReportPostModal }));

/**
 * Report (a reader of another organization) or remove (the secretariat) the post shown.
 * The secretariat removes a post itself rather than reporting it to itself.
 */
export function PostModerationControls({ post }: { post: PostDto }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const ability = useAbility();
  const [open, setOpen] = useState<'report' | 'remove' | null>(null);
  // The API does not say whether this reader has reported before: a 409 tells, and the button then says so.
  const [reported, setReported] = useState(false);
  const moderator = ability.can('moderate', 'Post');
  const canReport =
    Boolean(me) && !moderator && me?.organization.id !== post.organizationId && post.status !== 'removed';
  const canRemove = moderator && canMove(POST_TRANSITIONS, 'remove', post.status);
  const close = () => setOpen(null);

  return (
    <>
      {canReport ? (
        <Button
          icon={reported ? <CheckOutlined /> : <FlagOutlined />}
          disabled={reported}
          onClick={() => setOpen('report')}
          data-testid="post-report"
        >
          {t(reported ? 'moderation.report.reported' : 'moderation.report.button')}
        </Button>
      ) : null}
      {canRemove ? (
        <Button danger icon={<DeleteOutlined />} onClick={() => setOpen('remove')} data-testid="post-remove">
          {t('moderation.remove.button')}
        </Button>
      ) : null}
      <Suspense fallback={null}>
        {open === 'report' ? (
          <ReportPostModal postId={post.id} onReported={() => setReported(true)} onClose={close} />
        ) : null}
        {open === 'remove' ? <RemovePostModal post={post} onClose={close} /> : null}
      </Suspense>
    </>
  );
}
