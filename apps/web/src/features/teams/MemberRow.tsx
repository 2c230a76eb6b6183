import { formatPhone } from '@lantoa/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamQuery } from '../../gql/graphql.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { formatDateTime } from '../../shared/format-date.js';
import { CreatePasswordResetCodeMutation } from '../account/password-reset.graphql.js';
import { GiveQuizRound } from './GiveQuizRound.js';
import { refreshTeam } from './refresh-team.js';
import type { WaitingQuiz } from './team-progress.js';
import { RemoveTeamMemberMutation, SetTeamLeaderMutation } from './teams.graphql.js';
import './teams-texts.js';
import '../account/account-texts.js';

export type Member = TeamQuery['team']['members'][number];

interface MemberRowProps {
  teamId: string;
  member: Member;
  /** Admins name leaders and remove anyone; a team's leader removes its plain members (never themselves). */
  manage: 'admin' | 'leader' | null;
  isSelf: boolean;
  /** The member's quizzes whose attempts are used up, from the team's progress (empty when not known). */
  waitingQuizzes: WaitingQuiz[];
  /** Says what happened in the page's live region. */
  onDone(message: string, removed?: boolean): void;
}

/**
 * One member: name, phone, role; for admins, make or unmake leader and remove (after a confirmation); for admins and
 * for the leader of a plain member, a password reset code and a new quiz round (the API decides again).
 */
export function MemberRow({ teamId, member, manage, isSelf, waitingQuizzes, onDone }: MemberRowProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { user } = member;
  const leader = member.role === 'leader';
  const refresh = () => refreshTeam(queryClient, teamId);
  // A leader helps plain members; another leader is helped by an admin (helper-policy.ts in the API).
  const mayHelp = !isSelf && (manage === 'admin' || !leader);

  const setLeader = useMutation({
    mutationFn: () => execute(SetTeamLeaderMutation, { input: { teamId, userId: user.id, leader: !leader } }),
    onSuccess: async ({ setTeamLeader }) => {
      await refresh();
      onDone(
        setTeamLeader.role === 'leader' ? t('team.leaderSet', { name: user.fullName }) : t('team.leaderUnset', { name: user.fullName }),
      );
    },
  });
  const remove = useMutation({
    mutationFn: () => execute(RemoveTeamMemberMutation, { input: { teamId, userId: user.id } }),
    onSuccess: async () => {
      await refresh();
      onDone(t('team.removed', { name: user.fullName }), true);
    },
  });
  const resetCode = useMutation({
    mutationFn: () => execute(CreatePasswordResetCodeMutation, { input: { userId: user.id } }),
  });
  const error = formErrors(setLeader.error ?? remove.error ?? resetCode.error, i18n.language, t).general;

  // The safe answer gets focus when the question appears.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const leaderLabel = leader ? t('team.unsetLeader') : t('team.makeLeader');
  const phone = /^\+84\d{9}$/.test(user.phone) ? formatPhone(user.phone) : user.phone;
  return (
    <tr role="row">
      <td role="cell">
        <span className="stack-table__label" aria-hidden="true">
          {t('team.colName')}:{' '}
        </span>
        <strong>{user.fullName}</strong>
        {user.status === 'pending' && <span className="card__meta"> ({t('team.pending')})</span>}
      </td>
      <td role="cell">
        <span className="stack-table__label" aria-hidden="true">
          {t('team.colPhone')}:{' '}
        </span>
        <a href={`tel:${user.phone}`} className="phone-number">
          {phone}
        </a>
      </td>
      <td role="cell">
        <span className="stack-table__label" aria-hidden="true">
          {t('team.colRole')}:{' '}
        </span>
        {leader ? t('team.roleLeader') : t('team.roleMember')}
      </td>
      {manage && (
        <td role="cell">
          {confirming ? (
            <div className="confirm" role="group" aria-labelledby={`remove-${user.id}`}>
              <p id={`remove-${user.id}`}>{t('team.confirmRemove', { name: user.fullName })}</p>
              <div className="button-row">
                <button type="button" className="button button--danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
                  {remove.isPending ? t('form.sending') : t('team.confirmYes')}
                </button>
                <button ref={cancelRef} type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('team.confirmNo')}
                </button>
              </div>
            </div>
          ) : (
            <div className="button-row">
              {/* The name starts with the visible words (for voice control) and says whom it is about (for screen readers). */}
              {manage === 'admin' && (
                <button
                  type="button"
                  className="button"
                  onClick={() => setLeader.mutate()}
                  disabled={setLeader.isPending}
                  aria-label={`${leaderLabel}: ${user.fullName}`}
                >
                  {leaderLabel}
                </button>
              )}
              {mayHelp && user.status !== 'pending' && (
                <button
                  type="button"
                  className="button"
                  onClick={() => resetCode.mutate()}
                  disabled={resetCode.isPending}
                  aria-label={`${t('reset.makeCode')}: ${user.fullName}`}
                >
                  {t('reset.makeCode')}
                </button>
              )}
              {(manage === 'admin' || (!leader && !isSelf)) && (
                <button
                  type="button"
                  className="button"
                  onClick={() => setConfirming(true)}
                  aria-label={`${t('team.remove')}: ${user.fullName}`}
                >
                  {t('team.remove')}
                </button>
              )}
            </div>
          )}
          <div role="status" aria-live="polite">
            {resetCode.data && (
              <div className="reset-code">
                <p className="reset-code__value">
                  {t('reset.codeFor', {
                    name: resetCode.data.createPasswordResetCode.fullName,
                    code: resetCode.data.createPasswordResetCode.code,
                  })}
                </p>
                <p>{t('reset.codeUntil', { time: formatDateTime(resetCode.data.createPasswordResetCode.expiresAt, i18n.language) })}</p>
              </div>
            )}
          </div>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          {mayHelp && (
            <GiveQuizRound refresh={['team-progress', teamId]} userId={user.id} fullName={user.fullName} waiting={waitingQuizzes} />
          )}
        </td>
      )}
    </tr>
  );
}
