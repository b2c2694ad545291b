import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS, type AttachmentDto } from '@alliance/contracts';
import { CloseOutlined, CloudUploadOutlined, DeleteOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Button, Progress, Typography, Upload, type UploadProps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../../../components/ApiErrorAlert';
import { attachmentLook, formatFileSize, refuseUpload, type UploadRefusal } from '../attachmentFiles';
import '../attachments.css';
import { uploadAttachment, UploadAbortedError } from '../uploadAttachment';
import { AttachmentIcon } from './AttachmentIcon';

interface Props {
  /** The attached files in display order (antd Form.Item passes it). */
  value?: AttachmentDto[];
  onChange?: (value: AttachmentDto[]) => void;
  /** Whether files are still on their way: a form should not save before they arrive. */
  onUploadingChange?: (uploading: boolean) => void;
  /** From Form.Item: lets the form scroll to this field's error. */
  id?: string;
  disabled?: boolean;
  /** The extensions the picker offers when a record takes fewer kinds (a policy brief: PDF only). */
  accept?: string;
  /** The line under the drop zone saying what may be uploaded, when it is not every accepted kind. */
  hint?: string;
}

/** A file not (yet) attached: on its way, or refused, with why. */
interface Pending {
  uid: string;
  name: string;
  percent: number;
  problem: { refusal: UploadRefusal } | { error: unknown } | null;
}

type RequestOptions = Parameters<NonNullable<UploadProps['customRequest']>>[0];

const NONE: AttachmentDto[] = [];

/**
 * Uploads each chosen file at once, so the form only keeps ids. Refuses in the browser what the
 * API would refuse anyway (too many, too large); the API's own refusals show on the file's row.
 */
export function AttachmentUploader({
  value = NONE,
  onChange,
  onUploadingChange,
  id,
  disabled,
  accept = ATTACHMENT_ACCEPT,
  hint,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const [pending, setPending] = useState<Pending[]>([]);
  // Uploads end one by one, after renders: each adds to the latest list, not the one it started with.
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);
  // Files accepted and not finished, by uid; they count towards the limit as much as attached ones.
  const running = useRef(new Map<string, AbortController | null>());
  useEffect(() => {
    const uploads = running.current;
    return () => uploads.forEach((controller) => controller?.abort());
  }, []);

  const update = (uid: string, change: Partial<Pending>) =>
    setPending((rows) => rows.map((row) => (row.uid === uid ? { ...row, ...change } : row)));
  const drop = (uid: string) => setPending((rows) => rows.filter((row) => row.uid !== uid));
  const finish = (uid: string) => {
    running.current.delete(uid);
    onUploadingChange?.(running.current.size > 0);
  };
  const store = (next: AttachmentDto[]) => {
    latest.current = next;
    onChange?.(next);
  };

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    const refusal = refuseUpload(file, latest.current.length + running.current.size);
    if (refusal) {
      setPending((rows) => [...rows, { uid: file.uid, name: file.name, percent: 0, problem: { refusal } }]);
      return false;
    }
    running.current.set(file.uid, null);
    onUploadingChange?.(true);
    setPending((rows) => [...rows, { uid: file.uid, name: file.name, percent: 0, problem: null }]);
    return true;
  };

  const customRequest = ({ file, onSuccess, onError }: RequestOptions) => {
    const chosen = file as File & { uid: string };
    const controller = new AbortController();
    running.current.set(chosen.uid, controller);
    uploadAttachment(chosen, (percent) => update(chosen.uid, { percent }), controller.signal).then(
      (attachment) => {
        finish(chosen.uid);
        drop(chosen.uid);
        store([...latest.current, attachment]);
        onSuccess?.(attachment);
      },
      (error: unknown) => {
        finish(chosen.uid);
        if (error instanceof UploadAbortedError) drop(chosen.uid);
        else update(chosen.uid, { problem: { error } });
        onError?.(error as Error);
      },
    );
    return { abort: () => controller.abort() };
  };

  /** Cancels an upload under way, or dismisses a refused file. */
  const discard = (uid: string) => {
    const controller = running.current.get(uid);
    if (controller) controller.abort();
    else if (running.current.has(uid)) finish(uid);
    drop(uid);
  };

  const problemText = (problem: NonNullable<Pending['problem']>) => {
    if ('refusal' in problem) {
      return problem.refusal === 'tooMany'
        ? t('attachments.errors.tooMany', { max: ATTACHMENT_LIMITS.perRecord })
        : t('attachments.errors.tooLarge', { size: formatFileSize(ATTACHMENT_LIMITS.defaultMaxBytes, language) });
    }
    return t(`errors.${errorCodeOf(problem.error)}`);
  };

  return (
    <div id={id} className="attachment-uploader" data-testid="attachment-uploader">
      <Upload.Dragger
        // Dropped files are not filtered silently by the picker's list: a wrong one gets the API's reason.
        accept={{ format: accept, filter: 'native' }}
        multiple
        showUploadList={false}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
        disabled={disabled}
      >
        <p className="ant-upload-text">
          <CloudUploadOutlined /> {t('attachments.drop')}
        </p>
        <p className="ant-upload-hint">
          {hint ??
            t('attachments.hint', {
              max: ATTACHMENT_LIMITS.perRecord,
              size: formatFileSize(ATTACHMENT_LIMITS.defaultMaxBytes, language),
            })}
        </p>
      </Upload.Dragger>

      {value.length + pending.length > 0 ? (
        <ul className="attachment-rows" aria-label={t('attachments.title')}>
          {value.map((attachment) => (
            <li key={attachment.id} className="attachment-row" data-testid="attachment-file">
              <AttachmentIcon look={attachmentLook(attachment.mimeType, attachment.fileName)} />
              <span className="attachment-row-main attachment-name" data-testid="attachment-name">
                {attachment.fileName}
              </span>
              <Typography.Text type="secondary" className="attachment-row-size">
                {formatFileSize(attachment.sizeBytes, language)}
              </Typography.Text>
              <Button
                type="text"
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('attachments.removeFile', { name: attachment.fileName })}
                onClick={() => store(latest.current.filter((other) => other.id !== attachment.id))}
                disabled={disabled}
                data-testid="attachment-remove"
              >
                {t('attachments.remove')}
              </Button>
            </li>
          ))}
          {pending.map((row) => (
            <li
              key={row.uid}
              className="attachment-row"
              data-testid={row.problem ? 'attachment-error' : 'attachment-uploading'}
            >
              {row.problem ? (
                <ExclamationCircleOutlined className="attachment-row-icon" style={{ color: '#cf1322' }} />
              ) : (
                <AttachmentIcon look={attachmentLook(null, row.name)} />
              )}
              <span className="attachment-row-main">
                <span className="attachment-name">{row.name}</span>
                {row.problem ? (
                  <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
                    {problemText(row.problem)}
                  </Typography.Text>
                ) : (
                  <Progress
                    size="small"
                    percent={row.percent}
                    status="active"
                    format={(percent) =>
                      percent !== undefined && percent >= 100 ? t('attachments.checking') : `${percent ?? 0}%`
                    }
                  />
                )}
              </span>
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={t(row.problem ? 'attachments.dismissFile' : 'attachments.cancelFile', { name: row.name })}
                onClick={() => discard(row.uid)}
                data-testid={row.problem ? 'attachment-dismiss' : 'attachment-cancel'}
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
