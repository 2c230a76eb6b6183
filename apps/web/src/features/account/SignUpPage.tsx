import { normalizePhone } from '@lantoa/domain';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NO_PLACE, PlacePicker, type Place } from '../../shared/admin-units/PlacePicker.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { Field, FormAlert, PasswordField, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors, type FormErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { SignUpMutation } from './account.graphql.js';
import { AlreadySignedIn } from './AlreadySignedIn.js';
import { authHref, SIGN_IN, useReturnPath } from './return-to.js';
import './account-texts.js';

const FIELD_ORDER: Array<[string, string]> = [
  ['phone', 'signup-phone'],
  ['password', 'signup-password'],
  ['fullName', 'signup-fullName'],
  ['communeCode', 'signup-commune'],
];

interface SignUpValues {
  phone: string;
  password: string;
  fullName: string;
  communeCode: string;
}

/** What the API would accept again, checked here so a mended field loses its message at once. */
const LOOKS_VALID: Record<keyof SignUpValues, (value: string) => boolean> = {
  phone: (v) => normalizePhone(v) !== null,
  password: (v) => v.length >= 8,
  fullName: (v) => v.trim().length > 0 && v.trim().length <= 100 && /\p{L}/u.test(v),
  communeCode: (v) => v !== '',
};

/**
 * A field's error stays only while the field still holds what was sent, or what it holds cannot be right: a person
 * who picks their commune sees "✓ Đã chọn: …" without the old "⚠ Hãy chọn xã, phường…" under it.
 */
function currentErrors(errors: FormErrors, sent: SignUpValues | undefined, now: SignUpValues): FormErrors {
  if (!sent) return errors;
  const fields: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors.fields)) {
    const key = field as keyof SignUpValues;
    const mended = key in LOOKS_VALID && now[key] !== sent[key] && LOOKS_VALID[key](now[key]);
    if (!mended) fields[field] = message;
  }
  return { ...errors, fields };
}

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
    mutationFn: (input: SignUpValues) => execute(SignUpMutation, { input }),
    onSuccess: ({ signUp: { accessToken, user } }) => {
      auth.setSession({ accessToken, user });
      navigate(returnTo, { replace: true });
    },
    onError: (error) => focusFirstInvalid(formErrors(error, i18n.language, t), FIELD_ORDER),
  });
  const values: SignUpValues = { phone, password, fullName, communeCode: place.commune?.code ?? '' };
  const errors = currentErrors(formErrors(signUp.error, i18n.language, t), signUp.variables, values);

  if (auth.status === 'signedIn' && !signUp.isSuccess) return <AlreadySignedIn />;

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!signUp.isPending) signUp.mutate(values);
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
