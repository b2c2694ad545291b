import { POLICY_BRIEF_AUDIENCES, POLICY_BRIEF_LIMITS, POLICY_TOPICS } from '@alliance/contracts';
import { Card, Checkbox, Col, Form, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountriesSelect } from '../../../components/CountrySelect';

/** What the brief is about and who reads it: host countries, topics, audience. */
export function BriefAboutFields() {
  const { t } = useTranslation();
  const atLeastOneTopic = (_rule: unknown, topics: unknown[] | undefined) =>
    topics && topics.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('policyBriefs.form.topicsRequired')));
  return (
    <Card title={t('policyBriefs.form.sections.about')} style={{ marginBottom: 24 }}>
      <Row gutter={[32, 0]}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="countries"
            label={t('policyBriefs.fields.countries')}
            extra={t('policyBriefs.form.countriesHint', { max: POLICY_BRIEF_LIMITS.countries })}
            rules={[{ required: true, type: 'array', min: 1, message: t('policyBriefs.form.countriesRequired') }]}
          >
            <CountriesSelect
              max={POLICY_BRIEF_LIMITS.countries}
              allowClear
              placeholder={t('policyBriefs.form.countriesPlaceholder')}
              data-testid="brief-countries"
            />
          </Form.Item>
          <Form.Item
            name="audience"
            label={t('policyBriefs.fields.audience')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Radio.Group
              orientation="vertical"
              aria-label={t('policyBriefs.fields.audience')}
              options={POLICY_BRIEF_AUDIENCES.map((audience) => ({
                value: audience,
                label: (
                  <span data-testid={`brief-audience-${audience}`}>
                    <strong>{t(`policyBriefs.audience.${audience}`)}</strong>
                    {' — '}
                    {t(`policyBriefs.form.audienceHint.${audience}`)}
                  </span>
                ),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          {/* Checked by a validator, not `required`: antd would mark the group aria-required, which a group may not carry. */}
          <Form.Item
            name="topics"
            label={<span className="brief-required-mark">{t('policyBriefs.fields.topics')}</span>}
            rules={[{ validator: atLeastOneTopic }]}
          >
            <Checkbox.Group
              aria-label={t('policyBriefs.fields.topics')}
              className="brief-topic-options"
              options={POLICY_TOPICS.map((topic) => ({
                value: topic,
                label: <span data-testid={`brief-topic-${topic}`}>{t(`policyBriefs.topic.${topic}`)}</span>,
              }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
