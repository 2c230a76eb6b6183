import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { Field, FormAlert, PasswordField, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { SignInMutation } from './account.graphql.js';
import { AlreadySignedIn } from './AlreadySignedIn.js';
import { authHref, RESET_PASSWORD, SIGN_UP, useReturnPath } from './return-to.js';
import { isAdmin } from './roles.js';
import './account-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['phone', 'signin-phone'],
  ['password', 'signin-password'],
];

export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [, navigate] = useLocation();
  const returnTo = useReturnPath();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  useDocumentTitle(t('auth.signInTitle'));

  const signIn = useMutation({
    mutationFn: () => execute(SignInMutation, { input: { phone, password } }),
    onSuccess: ({ signIn: { accessToken, user } }) => {
      auth.setSession({ accessToken, user: { id: user.id, fullName: user.fullName, phone: user.phone } });
      // Admins start from their reports unless they were on their way somewhere.
      navigate(returnTo === '/' && isAdmin(user.roles) ? '/bao-cao' : returnTo, { replace: true });
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(signIn.error, i18n.language, t);

  if (auth.status === 'signedIn' && !signIn.isSuccess) return <AlreadySignedIn />;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!signIn.isPending) signIn.mutate();
  }

  return (
    <section aria-labelledby="signin-title" className="narrow">
      <h1 id="signin-title">{t('auth.signInTitle')}</h1>
      <form noValidate onSubmit={submit} className="form">
        <FormAlert message={errors.general} />
        <Field
          id="signin-phone"
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          value={phone}
          onChange={setPhone}
          error={errors.fields.phone}
        />
        <PasswordField
          id="signin-password"
          label={t('auth.password')}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
        <SubmitButton pending={signIn.isPending}>{t('auth.signIn')}</SubmitButton>
      </form>
      <p className="form-footer">
        <Link href={RESET_PASSWORD}>{t('reset.forgot')}</Link>
      </p>
      <p className="form-footer">
        {t('auth.noAccount')} <Link href={authHref(SIGN_UP, returnTo)}>{t('auth.createAccount')}</Link>
      </p>
    </section>
  );
}
