import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { FormAlert, PasswordField, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { ChangePasswordMutation } from './account.graphql.js';
import './account-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['currentPassword', 'password-current'],
  ['newPassword', 'password-new'],
];

export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useMutation({
    mutationFn: () => execute(ChangePasswordMutation, { input: { currentPassword, newPassword } }),
    onSuccess: ({ changePassword: { accessToken, user } }) => {
      auth.setSession({ accessToken, user });
      setCurrentPassword('');
      setNewPassword('');
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(change.error, i18n.language, t);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!change.isPending) change.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.changePassword')}</h2>
      <FormAlert message={errors.general} />
      <PasswordField
        id="password-current"
        label={t('account.currentPassword')}
        autoComplete="current-password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={errors.fields.currentPassword}
      />
      <PasswordField
        id="password-new"
        label={t('account.newPassword')}
        hint={t('auth.passwordHint')}
        autoComplete="new-password"
        value={newPassword}
        onChange={setNewPassword}
        error={errors.fields.newPassword}
      />
      <p role="status" className={change.isSuccess ? 'form-success' : undefined}>
        {change.isSuccess ? t('account.passwordChanged') : ''}
      </p>
      <SubmitButton pending={change.isPending}>{t('account.changePasswordSubmit')}</SubmitButton>
    </form>
  );
}
