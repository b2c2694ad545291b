import { COUNTRY_RATING_LIMITS, type CountryProfileDto, type Locale } from '@alliance/contracts';
import { App, Button, Drawer, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { isApiError } from '../../../lib/apiClient';
import { countryName } from '../../../lib/names';
import { useMinWidth } from '../../../lib/useMediaQuery';
import { MarkdownPreview } from '../../posts/components/MarkdownPreview';
import { useUpdateNotes } from '../api';

interface Props {
  profile: CountryProfileDto;
  onReload: () => Promise<unknown>;
  reloading: boolean;
  onClose: () => void;
}

interface NotesValues {
  notesEn: string;
  notesZh: string;
}

const FIELDS: Record<Locale, keyof NotesValues> = { en: 'notesEn', zh: 'notesZh' };

function NotesColumn({ language }: { language: Locale }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<NotesValues>();
  const field = FIELDS[language];
  const markdown = Form.useWatch(field, form) ?? '';
  return (
    <section aria-label={t(`posts.language.${language}`)} data-testid={`notes-editor-${language}`}>
      <Form.Item
        name={field}
        label={t(`countries.notes.field.${language}`)}
        extra={t('posts.form.markdownHint')}
        rules={[{ max: COUNTRY_RATING_LIMITS.notesLength, message: t('validation.maxLength') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 8, maxRows: 18 }}
          maxLength={COUNTRY_RATING_LIMITS.notesLength}
          lang={language === 'zh' ? 'zh-CN' : 'en'}
          spellCheck
          style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' }}
        />
      </Form.Item>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('posts.form.preview')}
      </Typography.Text>
      <MarkdownPreview markdown={markdown} language={language} />
    </section>
  );
}

/**
 * The secretariat's notes on the country, in both languages with the server's preview beside each.
 * Saved on the version read: someone else's save meanwhile is refused (409), not overwritten.
 */
export function NotesEditor({ profile, onReload, reloading, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const wide = useMinWidth(992);
  const [form] = Form.useForm<NotesValues>();
  const update = useUpdateNotes(profile.country);
  const conflict = isApiError(update.error) && update.error.statusCode === 409;

  const save = (values: NotesValues) =>
    update.mutate(
      { notesEn: values.notesEn.trim() || null, notesZh: values.notesZh.trim() || null, version: profile.version },
      {
        onSuccess: () => {
          void message.success(t('countries.notes.saved'));
          onClose();
        },
      },
    );

  return (
    <Drawer
      open
      size={wide ? 1040 : '100%'}
      title={t('countries.notes.editTitle', { country: countryName(profile.country, i18n.resolvedLanguage) })}
      onClose={onClose}
      destroyOnHidden
      data-testid="notes-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()} data-testid="notes-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {conflict ? (
        <ConflictAlert
          testId="notes-conflict"
          title={t('countries.notes.conflict.title')}
          text={t('countries.notes.conflict.text')}
          reloadLabel={t('countries.notes.conflict.reload')}
          reloading={reloading}
          onReload={() => void onReload().then(() => update.reset())}
        />
      ) : (
        <ApiErrorAlert error={update.error} />
      )}
      <Form<NotesValues>
        form={form}
        name="country-notes"
        layout="vertical"
        onFinish={save}
        initialValues={{ notesEn: profile.notesEn ?? '', notesZh: profile.notesZh ?? '' }}
      >
        <div className="notes-editor-columns">
          <NotesColumn language="en" />
          <NotesColumn language="zh" />
        </div>
      </Form>
    </Drawer>
  );
}
