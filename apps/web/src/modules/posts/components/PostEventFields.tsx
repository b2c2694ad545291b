import { POST_LIMITS } from '@alliance/contracts';
import { Card, Col, DatePicker, Divider, Form, Input, InputNumber, Row, Select, type FormRule } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMON_TIME_ZONES, otherTimeZones } from '../eventTime';
import { endsAfterStart, eventStarted, hasVenue, type EventFormValues, type PostFormValues } from '../postForm';
import { keepEnterInPicker } from '../../../lib/forms';

/** When and where an event post happens, and how many can come; shown only for the kind `event`. */
export function PostEventFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance<PostFormValues>();
  const range = Form.useWatch(['event', 'range'], form) as EventFormValues['range'] | undefined;
  const timeZone = Form.useWatch(['event', 'timeZone'], form) as string | undefined;
  // When the form was opened: the figures of what took place can be given once the event has started.
  const [openedAt] = useState(() => Date.now());
  const started =
    Boolean(range && timeZone) && eventStarted({ range: range ?? null, timeZone: timeZone ?? 'UTC' }, openedAt);
  const zoneOptions = useMemo(
    () => [
      { label: t('posts.event.commonZones'), options: COMMON_TIME_ZONES.map((zone) => ({ value: zone, label: zone })) },
      { label: t('posts.event.allZones'), options: otherTimeZones().map((zone) => ({ value: zone, label: zone })) },
    ],
    [t],
  );

  const rangeRule: FormRule = {
    validator: (_rule, range: EventFormValues['range'] | undefined) => {
      if (!range) return Promise.reject(new Error(t('posts.event.whenRequired')));
      return endsAfterStart(range) ? Promise.resolve() : Promise.reject(new Error(t('posts.event.endBeforeStart')));
    },
  };
  // Either field satisfies the rule; both re-check when one changes (see `dependencies`).
  const venueRule: FormRule = ({ getFieldValue }) => ({
    validator: () =>
      hasVenue({
        place: getFieldValue(['event', 'place']) as string | null,
        onlineUrl: getFieldValue(['event', 'onlineUrl']) as string | null,
      })
        ? Promise.resolve()
        : Promise.reject(new Error(t('posts.event.venueRequired'))),
  });

  return (
    <Card title={t('posts.form.sections.event')} style={{ marginBottom: 24 }} data-testid="event-fields">
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item<PostFormValues>
            name={['event', 'range']}
            label={t('posts.event.when')}
            rules={[rangeRule]}
            required
          >
            <DatePicker.RangePicker
              showTime={{ format: 'HH:mm', minuteStep: 5 }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: '100%' }}
              placeholder={[t('posts.event.startsAt'), t('posts.event.endsAt')]}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item<PostFormValues>
            name={['event', 'timeZone']}
            label={t('posts.event.timeZone')}
            extra={t('posts.event.timeZoneHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={zoneOptions}
              aria-label={t('posts.event.timeZone')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item<PostFormValues>
            name={['event', 'place']}
            label={t('posts.event.place')}
            rules={[venueRule]}
            dependencies={[['event', 'onlineUrl']]}
          >
            <Input maxLength={300} placeholder={t('posts.event.placePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item<PostFormValues>
            name={['event', 'onlineUrl']}
            label={t('posts.event.onlineUrl')}
            rules={[venueRule, { type: 'url', message: t('posts.event.urlInvalid') }]}
            dependencies={[['event', 'place']]}
          >
            <Input type="url" maxLength={2000} placeholder="https://" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item<PostFormValues>
            name={['event', 'capacity']}
            label={t('posts.event.capacity')}
            extra={t('posts.event.capacityHint')}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder={t('posts.event.noLimit')} />
          </Form.Item>
        </Col>
        {started ? (
          <>
            <Col span={24}>
              <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
                {t('posts.event.figures.section')}
              </Divider>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item<PostFormValues>
                name={['event', 'reportedAttendees']}
                label={t('posts.event.reportedAttendees')}
                extra={t('posts.event.figuresHint')}
              >
                <InputNumber
                  min={0}
                  max={POST_LIMITS.reportedFigure}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="field-reported-attendees"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item<PostFormValues>
                name={['event', 'reportedOrganizations']}
                label={t('posts.event.reportedOrganizations')}
              >
                <InputNumber
                  min={0}
                  max={POST_LIMITS.reportedFigure}
                  precision={0}
                  style={{ width: '100%' }}
                  data-testid="field-reported-organizations"
                />
              </Form.Item>
            </Col>
          </>
        ) : null}
      </Row>
    </Card>
  );
}
