import { POST_KINDS } from '@alliance/contracts';
import { DatePicker, Flex, Segmented, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../../components/CountrySelect';
import { ListSearch } from '../../../components/ListSearch';
import { SectorSelect } from '../../../components/SectorSelect';
import { useLocalizedName } from '../../../lib/names';
import { useOrganization } from '../../organizations/api';
import type { PostFilter } from '../api';
import type { PostFilterKey } from '../usePostListParams';

const ALL = 'all';
const DAY_FORMAT = 'YYYY-MM-DD';

interface Props {
  filter: PostFilter;
  onChange: (changes: Partial<Record<PostFilterKey, string | undefined>>) => void;
}

/** Words, kind, country, sector and publication dates; all kept in the address. */
export function PostFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const kinds = [ALL, ...POST_KINDS].map((kind) => ({
    value: kind,
    label: kind === ALL ? t('posts.filters.allKinds') : t(`posts.kind.${kind}`),
  }));

  return (
    <Flex vertical gap={12}>
      <div style={{ overflowX: 'auto' }}>
        <Segmented
          aria-label={t('posts.fields.kind')}
          options={kinds}
          value={filter.kind ?? ALL}
          onChange={(kind: string) => onChange({ kind: kind === ALL ? undefined : kind })}
        />
      </div>
      <Flex gap={12} wrap>
        <ListSearch value={filter.q} placeholder={t('posts.filters.search')} onSearch={(q) => onChange({ q })} />
        <CountrySelect
          allowClear
          aria-label={t('posts.fields.countries')}
          placeholder={t('posts.filters.country')}
          value={filter.country}
          onChange={(country?: string) => onChange({ country })}
          style={{ width: 200 }}
        />
        <SectorSelect
          allowClear
          aria-label={t('posts.fields.sectors')}
          placeholder={t('posts.filters.sector')}
          value={filter.sector}
          onChange={(sector) => onChange({ sector: typeof sector === 'string' ? sector : undefined })}
          style={{ width: 220 }}
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          aria-label={t('posts.filters.dates')}
          placeholder={[t('posts.filters.from'), t('posts.filters.to')]}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(dates) =>
            onChange({
              from: dates?.[0]?.format(DAY_FORMAT) ?? undefined,
              to: dates?.[1]?.format(DAY_FORMAT) ?? undefined,
            })
          }
        />
      </Flex>
      {filter.organizationId ? (
        <OrganizationFilterTag id={filter.organizationId} onClear={() => onChange({ organizationId: undefined })} />
      ) : null}
    </Flex>
  );
}

/** A feed opened from an organization's profile shows only its posts, until the tag is closed. */
function OrganizationFilterTag({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useTranslation();
  const nameOf = useLocalizedName();
  const organization = useOrganization(id);
  const name = organization.data ? nameOf(organization.data) : '…';
  return (
    <div>
      <Tag closable onClose={onClear} color="blue">
        {t('posts.filters.organization', { name })}
      </Tag>
    </div>
  );
}
