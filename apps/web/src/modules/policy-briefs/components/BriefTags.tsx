import type {
  PolicyBriefAudience,
  PolicyBriefStatus,
  PolicyBriefVersionStatus,
  PolicyTopic,
} from '@alliance/contracts';
import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** One colour per status, the same in lists, on the brief and in its versions. */
const STATUS_COLORS: Record<PolicyBriefStatus, string> = {
  draft: 'default',
  in_review: 'blue',
  changes_requested: 'orange',
  published: 'green',
  retracted: 'red',
};

/** A brief's status, or one version's (a version is never retracted). */
export function BriefStatusTag({
  status,
  testId = 'brief-status',
}: {
  status: PolicyBriefStatus | PolicyBriefVersionStatus;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`policyBriefs.status.${status}`)}
    </Tag>
  );
}

export function TopicTag({ topic }: { topic: PolicyTopic }) {
  const { t } = useTranslation();
  return (
    <Tag color="geekblue" bordered={false}>
      {t(`policyBriefs.topic.${topic}`)}
    </Tag>
  );
}

/** Members-only briefs are hidden from visitors; authors check who can read theirs. */
export function AudienceTag({ audience, always = false }: { audience: PolicyBriefAudience; always?: boolean }) {
  const { t } = useTranslation();
  if (audience === 'members') {
    return (
      <Tag icon={<LockOutlined />} color="gold" data-testid="brief-members-only">
        {t('policyBriefs.audience.members')}
      </Tag>
    );
  }
  return always ? (
    <Tag icon={<GlobalOutlined />} data-testid="brief-public">
      {t('policyBriefs.audience.public')}
    </Tag>
  ) : null;
}
