import type { CooperationProjectDto } from '@alliance/contracts';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../components/ButtonLink';
import { applyApiFieldErrors } from '../../../lib/forms';
import { showRefusedAttachments } from '../../attachments/attachmentErrors';
import { AttachmentFields } from '../../attachments/components/AttachmentFields';
import { useCreateProject, useProjectCommand, useUpdateProject } from '../api';
import { toProjectFormValues, toProjectRequest, toProjectUpdate, type ProjectFormValues } from '../projectForm';
import { ProjectFactsFields } from './ProjectFactsFields';
import { ProjectTextFields } from './ProjectTextFields';

type Intent = 'save' | 'submit';

interface Props {
  /** Absent: a new project. */
  project?: CooperationProjectDto;
  organizationId: string | undefined;
}

/**
 * A new project or an edit. A draft is saved as it is, or saved and sent to the secretariat for
 * review; a published project's edit is saved in place.
 */
export function ProjectForm({ project, organizationId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<ProjectFormValues>();
  const create = useCreateProject();
  const update = useUpdateProject();
  const command = useProjectCommand();
  const [initial] = useState(() => toProjectFormValues(project, (date) => dayjs(date)));
  const [saved, setSaved] = useState(project ? { id: project.id, version: project.version } : null);
  const [error, setError] = useState<unknown>(null);
  const intent = useRef<Intent>('save');
  const [pressed, setPressed] = useState<Intent>('save');
  const draft = !project || project.status === 'draft';
  const busy = create.isPending || update.isPending || command.isPending;

  const fail = (failure: unknown) => {
    setError(failure);
    applyApiFieldErrors(form, failure, t);
    showRefusedAttachments(form, failure, t);
  };

  const save = async (values: ProjectFormValues) => {
    setError(null);
    let result: CooperationProjectDto;
    try {
      result = saved
        ? await update.mutateAsync({ id: saved.id, body: toProjectUpdate(values, saved.version) })
        : await create.mutateAsync(toProjectRequest(values));
    } catch (failure) {
      fail(failure);
      return;
    }
    setSaved({ id: result.id, version: result.version });
    const andSubmit = draft && intent.current === 'submit';
    if (andSubmit) {
      try {
        await command.mutateAsync({ id: result.id, command: { action: 'submit', body: { version: result.version } } });
      } catch (failure) {
        // Saved as a draft; what kept it from review shows on the fields.
        fail(failure);
        return;
      }
    }
    void message.success(t(andSubmit ? 'cooperation.form.submitted' : 'cooperation.form.saved'));
    void navigate(`/cooperation/projects/${result.id}`);
  };

  const choose = (next: Intent) => {
    intent.current = next;
    setPressed(next);
  };

  return (
    <Form<ProjectFormValues>
      form={form}
      name="cooperation-project"
      layout="vertical"
      data-testid="project-editor"
      initialValues={initial}
      onFinish={(values) => void save(values)}
      scrollToFirstError={{ block: 'center' }}
      disabled={busy}
    >
      <ProjectFactsFields organizationId={organizationId} currentPark={project?.park} />
      <ProjectTextFields />
      <AttachmentFields hint={t('cooperation.form.attachmentsHint')} />
      <ApiErrorAlert error={error} />
      <Flex gap={8} wrap>
        {draft ? (
          <Button
            type="primary"
            htmlType="submit"
            icon={<SendOutlined />}
            loading={busy && pressed === 'submit'}
            onClick={() => choose('submit')}
            data-testid="project-editor-submit"
          >
            {t('cooperation.form.saveAndSubmit')}
          </Button>
        ) : null}
        <Button
          type={draft ? 'default' : 'primary'}
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={busy && pressed === 'save'}
          onClick={() => choose('save')}
          data-testid="project-editor-save"
        >
          {t(draft ? 'cooperation.form.saveDraft' : 'cooperation.form.save')}
        </Button>
        <ButtonLink to={saved ? `/cooperation/projects/${saved.id}` : '/cooperation/projects'}>
          {t('common.cancel')}
        </ButtonLink>
      </Flex>
    </Form>
  );
}
