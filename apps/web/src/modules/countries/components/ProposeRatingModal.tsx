import { COUNTRY_RATING_LIMITS, RISK_GRADES, RISK_OUTLOOKS, type CountryGradeDto } from '@alliance/contracts';
import { App, DatePicker, Form, Input, Modal, Radio, Typography, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { countryName } from '../../../lib/names';
import { useProposeRating } from '../api';
import { gradeColor } from '../grades';
import { hasRationale, ratingRequest, type RatingFormValues } from '../ratingForm';

interface Props {
  country: string;
  current: CountryGradeDto | null;
  onClose: () => void;
}

/** A change of the country's grade, proposed for the secretariat to publish (never by its proposer). */
export function ProposeRatingModal({ country, current, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RatingFormValues>();
  const propose = useProposeRating(country);
  const name = countryName(country, i18n.resolvedLanguage);

  const rationaleRule: FormRule = ({ getFieldsValue }) => ({
    validator: () =>
      hasRationale(getFieldsValue(['rationaleEn', 'rationaleZh']) as RatingFormValues)
        ? Promise.resolve()
        : Promise.reject(new Error(t('countries.propose.rationaleRequired'))),
  });

  const submit = (values: RatingFormValues) =>
    propose.mutate(ratingRequest(values), {
      onSuccess: () => {
        void message.success(t('countries.propose.done'));
        onClose();
      },
      onError: (error) => applyApiFieldErrors(form, error, t),
    });

  return (
    <Modal
      open
      width={680}
      title={t('countries.propose.title', { country: name })}
      okText={t('countries.propose.submit')}
      okButtonProps={{ loading: propose.isPending, 'data-testid': 'propose-submit' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      data-testid="propose-modal"
    >
      <Typography.Paragraph type="secondary">{t('countries.propose.explain')}</Typography.Paragraph>
      <ApiErrorAlert error={propose.error} />
      <Form<RatingFormValues>
        form={form}
        name="propose-rating"
        layout="vertical"
        onFinish={submit}
        initialValues={{ grade: current?.grade, outlook: current?.outlook ?? 'stable', effectiveOn: dayjs() }}
        data-testid="propose-form"
      >
        <Form.Item
          name="grade"
          label={t('countries.fields.grade')}
          rules={[{ required: true, message: t('countries.propose.gradeRequired') }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" className="grade-choice">
            {RISK_GRADES.map((grade) => (
              <Radio.Button key={grade} value={grade} data-testid={`propose-grade-${grade}`}>
                <span
                  className="risk-legend-swatch"
                  style={{ background: gradeColor(grade).fill, marginInlineEnd: 6, verticalAlign: -2 }}
                  aria-hidden
                />
                {t('countries.grade.badge', { grade, name: t(`countries.grade.${grade}`) })}
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="outlook"
          label={t('countries.fields.outlook')}
          rules={[{ required: true, message: t('countries.propose.outlookRequired') }]}
        >
          <Radio.Group
            options={RISK_OUTLOOKS.map((outlook) => ({ value: outlook, label: t(`countries.outlook.${outlook}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="effectiveOn"
          label={t('countries.fields.effectiveOn')}
          rules={[{ required: true, message: t('countries.propose.dateRequired') }]}
        >
          <DatePicker onKeyDown={keepEnterInPicker} data-testid="propose-date" />
        </Form.Item>
        {(['en', 'zh'] as const).map((language) => {
          const field = language === 'en' ? 'rationaleEn' : 'rationaleZh';
          return (
            <Form.Item
              key={field}
              name={field}
              label={t(`countries.propose.rationale.${language}`)}
              dependencies={[language === 'en' ? 'rationaleZh' : 'rationaleEn']}
              rules={[
                rationaleRule,
                { max: COUNTRY_RATING_LIMITS.rationaleLength, message: t('validation.maxLength') },
              ]}
            >
              <Input.TextArea
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={COUNTRY_RATING_LIMITS.rationaleLength}
                lang={language === 'zh' ? 'zh-CN' : 'en'}
                data-testid={`propose-${field}`}
              />
            </Form.Item>
          );
        })}
        <Form.Item
          name="source"
          label={t('countries.fields.source')}
          extra={t('countries.propose.sourceHint')}
          rules={[{ max: COUNTRY_RATING_LIMITS.sourceLength, message: t('validation.maxLength') }]}
          style={{ marginBottom: 0 }}
        >
          <Input maxLength={COUNTRY_RATING_LIMITS.sourceLength} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
