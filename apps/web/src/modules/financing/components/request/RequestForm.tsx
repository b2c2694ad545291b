import type { FinancingRequestDto } from '@alliance/contracts';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorAlert } from '../../../../components/ApiErrorAlert';
import { ButtonLink } from '../../../../components/ButtonLink';
import { ConflictAlert } from '../../../../components/ConflictAlert';
import { apiFetch } from '../../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../../lib/forms';
import { showRefusedAttachments } from '../../../attachments/attachmentErrors';
import { AttachmentFields } from '../../../attachments/components/AttachmentFields';
import { useCreateFinancingRequest, useUpdateFinancingRequest } from '../../api';
import { RequestAudienceFields } from './RequestAudienceFields';
import {
  isVersionConflict,
  toCreateRequest,
  toFormValues,
  toUpdateRequest,
  type RequestFormValues,
} from './requestForm';
import { RequestTermsFields } from './RequestTermsFields';
import { RequestTextFields } from './RequestTextFields';
import { useConfirmSubmit, type SubmitAudience } from './useConfirmSubmit';

type Intent = 'save' | 'submit';

interface Props {
  /** Absent: a new request. */
  request?: FinancingRequestDto;
  /** The requester's organization, whose parks can be named. */
  organizationId: string | undefined;
  /** Loads the request again and starts the form over from it (after someone else saved it). */
  onReload?: () => void;
  reloading?: boolean;
}

/**
 * Submits a request right after saving it. `useRequestCommand` takes the id when the form
 * renders, but a new request only gets one from the save, so the id goes with the call.
 */
function useSubmitSaved() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      apiFetch<FinancingRequestDto>(`/api/financing-requests/${encodeURIComponent(id)}/submit`, {
        method: 'POST',
        body: { version },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['financing'] }),
  });
}

/** A draft saves with anything left empty; submitting (or editing a submitted request) needs the required fields. */
export function RequestForm({ request, organizationId, onReload, reloading = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const confirmSubmit = useConfirmSubmit();
  const navigate = useNavigate();
  const [form] = Form.useForm<RequestFormValues>();
  const create = useCreateFinancingRequest();
  const update = useUpdateFinancingRequest();
  const submit = useSubmitSaved();
  const submitted = Boolean(request && request.status !== 'draft');
  // The record the next save edits, at the version the form was filled from (a newer one is
  // refused, not overwritten). A new request has none until its first save.
  const [saved, setSaved] = useState(request ? { id: request.id, version: request.version } : null);
  const [error, setError] = useState<unknown>(null);
  // Which button submitted the form: the ref is read by the rules, the state shows the spinner.
  const intent = useRef<Intent>('save');
  const [pressed, setPressed] = useState<Intent>('save');
  const choose = (next: Intent) => {
    intent.current = next;
    setPressed(next);
  };
  const mustComplete = () => submitted || intent.current === 'submit';
  const busy = create.isPending || update.isPending || submit.isPending;

  const showErrors = (failure: unknown) => {
    setError(failure);
    applyApiFieldErrors(form, failure, t);
    showRefusedAttachments(form, failure, t);
  };

  const save = async (values: RequestFormValues) => {
    const andSubmit = intent.current === 'submit' && !submitted;
    const audience: SubmitAudience =
      values.audience === 'named'
        ? { audience: 'named', institutions: values.institutionIds.length }
        : { audience: 'all' };
    if (andSubmit && !(await confirmSubmit(audience))) return;
    setError(null);
    let result: FinancingRequestDto;
    try {
      result = saved
        ? await update.mutateAsync({ id: saved.id, body: toUpdateRequest(values, saved.version) })
        : await create.mutateAsync(toCreateRequest(values));
    } catch (failure) {
      showErrors(failure);
      return;
    }
    setSaved({ id: result.id, version: result.version });
    if (andSubmit) {
      try {
        result = await submit.mutateAsync({ id: result.id, version: result.version });
      } catch (failure) {
        // The draft is saved; what kept it from being submitted shows on the fields.
        showErrors(failure);
        return;
      }
    }
    void message.success(
      t(
        andSubmit
          ? 'financing.requests.form.submitted'
          : submitted
            ? 'financing.requests.form.revised'
            : 'financing.requests.form.saved',
      ),
    );
    void navigate(`/financing/requests/${result.id}`);
  };

  return (
    <Form<RequestFormValues>
      form={form}
      name="financing-request"
      layout="vertical"
      data-testid="request-editor"
      initialValues={toFormValues(request)}
      onFinish={(values) => void save(values)}
      // Centred: the sticky header would hide a field scrolled to the very top.
      scrollToFirstError={{ block: 'center' }}
      disabled={busy}
    >
      {submitted && request ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 24 }}
          data-testid="revision-notice"
          title={t('financing.requests.form.revisionTitle', { number: request.revision + 1 })}
          description={t('financing.requests.form.revisionText')}
        />
      ) : null}

      <RequestTermsFields
        organizationId={organizationId}
        currentPark={request?.park}
        mustComplete={mustComplete}
        submitted={submitted}
      />
      <RequestTextFields mustComplete={mustComplete} />
      <RequestAudienceFields
        submitted={submitted}
        locked={submitted && request ? request.institutions.map((institution) => institution.id) : []}
        mustComplete={mustComplete}
      />
      <AttachmentFields hint={t('financing.requests.form.attachmentsHint')} />

      {isVersionConflict(error) && onReload ? (
        <ConflictAlert
          testId="request-conflict"
          title={t('financing.requests.form.conflict.title')}
          text={t('financing.requests.form.conflict.text')}
          reloadLabel={t('financing.requests.form.conflict.reload')}
          onReload={onReload}
          reloading={reloading}
        />
      ) : (
        <ApiErrorAlert error={error} />
      )}
      <Flex gap={8} wrap>
        {submitted ? (
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={busy}
            onClick={() => choose('save')}
            data-testid="request-editor-save"
          >
            {t('financing.requests.form.saveRevision')}
          </Button>
        ) : (
          <>
            <Button
              type="primary"
              htmlType="submit"
              icon={<SendOutlined />}
              loading={busy && pressed === 'submit'}
              onClick={() => choose('submit')}
              data-testid="request-editor-submit"
            >
              {t('financing.requests.form.saveAndSubmit')}
            </Button>
            <Button
              htmlType="submit"
              icon={<SaveOutlined />}
              loading={busy && pressed === 'save'}
              onClick={() => choose('save')}
              data-testid="request-editor-save"
            >
              {t('financing.requests.form.saveDraft')}
            </Button>
          </>
        )}
        <ButtonLink to={saved ? `/financing/requests/${saved.id}` : '/financing/requests'}>
          {t('common.cancel')}
        </ButtonLink>
      </Flex>
    </Form>
  );
}
