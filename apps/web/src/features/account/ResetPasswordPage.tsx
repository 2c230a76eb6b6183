import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field, FormAlert, PasswordField, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { ResetPasswordWithCodeMutation } from './password-reset.graphql.js';
import { SIGN_IN } from './return-to.js';
import './account-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['phone', 'reset-phone'],
  ['code', 'reset-code'],
  ['newPassword', 'reset-password'],
];

/**
 * A forgotten password, the way teams work: the person's team leader (or an admin) makes a one-time code in Lan Tỏa
 * and reads it out; the person enters it here with a new password. No SMS is needed.
 */
export default function ResetPasswordPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('reset.title'));
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => execute(ResetPasswordWithCodeMutation, { input: { phone, code, newPassword } }),
    onSuccess: () => document.getElementById('reset-done')?.focus(),
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(reset.error, i18n.language, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!reset.isPending) reset.mutate();
  }

  if (reset.data) {
    return (
      <section className="narrow" aria-labelledby="reset-done">
        <h1 id="reset-done" tabIndex={-1}>
          {t('reset.doneTitle')}
        </h1>
        <p>{t('reset.done')}</p>
        <Link href={SIGN_IN} className="button button--primary">
          {t('auth.signIn')}
        </Link>
      </section>
    );
  }
  return (
    <section aria-labelledby="reset-title" className="narrow">
      <h1 id="reset-title">{t('reset.title')}</h1>
      <p>{t('reset.whomToAsk')}</p>
      <form noValidate onSubmit={submit} className="form">
        <FormAlert message={errors.general} />
        <Field
          id="reset-phone"
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          value={phone}
          onChange={setPhone}
          error={errors.fields.phone}
        />
        <Field
          id="reset-code"
          label={t('reset.code')}
          hint={t('reset.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
        <PasswordField
          id="reset-password"
          label={t('reset.newPassword')}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={errors.fields.newPassword}
        />
        <SubmitButton pending={reset.isPending}>{t('reset.submit')}</SubmitButton>
      </form>
    </section>
  );
}
