import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { authHref, SIGN_IN } from '../account/return-to.js';
import { MyCertificates, useMyCertificates } from './MyCertificates.js';
import './certificates-texts.js';
import '../account/account-texts.js';

/**
 * /chung-nhan: the learner's certificates. Reached by "Nhận chứng nhận" right after the last quiz: with
 * `?moi=1` it opens the newest certificate at once.
 */
export default function MyCertificatesPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [, navigate] = useLocation();
  const certificates = useMyCertificates();
  useDocumentTitle(t('certificates.mine'));
  const fresh = typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('moi');
  const newest = certificates.data?.[0]?.serial;
  useEffect(() => {
    if (fresh && newest) navigate(`/chung-nhan/${newest}`, { replace: true });
  }, [fresh, newest, navigate]);

  if (auth.status === 'anonymous')
    return (
      <section className="narrow">
        <h1>{t('certificates.mine')}</h1>
        <p>
          <Link href={authHref(SIGN_IN, '/chung-nhan')} className="button button--primary">
            {t('account.signInToSee')}
          </Link>
        </p>
      </section>
    );
  return (
    <div className="narrow">
      <MyCertificates headingLevel={1} />
      <p>
        <Link href="/xac-minh">{t('certificates.scanTitle')}</Link>
      </p>
    </div>
  );
}
