import { POST_LIMITS, type PostRef } from '@alliance/contracts';
import { Card, Col, DatePicker, Form, Row, Select, type FormRule } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SectorSelect } from '../../../components/SectorSelect';
import { useLocalizedName } from '../../../lib/names';
import { useOrganizationParks } from '../../organizations/api';
import type { PostFormValues } from '../postForm';
import { CountriesSelect } from '../../../components/CountrySelect';
import { keepEnterInPicker } from '../../../lib/forms';

interface Props {
  /** Whose parks are offered: the post's organization, else the one chosen, else the author's own. */
  organizationId: string | undefined;
  /** The park the post names now, so it shows by name even before the list has loaded. */
  currentPark?: PostRef | null;
}

const PARKS_LIMIT = 100;

/** What the post concerns and how long it stays: countries, sectors, tags, a park, an expiry date. */
export function PostTopicFields({ organizationId, currentPark }: Props) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const form = Form.useFormInstance<PostFormValues>();
  const parks = useOrganizationParks(organizationId, 1, PARKS_LIMIT);
  const parkOptions = (parks.data?.items ?? []).map((park) => ({ value: park.id, label: nameOf(park) }));
  if (currentPark && !parkOptions.some((option) => option.value === currentPark.id)) {
    parkOptions.unshift({ value: currentPark.id, label: nameOf(currentPark) });
  }

  // Another organization's park cannot be this post's: choosing the organization again clears it.
  const previous = useRef(organizationId);
  useEffect(() => {
    if (previous.current !== organizationId) form.setFieldValue('parkId', null);
    previous.current = organizationId;
  }, [organizationId, form]);

  const tagRule: FormRule = {
    validator: (_rule, tags: string[] | undefined) =>
      (tags ?? []).some((tag) => tag.trim().length > POST_LIMITS.tagLength)
        ? Promise.reject(new Error(t('posts.form.tagTooLong', { max: POST_LIMITS.tagLength })))
        : Promise.resolve(),
  };

  return (
    <Card title={t('posts.form.sections.topics')} style={{ marginBottom: 24 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="countries"
            label={t('posts.fields.countries')}
            extra={t('posts.form.countriesHint', { max: POST_LIMITS.countries })}
          >
            <CountriesSelect
              max={POST_LIMITS.countries}
              allowClear
              placeholder={t('posts.form.countriesPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="sectors" label={t('posts.fields.sectors')}>
            <SectorSelect mode="multiple" allowClear placeholder={t('posts.form.sectorsPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="tags"
            label={t('posts.fields.tags')}
            extra={t('posts.form.tagsHint', { max: POST_LIMITS.tags })}
            rules={[tagRule]}
          >
            <Select
              mode="tags"
              maxCount={POST_LIMITS.tags}
              tokenSeparators={[',', '，']}
              notFoundContent={null}
              placeholder={t('posts.form.tagsPlaceholder')}
              aria-label={t('posts.fields.tags')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="parkId" label={t('posts.fields.park')} extra={t('posts.form.parkHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={parks.isFetching}
              disabled={!organizationId}
              options={parkOptions}
              placeholder={t(
                parkOptions.length || parks.isPending ? 'posts.form.parkPlaceholder' : 'posts.form.noParks',
              )}
              notFoundContent={t('posts.form.noParks')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="expiresAt" label={t('posts.fields.expiresAt')} extra={t('posts.form.expiresHint')}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isBefore(dayjs(), 'day')}
              placeholder={t('posts.form.expiresPlaceholder')}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
