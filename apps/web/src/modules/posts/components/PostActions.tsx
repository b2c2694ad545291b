import { allowedPostActions, type PostDto } from '@alliance/contracts';
import { EditOutlined, InboxOutlined, PushpinOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { canOn, useAbility } from '../../../lib/ability';
import { PostModerationControls } from '../../moderation/components/PostModerationControls';
import { usePostAction, type PostCommand } from '../api';

/** Edit, report or remove, and only the transitions the status machine allows from here and the reader may perform. */
export function PostActions({ post }: { post: PostDto }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const ability = useAbility();
  const action = usePostAction();
  const record = { id: post.id, organizationId: post.organizationId };
  const canEdit = post.status !== 'removed' && canOn(ability, 'update', 'Post', record);
  const transitions = allowedPostActions(post.status).filter((a) => canOn(ability, a, 'Post', record));
  // Pinning puts a post at the top of everyone's feed: only a published one, and only by the secretariat.
  const pin: PostCommand | null =
    post.status === 'published' && ability.can('pin', 'Post') ? (post.pinned ? 'unpin' : 'pin') : null;

  const run = (command: PostCommand) =>
    action.mutate(
      { id: post.id, action: command },
      { onSuccess: () => void message.success(t(`posts.actions.${command}.done`)), onError: toast },
    );
  const busy = (command: PostCommand) => action.isPending && action.variables?.action === command;

  return (
    <>
      {canEdit ? (
        <ButtonLink to={`/posts/${post.id}/edit`} icon={<EditOutlined />} data-testid="post-edit">
          {t('common.edit')}
        </ButtonLink>
      ) : null}
      {transitions.includes('publish') ? (
        <Button
          type="primary"
          icon={<SendOutlined />}
          loading={busy('publish')}
          onClick={() => run('publish')}
          data-testid="post-publish"
        >
          {t('posts.actions.publish.label')}
        </Button>
      ) : null}
      {transitions.includes('archive') ? (
        <Popconfirm
          title={t('posts.actions.archive.confirm')}
          okText={t('posts.actions.archive.label')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('archive')}
        >
          <Button icon={<InboxOutlined />} loading={busy('archive')} data-testid="post-archive">
            {t('posts.actions.archive.label')}
          </Button>
        </Popconfirm>
      ) : null}
      {pin ? (
        <Button icon={<PushpinOutlined />} loading={busy(pin)} onClick={() => run(pin)} data-testid={`post-${pin}`}>
          {t(`posts.actions.${pin}.label`)}
        </Button>
      ) : null}
      {/* Keyed by post: a report sent on one post says nothing about the next one opened. */}
      <PostModerationControls key={post.id} post={post} />
    </>
  );
}
