import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { formatDate } from '../../shared/format-date.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { authHref, SIGN_IN } from '../account/return-to.js';
import { CertificateQuery } from './certificates.graphql.js';
import { CertificateQr } from './CertificateQr.js';
import { downloadCertificatePdf } from './download-pdf.js';
import { ManageCertificate } from './ManageCertificate.js';
import './manage-texts.js';
import './certificates-texts.js';
import '../account/account-texts.js';

/** /chung-nhan/<serial>: the holder's certificate, its PDF, the link to share and its QR code on screen. */
export default function CertificatePage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  const { serial = '' } = useParams<{ serial: string }>();
  useDocumentTitle(t('certificates.title'));
  const certificate = useQuery({
    queryKey: ['certificate', serial, auth.session?.user.id ?? null],
    queryFn: () => execute(CertificateQuery, { serial }),
    enabled: auth.status === 'signedIn',
    select: (data) => data.certificate,
  });
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState(false);
  const [copied, setCopied] = useState(false);

  if (auth.status === 'anonymous')
    return (
      <section className="narrow">
        <h1>{t('certificates.title')}</h1>
        <p>
          <Link href={authHref(SIGN_IN, `/chung-nhan/${serial}`)} className="button button--primary">
            {t('account.signInToSee')}
          </Link>
        </p>
      </section>
    );

  const c = certificate.data;
  async function download() {
    setDownloading(true);
    setDownloadError(false);
    try {
      await downloadCertificatePdf(c!.serial);
    } catch {
      setDownloadError(true);
    } finally {
      setDownloading(false);
    }
  }
  async function share() {
    if (navigator.share) {
      await navigator.share({ title: t('certificates.title'), url: c!.verifyUrl }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(c!.verifyUrl).then(
      () => setCopied(true),
      () => undefined,
    );
  }

  return (
    <section className="narrow certificate" aria-labelledby="certificate-title">
      <p>
        <Link href="/chung-nhan">← {t('certificates.mine')}</Link>
      </p>
      <h1 id="certificate-title">{t('certificates.title')}</h1>
      <QueryState
        isPending={auth.status === 'restoring' || certificate.isPending}
        error={certificate.error}
        onRetry={() => void certificate.refetch()}
      >
        {c === null && <p>{t('certificates.notFound')}</p>}
        {c && (
          <>
            <p className="certificate__congrats">{t('certificates.congrats', { name: c.holderName, course: c.courseTitle })}</p>
            {c.status !== 'VALID' && (
              <p className="verification__box verification__box--bad" role="alert">
                {c.status === 'REVOKED'
                  ? t('certificates.revokedWhy', { date: formatDate(c.revokedAt, i18n.language), reason: c.revokedReason ?? '' })
                  : t('certificates.resultReplaced')}{' '}
                {c.replacedBySerial && (
                  <Link href={`/chung-nhan/${c.replacedBySerial}`}>{t('manageCertificate.openNew', { serial: c.replacedBySerial })}</Link>
                )}
              </p>
            )}
            <dl className="facts">
              <div>
                <dt>{t('certificates.serial')}</dt>
                <dd>{c.serial}</dd>
              </div>
              <div>
                <dt>{t('certificates.completedAt')}</dt>
                <dd>{formatDate(c.completedAt, i18n.language)}</dd>
              </div>
              <div>
                <dt>{t('certificates.issuer')}</dt>
                <dd>{c.issuer}</dd>
              </div>
            </dl>
            <h2>{t('certificates.modules')}</h2>
            <ol className="plain-list">
              {c.modules.map((m) => (
                <li key={m.position}>
                  {m.position}. {m.title}
                  {m.variantTitle ? ` (${m.variantTitle})` : ''}
                </li>
              ))}
            </ol>
            <p className="button-row">
              <button type="button" className="button button--primary button--large" onClick={() => void download()} disabled={downloading}>
                {downloading ? t('certificates.downloading') : t('certificates.downloadPdf')}
              </button>
              <button type="button" className="button button--large" onClick={() => void share()}>
                {t('certificates.share')}
              </button>
            </p>
            {downloadError && <p role="alert">{t('certificates.downloadFailed')}</p>}
            {copied && <p role="status">{t('certificates.copied')}</p>}
            <p>
              <label htmlFor="share-link">{t('certificates.shareLink')}</label>
              <input id="share-link" className="input" readOnly value={c.verifyUrl} onFocus={(e) => e.currentTarget.select()} />
            </p>
            <p>
              <a href={c.verifyUrl} data-testid="verify-link">
                {t('certificates.openVerify')}
              </a>
            </p>
            <h2>{t('certificates.qrTitle')}</h2>
            <p>{t('certificates.qrHelp')}</p>
            <CertificateQr qrUrl={c.qrUrl} label={t('certificates.qrLabel', { serial: c.serial })} />
            <ManageCertificate serial={c.serial} holderName={c.holderName} status={c.status} />
          </>
        )}
      </QueryState>
    </section>
  );
}
