import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Field, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { focusFirstInvalid, formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { isAdmin } from '../account/roles.js';
import { useMe } from '../account/use-me.js';
import { ReissueCertificateMutation, RevokeCertificateMutation } from './certificates.graphql.js';
import './manage-texts.js';

interface ManageCertificateProps {
  serial: string;
  holderName: string;
  status: string;
}

type Action = 'revoke' | 'reissue';
const FIELDS: Record<Action, Array<[field: string, inputId: string]>> = {
  revoke: [['reason', 'revoke-reason']],
  reissue: [['fullName', 'reissue-name']],
};

/**
 * On a certificate's page, for province and national admins: revoke it (with the reason verifiers will read) or issue
 * it again with a corrected name. Each asks once more before it is done, as neither can be undone. Whether this admin's
 * scope covers the holder is the API's to say: a refusal shows as the form's error.
 */
export function ManageCertificate({ serial, holderName, status }: ManageCertificateProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<Action | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [fullName, setFullName] = useState(holderName);
  const [tooShort, setTooShort] = useState(false);
  const [done, setDone] = useState<{ text: string; newSerial?: string } | null>(null);
  const noRef = useRef<HTMLButtonElement>(null);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['certificate', serial] }),
      queryClient.invalidateQueries({ queryKey: ['my-certificates'] }),
      queryClient.invalidateQueries({ queryKey: ['certificate-standing'] }),
    ]);
  const revoke = useMutation({
    mutationFn: () => execute(RevokeCertificateMutation, { input: { serial, reason: reason.trim() } }),
    onSuccess: async () => {
      setDone({ text: t('manageCertificate.revoked', { serial }) });
      setOpen(null);
      await refresh();
    },
    onError: () => setConfirming(false),
  });
  const reissue = useMutation({
    mutationFn: () => execute(ReissueCertificateMutation, { input: { serial, fullName: fullName.trim() } }),
    onSuccess: async ({ reissueCertificate }) => {
      setDone({ text: t('manageCertificate.reissued', { name: reissueCertificate.holderName }), newSerial: reissueCertificate.serial });
      setOpen(null);
      await refresh();
    },
    onError: () => setConfirming(false),
  });

  const mutation = open === 'revoke' ? revoke : reissue;
  useEffect(() => {
    // The safe answer has the focus when the question appears.
    if (confirming) noRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    // Refused: back in the form (enabled again), on the field the API named.
    if (!confirming && open && mutation.error) focusFirstInvalid(formErrors(mutation.error, i18n.language, t), FIELDS[open]);
  }, [confirming, open, mutation.error, i18n.language, t]);

  if (!me.data || !isAdmin(me.data.roles)) return null;
  if (status !== 'VALID' && !done) return null;

  const pending = revoke.isPending || reissue.isPending;
  const errors = formErrors(open ? mutation.error : null, i18n.language, t);

  function choose(action: Action) {
    revoke.reset();
    reissue.reset();
    setDone(null);
    setConfirming(false);
    setTooShort(false);
    setOpen(open === action ? null : action);
  }
  function ask(e: FormEvent) {
    e.preventDefault();
    mutation.reset();
    if (open === 'revoke' && reason.trim().length < 5) {
      setTooShort(true);
      document.getElementById('revoke-reason')?.focus();
      return;
    }
    setTooShort(false);
    setConfirming(true);
  }

  return (
    <section className="manage-certificate" aria-labelledby="manage-title">
      <h2 id="manage-title">{t('manageCertificate.title')}</h2>
      {done && (
        <p role="status" className="form-success">
          {done.text}{' '}
          {done.newSerial && (
            <Link href={`/chung-nhan/${done.newSerial}`}>{t('manageCertificate.openNew', { serial: done.newSerial })}</Link>
          )}
        </p>
      )}
      {status === 'VALID' && (
        <>
          <p className="button-row">
            <button type="button" className="button" aria-expanded={open === 'revoke'} onClick={() => choose('revoke')}>
              {t('manageCertificate.revoke')}
            </button>
            <button type="button" className="button" aria-expanded={open === 'reissue'} onClick={() => choose('reissue')}>
              {t('manageCertificate.reissue')}
            </button>
          </p>
          {open && (
            <form noValidate onSubmit={ask} className="form" aria-label={t(`manageCertificate.${open}`)}>
              <FormAlert message={errors.general && !Object.keys(errors.fields).length ? errors.general : null} />
              {open === 'revoke' ? (
                <Field
                  id="revoke-reason"
                  label={t('manageCertificate.reason')}
                  hint={t('manageCertificate.reasonHint')}
                  value={reason}
                  onChange={setReason}
                  maxLength={500}
                  disabled={confirming || pending}
                  error={tooShort ? t('manageCertificate.reasonTooShort') : errors.fields.reason}
                />
              ) : (
                <Field
                  id="reissue-name"
                  label={t('manageCertificate.fullName')}
                  hint={t('manageCertificate.fullNameHint')}
                  value={fullName}
                  onChange={setFullName}
                  autoComplete="off"
                  disabled={confirming || pending}
                  error={errors.fields.fullName}
                />
              )}
              {confirming ? (
                <div className="confirm" role="group" aria-labelledby="manage-confirm">
                  <p id="manage-confirm">
                    {open === 'revoke'
                      ? t('manageCertificate.confirmRevoke', { serial, name: holderName, reason: reason.trim() })
                      : t('manageCertificate.confirmReissue', { serial, name: fullName.trim() })}
                  </p>
                  <div className="button-row">
                    <button type="button" className="button button--primary" onClick={() => mutation.mutate()} disabled={pending}>
                      {pending ? t('form.sending') : t(open === 'revoke' ? 'manageCertificate.yesRevoke' : 'manageCertificate.yesReissue')}
                    </button>
                    <button ref={noRef} type="button" className="button" onClick={() => setConfirming(false)} disabled={pending}>
                      {t('manageCertificate.no')}
                    </button>
                  </div>
                </div>
              ) : (
                <SubmitButton pending={false}>
                  {t(open === 'revoke' ? 'manageCertificate.revokeNext' : 'manageCertificate.reissueNext')}
                </SubmitButton>
              )}
            </form>
          )}
        </>
      )}
    </section>
  );
}
