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
            // Both names, the reader's language first.
            render: (_, s) => {
              const names = [
                { text: s.nameEn, lang: 'en' },
                { text: s.nameZh, lang: 'zh-CN' },
              ].filter((name): name is { text: string; lang: string } => Boolean(name.text));
              if (reader === 'zh') names.reverse();
              const [first, second] = names;
              return (
                <div data-testid="signatory">
                  <div lang={first?.lang}>{first?.text ?? '—'}</div>
                  {second ? (
                    <Typography.Text type="secondary" lang={second.lang}>
                      {second.text}
                    </Typography.Text>
                  ) : null}
                </div>
              );
            },
          },
          {
            key: 'country',
            title: t('initiatives.signatories.country'),
            render: (_, s) => countryName(s.country, language),
          },
          {
            key: 'date',
            title: t('initiatives.signatories.date'),
            render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{formatDate(s.endorsedAt, language)}</span>,
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
