import { htmlLang, pickLocalized, readerLanguage, type SignatoryDto } from '@alliance/contracts';
import { Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { countryName, formatDate } from '../../../lib/names';
import { useSignatories } from '../api';

/** The public list of signatories: both names, country, date and statement, in the order they signed. */
export function SignatoriesTable({ initiativeId }: { initiativeId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const reader = readerLanguage(language);
  const [page, setPage] = useState(1);
  const query = useSignatories(initiativeId, page);

  return (
    <>
      <ApiErrorAlert error={query.error} />
      <Table<SignatoryDto>
        data-testid="signatories"
        rowKey="organizationId"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: t('initiatives.signatories.empty') }}
        scroll={{ x: 640 }}
        pagination={
          query.data && query.data.total > query.data.limit
            ? { current: page, pageSize: query.data.limit, total: query.data.total, onChange: setPage }
            : false
        }
        columns={[
          {
            key: 'name',
            title: t('initiatives.signatories.organization'),
            render: (_, s) => (
              <div data-testid="signatory">
                <div lang="en">{s.nameEn ?? '—'}</div>
                {s.nameZh ? (
                  <Typography.Text type="secondary" lang="zh-CN">
                    {s.nameZh}
                  </Typography.Text>
                ) : null}
              </div>
            ),
          },
          {
            key: 'country',
            title: t('initiatives.signatories.country'),
            render: (_, s) => countryName(s.country, language),
          },
          {
            key: 'date',
            title: t('initiatives.signatories.date'),
            render: (_, s) => formatDate(s.endorsedAt, language),
          },
          {
            key: 'statement',
            title: t('initiatives.signatories.statement'),
            render: (_, s) => {
              const statement = pickLocalized(s.statementEn, s.statementZh, reader);
              return statement ? <span lang={htmlLang(statement.language)}>{statement.text}</span> : '—';
            },
          },
        ]}
      />
    </>
  );
}
