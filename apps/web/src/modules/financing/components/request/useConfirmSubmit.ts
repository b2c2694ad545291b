import type { FinancingOrgRef } from '@alliance/contracts';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../../../lib/names';

/** Whom a request is about to be shared with: every institution, those named, or (in the form, before names are known) how many are named. */
export type SubmitAudience = { audience: 'all' } | { audience: 'named'; institutions: FinancingOrgRef[] | number };

/**
 * The one confirmation before a request is submitted, from its page or from the form: whom it
 * goes to and what follows. Resolves true once confirmed (after `onOk`, which the dialog waits
 * for), false when cancelled.
 */
export function useConfirmSubmit() {
  const { t, i18n } = useTranslation();
  const { modal } = App.useApp();

  return (to: SubmitAudience, onOk?: () => Promise<unknown>): Promise<boolean> => {
    const audience =
      to.audience === 'all'
        ? t('financing.audience.all')
        : typeof to.institutions === 'number'
          ? t('financing.requests.submit.namedCount', { count: to.institutions })
          : to.institutions
              .map((institution) => pickName(institution, i18n.resolvedLanguage))
              .join(t('financing.requests.listSeparator'));
    return modal
      .confirm({
        title: t('financing.requests.submit.title'),
        content: t('financing.requests.submit.explain', { audience }),
        okText: t('financing.requests.submit.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { ...{ 'data-testid': 'confirm-submit' } },
        onOk,
      })
      .then(
        (confirmed) => confirmed,
        () => false,
      );
  };
}
