import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { amountProblem } from '../../money';
import { hasEither } from './requestForm';

/**
 * Whether the form must be complete: when it is being submitted, or was submitted already
 * (a submitted request keeps its required fields). Read when validating, never while rendering.
 */
export type MustComplete = () => boolean;

function filled(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return value !== null && value !== undefined;
}

/** Required only for submission: a draft may leave anything empty. */
export function requiredToSubmit(mustComplete: MustComplete, message: string): FormRule {
  return {
    validator: (_, value: unknown) =>
      !mustComplete() || filled(value) ? Promise.resolve() : Promise.reject(new Error(message)),
  };
}

/** One of two language versions (title, purpose) is required for submission; the rule sits on both fields. */
export function eitherLanguageToSubmit(mustComplete: MustComplete, en: string, zh: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: () =>
      !mustComplete() || hasEither(getFieldValue(en) as string | null, getFieldValue(zh) as string | null)
        ? Promise.resolve()
        : Promise.reject(new Error(message)),
  });
}

/** The amount as the API takes it: up to 16 digits and 2 decimals, above zero. */
export function amountRule(t: TFunction): FormRule {
  return {
    validator: (_, value: string | null) => {
      const problem = amountProblem(value);
      return problem
        ? Promise.reject(new Error(t(`financing.requests.form.amountProblem.${problem}`)))
        : Promise.resolve();
    },
  };
}
