import type { ParkDto } from '@alliance/contracts';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The description in the reader's language, else the other one, marked as such. */
export function ParkDescription({ park }: { park: ParkDto }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.resolvedLanguage === 'zh';
  const preferred = zh ? park.descriptionZh : park.descriptionEn;
  const other = zh ? park.descriptionEn : park.descriptionZh;
  const text = preferred || other;
  if (!text) return <Typography.Text type="secondary">{t('parks.detail.noDescription')}</Typography.Text>;
  const inOther = !preferred;
  // The text's own language, so screen readers and fonts get it right.
  const lang = zh !== inOther ? 'zh-CN' : 'en';
  return (
    <div>
      {inOther ? (
        <Tag variant="filled" style={{ marginBottom: 8 }}>
          {t('parks.detail.shownInOtherLanguage')}
        </Tag>
      ) : null}
      <Typography.Paragraph lang={lang} style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
        {text}
      </Typography.Paragraph>
    </div>
  );
}
