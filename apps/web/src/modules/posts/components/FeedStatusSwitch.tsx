import type { PostStatus } from '@alliance/contracts';
import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FEED_STATUSES } from '../usePostListParams';

interface Props {
  status: PostStatus | undefined;
  onChange: (status: PostStatus | undefined) => void;
  /** The secretariat sees every organization's drafts; others their own organization's. */
  allOrganizations: boolean;
}

/** Published posts for everyone; drafts and archived posts of the reader's organization for its colleagues. */
export function FeedStatusSwitch({ status, onChange, allOrganizations }: Props) {
  const { t } = useTranslation();
  const current = status ?? 'published';
  return (
    <Flex gap={12} align="center" wrap>
      <Segmented
        aria-label={t('posts.fields.status')}
        data-testid="feed-status"
        value={current}
        onChange={(value: PostStatus) => onChange(value === 'published' ? undefined : value)}
        options={FEED_STATUSES.map((value) => ({ value, label: t(`posts.feed.statusTabs.${value}`) }))}
      />
      {current !== 'published' ? (
        <Typography.Text type="secondary">
          {t(allOrganizations ? 'posts.feed.statusScope.all' : 'posts.feed.statusScope.own')}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
