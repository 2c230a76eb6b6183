import { normalizeCertificateSerial } from '@lantoa/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { isAdmin } from '../account/roles.js';
import { useMe } from '../account/use-me.js';
import { Verification } from './Verification.js';
import './manage-texts.js';
import './certificates-texts.js';

/** /xac-minh/<serial>, reached from a certificate's QR code or share link: public, small, plain words. */
export default function VerifyPage() {
  const { t } = useTranslation();
  const params = useParams<{ serial: string }>();
  const serial = normalizeCertificateSerial(decodeURIComponent(params.serial ?? ''));
  const hash = typeof window === 'undefined' ? '' : window.location.hash.slice(1);
  const me = useMe();
  useDocumentTitle(t('certificates.verifyTitle'));
  return (
    <section className="narrow" aria-labelledby="verify-title">
      <h1 id="verify-title">{t('certificates.verifyTitle')}</h1>
      <p>{t('certificates.verifyIntro')}</p>
      <Verification serial={serial ?? params.serial ?? null} code={hash || null} />
      {/* Admins reach revocation and reissue from the serial a clerk or a learner gives them. */}
      {serial && me.data && isAdmin(me.data.roles) && (
        <p>
          <Link href={`/chung-nhan/${serial}`}>{t('manageCertificate.manage')}</Link>
        </p>
      )}
      <p>
        <Link href="/xac-minh">{t('certificates.scanAnother')}</Link>
      </p>
    </section>
  );
}
