import { canMove, POST_TRANSITIONS, type PostDto } from '@alliance/contracts';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Row, type FormRule } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { useErrorToast } from '../../../components/useErrorToast';
import { canOn, useAbility } from '../../../lib/ability';
import { applyApiFieldErrors } from '../../../lib/forms';
import { showRefusedAttachments } from '../../attachments/attachmentErrors';
import { AttachmentFields } from '../../attachments/components/AttachmentFields';
import { useCreatePost, usePostAction, useUpdatePost } from '../api';
import {
  hasTitle,
  isVersionConflict,
  toCreatePostRequest,
  toFormValues,
  toUpdatePostRequest,
  type PostFormValues,
} from '../postForm';
import { PostAudienceFields } from './PostAudienceFields';
import { PostConflictAlert } from './PostConflictAlert';
import { PostEventFields } from './PostEventFields';
import { PostLanguageColumn } from './PostLanguageColumn';
import { PostTopicFields } from './PostTopicFields';

type Intent = 'save' | 'publish';

interface Props {
  /** Absent: a new post. */
  post?: PostDto;
  /** The author's own organization: whose parks a new post can name. */
  ownOrganizationId: string | undefined;
  /** The secretariat writes on behalf of an organization; everyone else for their own. */
  chooseOrganization: boolean;
  /** Loads the post again and starts the form over from it (after someone else saved it). */
  onReload?: () => void;
  reloading?: boolean;
}

/** Both languages side by side with the server's preview; saves a draft, or saves and publishes. */
export function PostForm({ post, ownOrganizationId, chooseOrganization, onReload, reloading = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const toast = useErrorToast();
  const navigate = useNavigate();
  const ability = useAbility();
  const [form] = Form.useForm<PostFormValues>();
  const create = useCreatePost();
  const update = useUpdatePost();
  const publish = usePostAction();
  const mutation = post ? update : create;
  // The version the fields were filled from, not whatever a later refetch brings: saving over a
  // newer version must be refused, not made silently.
  const [version] = useState(post?.version);
  // Which button submitted the form: both go through validation and scroll to the first error.
  // The ref is read when saving; the state shows the spinner on the button that was pressed.
  const intent = useRef<Intent>('save');
  const [pressed, setPressed] = useState<Intent>('save');
  const choose = (next: Intent) => {
    intent.current = next;
    setPressed(next);
  };
  const chosenOrganization = Form.useWatch('organizationId', form);
  const kind = Form.useWatch('kind', form) ?? post?.kind;
  const organizationId = post?.organizationId ?? chosenOrganization ?? ownOrganizationId;

  const canPublish =
    (!post || canMove(POST_TRANSITIONS, 'publish', post.status)) &&
    (post
      ? canOn(ability, 'publish', 'Post', { id: post.id, organizationId: post.organizationId })
      : ability.can('publish', 'Post'));
  const busy = create.isPending || update.isPending || publish.isPending;

  const save = async (values: PostFormValues) => {
    const andPublish = intent.current === 'publish' && canPublish;
    let saved: PostDto;
    try {
      saved =
        post && version !== undefined
          ? await update.mutateAsync({ id: post.id, body: toUpdatePostRequest(values, version) })
          : await create.mutateAsync(toCreatePostRequest(values));
    } catch (error) {
      applyApiFieldErrors(form, error, t);
      showRefusedAttachments(form, error, t);
      return;
    }
    if (andPublish) {
      try {
        saved = await publish.mutateAsync({ id: saved.id, action: 'publish' });
      } catch (error) {
        // The text is saved; the post page shows it as it is and offers to publish again.
        toast(error);
        void navigate(`/posts/${saved.id}`);
        return;
      }
    }
    void message.success(t(andPublish ? 'posts.form.published' : 'posts.form.saved'));
    void navigate(`/posts/${saved.id}`);
  };

  const oneTitle: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      hasTitle({
        titleEn: getFieldValue('titleEn') as string | null,
        titleZh: getFieldValue('titleZh') as string | null,
      })
        ? Promise.resolve()
        : Promise.reject(new Error(t('posts.form.titleRequired'))),
  });

  return (
    <Form<PostFormValues>
      form={form}
      name="post"
      layout="vertical"
      data-testid="post-editor"
      initialValues={toFormValues(post)}
      onFinish={(values) => void save(values)}
      // Centred: the sticky header would hide a field scrolled to the very top.
      scrollToFirstError={{ block: 'center' }}
      disabled={busy}
    >
      <PostAudienceFields chooseOrganization={chooseOrganization && !post} />

      {kind === 'event' ? <PostEventFields /> : null}

      <Card title={t('posts.form.sections.text')} extra={t('posts.form.textHint')} style={{ marginBottom: 24 }}>
        <Row gutter={[32, 24]}>
          <Col xs={24} lg={12}>
            <PostLanguageColumn language="en" titleRule={oneTitle} />
          </Col>
          <Col xs={24} lg={12}>
            <PostLanguageColumn language="zh" titleRule={oneTitle} />
          </Col>
        </Row>
      </Card>

      <PostTopicFields organizationId={organizationId} currentPark={post?.park} />

      <AttachmentFields />

      {isVersionConflict(mutation.error) && onReload ? (
        <PostConflictAlert onReload={onReload} reloading={reloading} />
      ) : (
        <ApiErrorAlert error={mutation.error} />
      )}
      <Flex gap={8} wrap>
        {canPublish ? (
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={busy && pressed === 'publish'}
            onClick={() => choose('publish')}
            data-testid="post-editor-publish"
          >
            {t(post?.status === 'archived' ? 'posts.form.republish' : 'posts.form.publish')}
          </Button>
        ) : null}
        <Button
          type={canPublish ? 'default' : 'primary'}
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={busy && pressed === 'save'}
          onClick={() => choose('save')}
          data-testid="post-editor-save"
        >
          {t(!post || post.status === 'draft' ? 'posts.form.saveDraft' : 'common.save')}
        </Button>
        <ButtonLink to={post ? `/posts/${post.id}` : '/posts'}>{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
