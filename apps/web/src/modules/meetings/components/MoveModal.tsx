import type { MeetingDto, MeetingScheduleDto } from '@alliance/contracts';
import { App, Button, Flex, Form, Modal, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { useMovePlacement } from '../api';
import { formatSlot } from '../meetingTime';
import { slotChoices } from '../scheduleGrid';
import { MeetingParties } from './MeetingsTable';

interface Props {
  meeting: MeetingDto;
  schedule: MeetingScheduleDto;
  onClose: () => void;
}

interface Values {
  slot: string | undefined;
  /** Empty: the lowest free table. */
  table: number | undefined;
}

/**
 * The organizer moves an accepted meeting to another slot and table by hand (the API checks the
 * same rules as the scheduler), or takes it out of its slot. Slots where one side already meets
 * are offered but marked; the API says why when it refuses.
 */
export function MoveModal({ meeting, schedule, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const move = useMovePlacement();
  const zone = schedule.timeZone;
  const choices = useMemo(() => slotChoices(schedule, meeting), [schedule, meeting]);
  const slot = Form.useWatch('slot', form);
  const chosen = choices.find((choice) => choice.startsAt === slot);

  // One flat list (the day in each label): antd's grouped options break the listbox's ARIA.
  const options = choices.map((choice) => {
    const note = choice.current
      ? t('meetings.move.current')
      : choice.busy
        ? t('meetings.move.busy')
        : choice.freeTables.length === 0
          ? t('meetings.move.full')
          : t('meetings.move.free', { count: choice.freeTables.length });
    return {
      value: choice.startsAt,
      label: `${formatSlot(choice.startsAt, choice.endsAt, zone, language)} · ${note}`,
      disabled: !choice.current && choice.freeTables.length === 0,
    };
  });

  const send = (body: { slotStartsAt: string | null; table?: number | null }, done: string) =>
    move.mutate(
      { id: meeting.id, body },
      {
        onSuccess: () => {
          void message.success(done);
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t('meetings.move.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Flex justify="space-between" gap={8} wrap>
          {meeting.placement ? (
            <Button
              danger
              onClick={() => send({ slotStartsAt: null }, t('meetings.move.unplaced'))}
              loading={move.isPending && move.variables?.body.slotStartsAt === null}
              data-testid="move-unplace"
            >
              {t('meetings.move.unplace')}
            </Button>
          ) : (
            <span />
          )}
          <Flex gap={8}>
            <Button onClick={onClose}>{t('meetings.actions.back')}</Button>
            <Button
              type="primary"
              onClick={() => form.submit()}
              loading={move.isPending && move.variables?.body.slotStartsAt !== null}
              data-testid="confirm-move"
            >
              {t('meetings.move.ok')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="move-parties">
        <MeetingParties meeting={meeting} wide />
        <Typography.Text type="secondary">{t('meetings.move.explain')}</Typography.Text>
      </Flex>
      <ApiErrorAlert error={move.error} />
      <Form<Values>
        form={form}
        name="meeting-move"
        layout="vertical"
        initialValues={{ slot: choices.find((choice) => choice.current)?.startsAt, table: meeting.placement?.table }}
        onFinish={(values) =>
          send({ slotStartsAt: values.slot ?? null, table: values.table ?? null }, t('meetings.move.done'))
        }
      >
        <Form.Item<Values>
          name="slot"
          label={t('meetings.move.slot')}
          extra={t('meetings.move.slotHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Select
            options={options}
            placeholder={t('meetings.move.slotPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldValue('table', undefined)}
            data-testid="move-slot"
          />
        </Form.Item>
        <Form.Item<Values> name="table" label={t('meetings.move.table')}>
          <Select
            allowClear
            placeholder={t('meetings.move.lowestFree')}
            options={(chosen?.freeTables ?? []).map((table) => ({
              value: table,
              label: t('meetings.table.tableNumber', { table }),
            }))}
            data-testid="move-table"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
