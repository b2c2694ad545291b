import { POLICY_BRIEF_LIMITS, type PolicyBriefCommentDto, type PolicyBriefDto } from '@alliance/contracts';
import { LockOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { MessageThread } from '../../../components/thread/MessageThread';
import { applyApiFieldErrors } from '../../../lib/forms';
import { pickName } from '../../../lib/names';
import { useMe } from '../../auth/api';
import { useAddBriefComment, useBriefComments } from '../api';

/**
 * The review thread between the brief's organization and the secretariat, oldest first, and a new
 * comment when the API allows one. Nobody else sees it (the API answers them 404).
 */
export function BriefReviewThread({ brief }: { brief: PolicyBriefDto }) {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const comments = useBriefComments(brief.id, true);
  const add = useAddBriefComment(brief.id);
  const [form] = Form.useForm<{ body: string }>();
  const organization = pickName(brief.organization, i18n.resolvedLanguage);
  const mine: PolicyBriefCommentDto['side'] = me?.organization.id === brief.organization.id ? 'author' : 'secretariat';
  const items = comments.data?.items ?? [];
  const sideName = (side: PolicyBriefCommentDto['side']) =>
    side === 'author' ? organization : t('policyBriefs.thread.secretariat');

  const send = ({ body }: { body: string }) =>
    add.mutate(body.trim(), {
      onSuccess: () => form.resetFields(),
      onError: (error) => applyApiFieldErrors(form, error, t),
    });

  return (
    <Card
      title={t('policyBriefs.thread.title')}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <LockOutlined aria-hidden /> {t('policyBriefs.thread.private', { organization })}
        </Typography.Text>
      }
      className="brief-no-print"
      data-testid="brief-thread"
    >
      <Flex vertical gap={16}>
        {comments.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        ) : comments.error ? (
          <ApiErrorAlert error={comments.error} />
        ) : items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('policyBriefs.thread.empty')}
            style={{ margin: 0 }}
          />
        ) : (
          <MessageThread
            messages={items}
            mine={mine}
            kind={(comment) =>
              `${t(`policyBriefs.thread.kind.${comment.kind}`)} · ${t('policyBriefs.versions.number', { number: comment.versionNumber })}`
            }
            author={(comment) =>
              comment.authorName
                ? t('policyBriefs.thread.author', { name: comment.authorName, side: sideName(comment.side) })
                : sideName(comment.side)
            }
            messageTestId={(comment) => `brief-comment-${comment.kind}`}
            emphasized={(comment) => comment.kind === 'changes_requested'}
          />
        )}
        {brief.actions.includes('comment') ? (
          <Form form={form} name="brief-comment" layout="vertical" onFinish={send} disabled={add.isPending}>
            <ApiErrorAlert error={add.error} />
            <Form.Item
              name="body"
              label={t('policyBriefs.thread.label')}
              rules={[
                { required: true, whitespace: true, message: t('policyBriefs.thread.required') },
                { max: POLICY_BRIEF_LIMITS.commentLength, message: t('validation.maxLength') },
              ]}
              style={{ marginBottom: 12 }}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 10 }}
                maxLength={POLICY_BRIEF_LIMITS.commentLength}
                placeholder={t('policyBriefs.thread.placeholder')}
                data-testid="brief-comment-body"
              />
            </Form.Item>
            <Button htmlType="submit" icon={<SendOutlined />} loading={add.isPending} data-testid="brief-comment-send">
              {t('policyBriefs.thread.send')}
            </Button>
          </Form>
        ) : null}
      </Flex>
    </Card>
  );
}
