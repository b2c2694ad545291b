import { MEETING_LIMITS, type MeetingProgrammeDto } from '@alliance/contracts';
import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, InputNumber, Row, TimePicker, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors, keepEnterInPicker } from '../../../lib/forms';
import { useSaveProgramme } from '../api';
import {
  eventDays,
  newSession,
  overlappingSessions,
  slotsIn,
  toSessionFormValue,
  toSessionRequest,
  zoneLabel,
  type SessionFormValue,
} from '../meetingTime';

interface Values {
  meetingMinutes: number;
  tables: number;
  sessions: SessionFormValue[];
}

interface Props {
  eventId: string;
  event: { startsAt: string; endsAt: string; timeZone: string };
  /** Absent: the meetings are opened by this form. */
  programme?: MeetingProgrammeDto;
  /** Read-only (the programme is closed). */
  disabled?: boolean;
  onReload?: () => void;
  reloading?: boolean;
}

function toValues(event: Props['event'], programme: MeetingProgrammeDto | undefined): Values {
  if (!programme) return { meetingMinutes: 20, tables: 6, sessions: [newSession(event)] };
  return {
    meetingMinutes: programme.meetingMinutes,
    tables: programme.tables,
    sessions: programme.sessions.map((session) => toSessionFormValue(session, event.timeZone)),
  };
}

/**
 * The organizer's settings: meeting length, tables, and sessions (a day and a time range each, as
 * the clocks at the event read them). Opens the meetings when there are none yet.
 */
export function ProgrammeForm({ eventId, event, programme, disabled = false, onReload, reloading = false }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveProgramme(eventId);
  // The version the fields were filled from: saving over a newer one is refused (409), not made silently.
  const [version, setVersion] = useState(programme?.version);
  const minutes = Form.useWatch('meetingMinutes', form);
  const sessions = Form.useWatch('sessions', form) ?? [];
  const days = useMemo(
    () => new Set(eventDays(event.startsAt, event.endsAt, event.timeZone).map((d) => d.format('YYYY-MM-DD'))),
    [event],
  );
  const conflict = isApiError(save.error) && save.error.code === 'CONFLICT';

  const submit = (validated: Values) => {
    // The whole store, not only the fields on screen: a kept session's `id` has no field of its own.
    const values = { ...validated, sessions: (form.getFieldsValue(true) as Values).sessions };
    const body = {
      meetingMinutes: values.meetingMinutes,
      tables: values.tables,
      sessions: values.sessions.flatMap((session) => toSessionRequest(session, event.timeZone) ?? []),
      ...(programme && version !== undefined ? { version } : {}),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        setVersion(saved.version);
        form.setFieldsValue(toValues(event, saved));
        void message.success(t(programme ? 'meetings.settings.saved' : 'meetings.settings.opened'));
      },
      onError: (error) => applyApiFieldErrors(form, error, t),
    });
  };

  const reload = () => {
    save.reset();
    onReload?.();
    if (programme) {
      setVersion(programme.version);
      form.setFieldsValue(toValues(event, programme));
    }
  };

  return (
    <Form<Values>
      form={form}
      name="meeting-programme"
      layout="vertical"
      initialValues={toValues(event, programme)}
      onFinish={submit}
      disabled={disabled || save.isPending}
      data-testid="programme-form"
    >
      <Card
        title={
          <Typography.Title level={2} className="meet-section-title">
            {t('meetings.settings.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph type="secondary">
          {t(programme ? 'meetings.settings.explain' : 'meetings.settings.openExplain')}
        </Typography.Paragraph>
        <Row gutter={24}>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item<Values>
              name="meetingMinutes"
              label={t('meetings.settings.minutes')}
              extra={t('meetings.settings.minutesHint', {
                min: MEETING_LIMITS.minMinutes,
                max: MEETING_LIMITS.maxMinutes,
              })}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber
                min={MEETING_LIMITS.minMinutes}
                max={MEETING_LIMITS.maxMinutes}
                step={5}
                precision={0}
                style={{ width: '100%' }}
                data-testid="field-minutes"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <Form.Item<Values>
              name="tables"
              label={t('meetings.settings.tables')}
              extra={t('meetings.settings.tablesHint', { max: MEETING_LIMITS.maxTables })}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber
                min={1}
                max={MEETING_LIMITS.maxTables}
                precision={0}
                style={{ width: '100%' }}
                data-testid="field-tables"
              />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={3} className="meet-subsection-title">
          {t('meetings.settings.sessions')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="meet-meta">
          {t('meetings.settings.sessionsHint', { zone: zoneLabel(event.timeZone, event.startsAt) })}
        </Typography.Paragraph>
        <Form.List
          name="sessions"
          rules={[
            {
              validator: async (_rule, value: SessionFormValue[] | undefined) => {
                if (!value || value.length === 0) throw new Error(t('meetings.settings.sessionRequired'));
                if (overlappingSessions(value, event.timeZone).length > 0)
                  throw new Error(t('errors.meetings.MEETING_SESSIONS_OVERLAP'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={12}>
              {fields.map((field, index) => {
                const value = sessions[index] as SessionFormValue | undefined;
                const count = slotsIn(value?.times ?? null, minutes);
                return (
                  <div key={field.key} className="meet-session-row" data-testid="session-row">
                    <Flex justify="space-between" align="center" className="meet-session-head">
                      <Typography.Text strong>{t('meetings.settings.session', { n: index + 1 })}</Typography.Text>
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        disabled={fields.length <= 1 || disabled}
                        aria-label={t('meetings.settings.removeSession', { n: index + 1 })}
                        data-testid="session-remove"
                      >
                        {t('meetings.settings.remove')}
                      </Button>
                    </Flex>
                    <Row gutter={16} align="bottom">
                      <Col xs={24} sm={10} lg={7}>
                        <Form.Item
                          name={[field.name, 'day']}
                          label={t('meetings.settings.day')}
                          rules={[{ required: true, message: t('validation.required') }]}
                          style={{ marginBottom: 0 }}
                        >
                          <DatePicker
                            format="YYYY-MM-DD"
                            style={{ width: '100%' }}
                            disabledDate={(day: Dayjs) => !days.has(day.format('YYYY-MM-DD'))}
                            onKeyDown={keepEnterInPicker}
                            data-testid="session-day"
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={14} lg={9}>
                        <Form.Item
                          name={[field.name, 'times']}
                          label={t('meetings.settings.times')}
                          rules={[{ required: true, message: t('validation.required') }]}
                          style={{ marginBottom: 0 }}
                        >
                          <TimePicker.RangePicker
                            format="HH:mm"
                            minuteStep={5}
                            needConfirm={false}
                            style={{ width: '100%' }}
                            placeholder={[t('meetings.settings.from'), t('meetings.settings.to')]}
                            onKeyDown={keepEnterInPicker}
                            data-testid="session-times"
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} lg={8}>
                        <Typography.Text type="secondary" className="meet-session-slots" data-testid="session-slots">
                          {t('meetings.settings.fits', { count, minutes: minutes ?? 0 })}
                        </Typography.Text>
                      </Col>
                    </Row>
                  </div>
                );
              })}
              <Form.ErrorList errors={errors} />
              <div>
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add(newSession(event))}
                  disabled={disabled || fields.length >= MEETING_LIMITS.maxSessions}
                  data-testid="session-add"
                >
                  {t('meetings.settings.addSession')}
                </Button>
              </div>
            </Flex>
          )}
        </Form.List>
      </Card>
      <div style={{ marginTop: 16 }}>
        {conflict && onReload ? (
          <ConflictAlert
            title={t('meetings.settings.conflict')}
            text={t('meetings.settings.conflictText')}
            reloadLabel={t('meetings.settings.reload')}
            onReload={reload}
            reloading={reloading}
            testId="programme-conflict"
          />
        ) : (
          <ApiErrorAlert error={save.error} />
        )}
        {disabled ? null : (
          <Button
            type="primary"
            htmlType="submit"
            icon={programme ? <SaveOutlined /> : <PlusOutlined />}
            loading={save.isPending}
            data-testid="programme-save"
          >
            {t(programme ? 'meetings.settings.save' : 'meetings.settings.open')}
          </Button>
        )}
      </div>
    </Form>
  );
}
