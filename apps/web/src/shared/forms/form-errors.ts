import type { TFunction } from 'i18next';
import { GraphQLRequestError } from '../graphql/execute.js';

export interface FormErrors {
  /** The message for the top of the form (role="alert"), or null. */
  general: string | null;
  /** API field name → message in the reader's language. */
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { general: null, fields: {} };

function pick(text: { vi: string; en?: string | null }, language: string): string {
  return language === 'en' && text.en ? text.en : text.vi;
}

/** Turns a failed request into what a form shows: the API's own messages in the reader's language, or ours. */
export function formErrors(error: unknown, language: string, t: TFunction): FormErrors {
  if (!error) return NO_ERRORS;
  if (error instanceof GraphQLRequestError && error.code !== 'NETWORK_ERROR') {
    const fields: Record<string, string> = {};
    for (const f of error.fields) fields[f.field] ??= pick(f.message, language);
    return { general: error.messages ? pick(error.messages, language) : t('form.unknownError'), fields };
  }
  const offline = error instanceof TypeError || (error instanceof GraphQLRequestError && error.code === 'NETWORK_ERROR');
  return { general: offline ? t('form.networkError') : t('form.unknownError'), fields: {} };
}

/** Moves focus to the first field (in form order) the API complained about, so its message is read out. */
export function focusFirstInvalid(errors: FormErrors, order: Array<[field: string, inputId: string]>): void {
  const first = order.find(([field]) => errors.fields[field]);
  if (first) document.getElementById(first[1])?.focus();
}
