import type { Locale, PostKind, PostStatus, PostVisibility } from '@alliance/contracts';
import { GlobalOutlined, LockOutlined, PushpinFilled, TranslationOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** One colour per kind, the same in the feed, the post and the search. */
export const KIND_COLORS: Record<PostKind, string> = {
  news: 'blue',
  announcement: 'volcano',
  opportunity: 'green',
  demand: 'purple',
  event: 'magenta',
};

const STATUS_COLORS: Record<PostStatus, string> = {
  draft: 'default',
  published: 'green',
  archived: 'orange',
  removed: 'red',
};

export function PostKindTag({ kind }: { kind: PostKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} data-testid="post-kind">
      {t(`posts.kind.${kind}`)}
    </Tag>
  );
}

export function PostStatusTag({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="post-status">
      {t(`posts.status.${status}`)}
    </Tag>
  );
}

/** Members-only posts are hidden from visitors; the tag tells members why a colleague outside may not see it. */
export function MembersOnlyTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<LockOutlined />} color="gold" data-testid="post-members-only">
      {t('posts.visibility.members')}
    </Tag>
  );
}

/** On the post page both are named: an author checks who can read it. */
export function VisibilityTag({ visibility }: { visibility: PostVisibility }) {
  const { t } = useTranslation();
  if (visibility === 'members') return <MembersOnlyTag />;
  return (
    <Tag icon={<GlobalOutlined />} data-testid="post-public">
      {t('posts.visibility.public')}
    </Tag>
  );
}

export function PinnedTag() {
  const { t } = useTranslation();
  return (
    <Tag icon={<PushpinFilled />} color="gold" variant="solid" data-testid="post-pinned">
      {t('posts.pinned')}
    </Tag>
  );
}

export function NewTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" variant="solid" data-testid="post-new">
      {t('posts.feed.new')}
    </Tag>
  );
}

/**
 * The text is shown in the other language because the reader's is missing: say so, in the
 * reader's language. Any bilingual text uses it (posts, financing requests); `testId` names the place.
 */
export function LanguageMarker({ language, testId = 'post-language-marker' }: { language: Locale; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag icon={<TranslationOutlined />} variant="filled" data-testid={testId}>
      {t(`posts.shownIn.${language}`)}
    </Tag>
  );
}
