import { credentialFromText } from '@lantoa/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { execute } from '../../shared/graphql/execute.js';
import { formatDate } from '../../shared/format-date.js';
import { VerifyCertificateQuery } from './certificates.graphql.js';
import { checkSignature } from './verify-credential.js';
import './certificates-texts.js';

interface VerificationProps {
  /** The serial to look up (from the address, or from the credential). */
  serial: string | null;
  /** What came with it: the part after # of a verify URL, a pasted code or a scanned QR. */
  code: string | null;
}

/**
 * Two checks, said in plain words for a commune clerk: the signature of the credential (in this browser, with the
 * published keys, also offline) and the certificate's standing (valid, revoked, replaced, unknown), which needs the
 * network; without it the page says that revocation could not be checked.
 */
export function Verification({ serial, code }: VerificationProps) {
  const { t, i18n } = useTranslation();
  const jwt = code ? credentialFromText(code) : null;
  const signature = useQuery({
    queryKey: ['certificate-signature', jwt],
    queryFn: () => checkSignature(jwt!),
    enabled: Boolean(jwt),
    retry: false,
    staleTime: Infinity,
    // Runs offline too: the keys kept from an earlier visit are enough (react-query would pause it).
    networkMode: 'always',
  });
  const facts = signature.data?.ok ? signature.data.facts : null;
  const lookup = serial ?? facts?.serial ?? null;
  const standing = useQuery({
    queryKey: ['certificate-standing', lookup],
    queryFn: () => execute(VerifyCertificateQuery, { serial: lookup! }),
    enabled: Boolean(lookup),
    retry: false,
    // Offline it must fail (and say so), not wait paused or show an earlier answer as if it were current.
    networkMode: 'always',
    staleTime: 0,
    select: (data) => data.verifyCertificate,
  });
  const date = (value: unknown) => formatDate(value, i18n.language);
  const v = standing.error ? undefined : standing.data;

  return (
    <div className="verification">
      {code && !jwt && (
        <p className="verification__box verification__box--bad" role="alert">
          {t('certificates.badCode')}
        </p>
      )}
      {jwt && signature.isPending && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('certificates.checking')}
        </p>
      )}
      {signature.data && !signature.data.ok && (
        <p className="verification__box verification__box--bad" role="alert">
          {signature.data.reason === 'invalid' ? t('certificates.signatureBad') : t('certificates.noKeys')}
        </p>
      )}
      {facts && (
        <div className="verification__box verification__box--good" data-testid="signature-ok">
          <p className="verification__verdict">
            <span aria-hidden="true">✓ </span>
            {t('certificates.signatureGood')}
          </p>
          <p>
            {t('certificates.facts', {
              name: facts.holderName,
              course: facts.courseTitle,
              date: date(facts.completedAt),
              issuer: facts.issuer,
            })}
          </p>
        </div>
      )}

      {lookup && standing.isPending && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" /> {t('certificates.checkingStanding')}
        </p>
      )}
      {standing.error && (
        <p className="verification__box verification__box--warn" role="alert" data-testid="standing-unknown">
          {facts ? t('certificates.offlineSignedOnly') : t('certificates.offlineNothing')}
        </p>
      )}
      {v && (
        <div className={`verification__box verification__box--${v.result === 'VALID' ? 'good' : 'bad'}`} data-testid="standing">
          <p className="verification__verdict">
            {v.result === 'VALID' && t('certificates.resultValid')}
            {v.result === 'REVOKED' && t('certificates.resultRevoked')}
            {v.result === 'REPLACED' && t('certificates.resultReplaced')}
            {v.result === 'UNKNOWN' && t('certificates.resultUnknown', { serial: v.serial })}
          </p>
          {v.result !== 'UNKNOWN' && (
            <dl className="facts">
              <div>
                <dt>{t('certificates.holder')}</dt>
                <dd>{v.holderName}</dd>
              </div>
              <div>
                <dt>{t('certificates.course')}</dt>
                <dd>{v.courseTitle}</dd>
              </div>
              <div>
                <dt>{t('certificates.completedAt')}</dt>
                <dd>{date(v.completedAt)}</dd>
              </div>
              <div>
                <dt>{t('certificates.issuer')}</dt>
                <dd>{v.issuer}</dd>
              </div>
              <div>
                <dt>{t('certificates.serial')}</dt>
                <dd>{v.serial}</dd>
              </div>
            </dl>
          )}
          {v.result === 'REVOKED' && <p>{t('certificates.revokedWhy', { date: date(v.revokedAt), reason: v.revokedReason ?? '' })}</p>}
          {v.result === 'REPLACED' && v.replacedBySerial && (
            <p>
              {t('certificates.replacedBy')} <Link href={`/xac-minh/${v.replacedBySerial}`}>{v.replacedBySerial}</Link>
            </p>
          )}
          {facts && v.result !== 'UNKNOWN' && facts.holderName !== v.holderName && <p role="alert">{t('certificates.nameDiffers')}</p>}
        </div>
      )}
    </div>
  );
}
