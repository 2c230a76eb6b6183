import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { authHref, SIGN_IN } from '../account/return-to.js';

/** What a signed-out visitor sees on a page that needs an account. */
export function SignInFirst({ title, message, returnTo }: { title: string; message: string; returnTo: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <Link href={authHref(SIGN_IN, returnTo)} className="button button--primary">
          {t('auth.signIn')}
        </Link>
      </p>
    </section>
  );
}
