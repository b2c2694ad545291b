import type { UseMutationResult } from '@tanstack/react-query';
import { Button, Form, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/ButtonLink';
import { isApiError } from '../../../lib/apiClient';
import { applyApiFieldErrors } from '../../../lib/forms';
import { AuthCard } from './AuthCard';
import { MissingToken } from './MissingToken';
import { PasswordFields } from './PasswordFields';
import { TokenErrorAlert } from './TokenErrorAlert';

export interface TokenPasswordValues {
  password: string;
  passwordConfirm: string;
  [field: string]: string | undefined;
}

interface Props<Body> {
  /** Where the page's texts are: `auth.<texts>.title`, `.intro`, `.doneTitle`, `.doneText`, `.submit`. */
  texts: 'invitation' | 'reset';
  /** The form's name (its fields' ids start with it). */
  name: string;
  mutation: UseMutationResult<void, Error, Body>;
  /** The request body from the link's token and the form's values. */
  body: (token: string, values: TokenPasswordValues) => Body;
  /** How a used or expired link is answered: what to do, and where a new link can be had. */
  retryHint: string;
  retryLink?: string;
  /** Fields above the password (an invitation's name). */
  children?: ReactNode;
}

/**
 * A page reached from an e-mailed link that sets a password (accepting an invitation, resetting a
 * password): the token from the address, a new password twice, the API's answer in place.
 */
export function TokenPasswordForm<Body>({ texts, name, mutation, body, retryHint, retryLink, children }: Props<Body>) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [form] = Form.useForm<TokenPasswordValues>();

  if (!token) {
    return (
      <AuthCard title={t(`auth.${texts}.title`)}>
        <MissingToken />
      </AuthCard>
    );
  }

  if (mutation.isSuccess) {
    return (
      <AuthCard title={t(`auth.${texts}.title`)}>
        <Result
          status="success"
          title={t(`auth.${texts}.doneTitle`)}
          subTitle={t(`auth.${texts}.doneText`)}
          extra={
            <ButtonLink to="/login" type="primary">
              {t('auth.login.submit')}
            </ButtonLink>
          }
        />
      </AuthCard>
    );
  }

  const submit = (values: TokenPasswordValues) =>
    mutation.mutate(body(token, values), {
      onError: (error) => {
        if (isApiError(error) && error.code === 'WEAK_PASSWORD') {
          form.setFields([{ name: 'password', errors: [t('errors.WEAK_PASSWORD')] }]);
        } else {
          applyApiFieldErrors(form, error, t);
        }
      },
    });

  return (
    <AuthCard title={t(`auth.${texts}.title`)} intro={t(`auth.${texts}.intro`)}>
      <TokenErrorAlert error={mutation.error} retryHint={retryHint} retryLink={retryLink} />
      <Form
        form={form}
        name={name}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        disabled={mutation.isPending}
      >
        {children}
        <PasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={mutation.isPending}>
          {t(`auth.${texts}.submit`)}
        </Button>
      </Form>
    </AuthCard>
  );
}
