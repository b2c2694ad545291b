import { ATTACHMENT_LIMITS, ATTACHMENT_TYPES, type PolicyBriefDto } from '@alliance/contracts';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Row, type FormRule } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { useErrorToast } from '../../../components/useErrorToast';
import { useAbility } from '../../../lib/ability';
import { applyApiFieldErrors } from '../../../lib/forms';
import { AttachmentFields } from '../../attachments/components/AttachmentFields';
import { isVersionConflict } from '../../posts/postForm';
import { useBriefCommand, useCreateBrief, useUpdateBrief } from '../api';
import {
  editedVersion,
  hasTitle,
  notPdf,
  toBriefFormValues,
  toCreateBriefRequest,
  toUpdateBriefRequest,
  type BriefFormValues,
} from '../briefForm';
import { showAttachmentRefusal } from '../briefErrors';
import { BriefAboutFields } from './BriefAboutFields';
import { BriefLanguageColumn } from './BriefLanguageColumn';

type Intent = 'save' | 'submit';

interface Props {
  /** Absent: a new brief (version 1, a draft). */
  brief?: PolicyBriefDto;
  /** Loads the brief again and starts the form over from it (after someone else saved it). */
  onReload?: () => void;
  reloading?: boolean;
}

const PDF = `.${ATTACHMENT_TYPES.pdf.extensions.join(',.')}`;

/** Both languages side by side with the server's preview; saves the draft, or saves it and submits it for review. */
export function BriefForm({ brief, onReload, reloading = false }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const toast = useErrorToast();
  const navigate = useNavigate();
  const ability = useAbility();
  const [form] = Form.useForm<BriefFormValues>();
  const create = useCreateBrief();
  const update = useUpdateBrief();
  const command = useBriefCommand();
  const mutation = brief ? update : create;
  // The brief's version the fields were filled from, not whatever a later refetch brings: saving over
  // a newer one must be refused (409), not made silently.
  const [version] = useState(brief?.version);
  const intent = useRef<Intent>('save');
  const [pressed, setPressed] = useState<Intent>('save');
  const choose = (next: Intent) => {
    intent.current = next;
    setPressed(next);
  };
  // A new brief is the writer's own organization's; an existing one offers what the API lists.
  const canSubmit = brief ? brief.actions.includes('submit') : ability.can('submit', 'PolicyBrief');
  const busy = create.isPending || update.isPending || command.isPending;

  const save = async (values: BriefFormValues): Promise<PolicyBriefDto | null> => {
    try {
      return brief && version !== undefined
        ? await update.mutateAsync({ id: brief.id, body: toUpdateBriefRequest(values, version) })
        : await create.mutateAsync(toCreateBriefRequest(values));
    } catch (error) {
      applyApiFieldErrors(form, error, t);
      showAttachmentRefusal(form, error, t);
      return null;
    }
  };

  const submitSaved = async (saved: PolicyBriefDto) => {
    try {
      await command.mutateAsync({ id: saved.id, command: { action: 'submit' } });
      void message.success(t('policyBriefs.form.submitted'));
    } catch (error) {
      // The text is saved; the brief's page shows it as it is and offers to submit again.
      toast(error);
    }
    void navigate(`/policy/briefs/${saved.id}`);
  };

  const finish = (values: BriefFormValues) => {
    if (intent.current !== 'submit' || !canSubmit) {
      void save(values).then((saved) => {
        if (!saved) return;
        void message.success(t('policyBriefs.form.saved'));
        void navigate(`/policy/briefs/${saved.id}`);
      });
      return;
    }
    const number = brief ? editedVersion(brief).number : 1;
    modal.confirm({
      title: t('policyBriefs.actions.submit.title', { number }),
      content: t('policyBriefs.actions.submit.explain'),
      okText: t('policyBriefs.actions.submit.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { ...{ 'data-testid': 'confirm-submit' } },
      onOk: () => save(values).then((saved) => (saved ? submitSaved(saved) : undefined)),
    });
  };

  const oneTitle: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      hasTitle({
        titleEn: getFieldValue('titleEn') as string | null,
        titleZh: getFieldValue('titleZh') as string | null,
      })
        ? Promise.resolve()
        : Promise.reject(new Error(t('policyBriefs.form.titleRequired'))),
  });
  // Dropped files skip the picker's filter: a brief keeps PDFs only, as the API does.
  const pdfOnly: FormRule = {
    validator: (_rule, files: BriefFormValues['attachments'] = []) =>
      notPdf(files).length === 0 ? Promise.resolve() : Promise.reject(new Error(t('policyBriefs.form.pdfOnly'))),
  };

  return (
    <Form<BriefFormValues>
      form={form}
      name="policy-brief"
      layout="vertical"
      data-testid="brief-editor"
      initialValues={toBriefFormValues(brief ? editedVersion(brief) : undefined)}
      onFinish={finish}
      // Centred: the sticky header would hide a field scrolled to the very top.
      scrollToFirstError={{ block: 'center' }}
      disabled={busy}
    >
      <BriefAboutFields />

      <Card
        title={t('policyBriefs.form.sections.text')}
        extra={t('policyBriefs.form.textHint')}
        style={{ marginBottom: 24 }}
      >
        <Row gutter={[32, 24]}>
          <Col xs={24} lg={12}>
            <BriefLanguageColumn language="en" titleRule={oneTitle} />
          </Col>
          <Col xs={24} lg={12}>
            <BriefLanguageColumn language="zh" titleRule={oneTitle} />
          </Col>
        </Row>
      </Card>

      <AttachmentFields
        hint={t('policyBriefs.form.attachmentsHint')}
        accept={PDF}
        acceptHint={t('policyBriefs.form.attachmentsAccept', { max: ATTACHMENT_LIMITS.perRecord })}
        rules={[pdfOnly]}
      />

      {isVersionConflict(mutation.error) && onReload ? (
        <ConflictAlert
          testId="brief-conflict"
          title={t('policyBriefs.form.conflict.title')}
          text={t('policyBriefs.form.conflict.text')}
          reloadLabel={t('policyBriefs.form.conflict.reload')}
          onReload={onReload}
          reloading={reloading}
        />
      ) : (
        <ApiErrorAlert error={mutation.error} />
      )}
      <Flex gap={8} wrap>
        {canSubmit ? (
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={busy && pressed === 'submit'}
            onClick={() => choose('submit')}
            data-testid="brief-editor-submit"
          >
            {t('policyBriefs.form.saveAndSubmit')}
          </Button>
        ) : null}
        <Button
          type={canSubmit ? 'default' : 'primary'}
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={busy && pressed === 'save'}
          onClick={() => choose('save')}
          data-testid="brief-editor-save"
        >
          {t(!brief || editedVersion(brief).status === 'draft' ? 'policyBriefs.form.saveDraft' : 'common.save')}
        </Button>
        <ButtonLink to={brief ? `/policy/briefs/${brief.id}` : '/policy/briefs'}>{t('common.cancel')}</ButtonLink>
      </Flex>
    </Form>
  );
}
