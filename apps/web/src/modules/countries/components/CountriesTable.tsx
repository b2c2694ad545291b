import type { CountryGradeDto } from '@alliance/contracts';
import { Empty, Flex, Grid, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countryName, formatDate } from '../../../lib/names';
import { OutlookTag, RiskGradeBadge } from './RiskGrade';

interface Props {
  grades: readonly CountryGradeDto[] | undefined;
  loading: boolean;
}

/** Every rated country with its grade, outlook and since when: the map's numbers as a table, sortable. */
export function CountriesTable({ grades, loading }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  // On a phone the date gives way (the profile has it), so the table needs no sideways scrolling.
  const wide = Grid.useBreakpoint().sm ?? true;
  const collator = new Intl.Collator(language === 'zh' ? 'zh-CN' : 'en');
  const name = (row: CountryGradeDto) => countryName(row.country, language);

  const columns: TableColumnsType<CountryGradeDto> = [
    {
      key: 'country',
      title: t('countries.fields.country'),
      sorter: (a, b) => collator.compare(name(a), name(b)),
      defaultSortOrder: 'ascend',
      render: (_, row) => <Link to={`/policy/countries/${row.country}`}>{name(row)}</Link>,
    },
    {
      key: 'grade',
      title: t('countries.list.gradeAndOutlook'),
      width: 150,
      sorter: (a, b) => a.grade - b.grade,
      render: (_, row) => (
        <Flex vertical gap={4} align="flex-start">
          <RiskGradeBadge grade={row.grade} />
          <OutlookTag outlook={row.outlook} labelled />
        </Flex>
      ),
    },
    {
      key: 'effectiveOn',
      title: t('countries.fields.effectiveOn'),
      width: 110,
      responsive: ['sm'],
      sorter: (a, b) => a.effectiveOn.localeCompare(b.effectiveOn),
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(row.effectiveOn, language)}</span>,
    },
  ];

  return (
    <Table<CountryGradeDto>
      data-testid="countries-table"
      size="middle"
      rowKey="country"
      columns={columns}
      dataSource={grades ? [...grades] : []}
      loading={loading}
      pagination={false}
      scroll={wide ? { x: 420 } : undefined}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('countries.list.empty')} /> }}
    />
  );
}
