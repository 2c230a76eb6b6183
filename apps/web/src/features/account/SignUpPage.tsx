import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NO_PLACE, PlacePicker, type Place } from '../../shared/admin-units/PlacePicker.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { Field, FormAlert, PasswordField, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { SignUpMutation } from './account.graphql.js';
import { AlreadySignedIn } from './AlreadySignedIn.js';
import { authHref, SIGN_IN, useReturnPath } from './return-to.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['phone', 'signup-phone'],
  ['password', 'signup-password'],
  ['fullName', 'signup-fullName'],
  ['communeCode', 'signup-commune'],
];

export default function SignUpPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const [, navigate] = useLocation();
  const returnTo = useReturnPath();
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [fullName, setFullName] = useState('');
  const [place, setPlace] = useState<Place>(NO_PLACE);
  useDocumentTitle(t('auth.signUpTitle'));

  const signUp = useMutation({
    mutationFn: () => execute(SignUpMutation, { input: { phone, password, fullName, communeCode: place.commune?.code ?? '' } }),
    onSuccess: ({ signUp: { accessToken, user } }) => {
      auth.setSession({ accessToken, user });
      navigate(returnTo, { replace: true });
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const errors = formErrors(signUp.error, i18n.language, t);

  if (auth.status === 'signedIn' && !signUp.isSuccess) return <AlreadySignedIn />;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!signUp.isPending) signUp.mutate();
  }

  return (
    <section aria-labelledby="signup-title" className="narrow">
      <h1 id="signup-title">{t('auth.signUpTitle')}</h1>
      <p>{t('auth.signUpIntro')}</p>
      <form noValidate onSubmit={submit} className="form">
        <FormAlert message={errors.general} />
        <Field
          id="signup-phone"
          label={t('auth.phone')}
          hint={t('auth.phoneHint')}
          type="tel"
          inputMode="numeric"
          autoComplete="tel"
          value={phone}
          onChange={setPhone}
          error={errors.fields.phone}
          aria-required
        />
        <PasswordField
          id="signup-password"
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          aria-required
        />
        <Field
          id="signup-fullName"
          label={t('auth.fullName')}
          hint={t('auth.fullNameHint')}
          type="text"
          autoComplete="name"
          autoCapitalize="words"
          value={fullName}
          onChange={setFullName}
          error={errors.fields.fullName}
          aria-required
        />
        <PlacePicker id="signup" value={place} onChange={setPlace} error={errors.fields.communeCode} />
        <SubmitButton pending={signUp.isPending}>{t('auth.signUp')}</SubmitButton>
      </form>
      <p className="form-footer">
        {t('auth.haveAccount')} <Link href={authHref(SIGN_IN, returnTo)}>{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
