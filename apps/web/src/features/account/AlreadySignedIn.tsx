import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import './account-texts.js';

/** Shown instead of the sign-in and sign-up forms to someone already signed in. */
export function AlreadySignedIn() {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <section className="narrow">
      <h1>{t('auth.alreadySignedInTitle')}</h1>
      <p>{t('auth.alreadySignedIn', { name: session?.user.fullName ?? '' })}</p>
      <p>
        <Link href="/tai-khoan" className="button">
          {t('auth.goToAccount')}
        </Link>
      </p>
    </section>
  );
}
