import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { formatDateTime } from '../../shared/format-date.js';
import { useLocalized } from '../../shared/localized.js';
import type { WaitingQuiz } from './team-progress.js';
import { GrantQuizRoundMutation } from './teams.graphql.js';
import './teams-texts.js';

interface GiveQuizRoundProps {
  /** The query that shows the learner's quizzes, asked again once a round is given or refused. */
  refresh: QueryKey;
  userId: string;
  fullName: string;
  /** The member's module quizzes whose attempts are used up (from the team's progress). */
  waiting: WaitingQuiz[];
}

/**
 * On a member's row (for their leader or an admin) and on /cho-lam-lai (for trainers and admins): the quizzes the member waits for, and "Cho làm lại ngay" to give
 * a new round at once (after a confirmation). The result stays in the row, where the helper is looking, after the
 * refreshed progress no longer lists the quiz as waiting.
 */
export function GiveQuizRound({ refresh, userId, fullName, waiting }: GiveQuizRoundProps) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<WaitingQuiz | null>(null);
  const [given, setGiven] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);

  const grant = useMutation({
    mutationFn: (quiz: WaitingQuiz) => execute(GrantQuizRoundMutation, { input: { userId, quizId: quiz.quizId } }),
    onSuccess: (_, quiz) => {
      setGiven(t('round.given', { name: fullName, number: quiz.moduleNumber }));
      setAsking(null);
    },
    // Given or refused (someone else gave it first), the progress shown is asked again.
    onSettled: () => queryClient.invalidateQueries({ queryKey: refresh }),
  });
  const error = formErrors(grant.error, i18n.language, t).general;

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  if (waiting.length === 0 && !given && !error) return null;
  return (
    <div className="give-round">
      {waiting.map((quiz) => {
        const what = t('round.module', { number: quiz.moduleNumber, title: localized(quiz.title) });
        return (
          <div key={quiz.quizId} className="give-round__quiz">
            <p>
              {quiz.nextRoundAt
                ? t('round.waitingUntil', { what, time: formatDateTime(quiz.nextRoundAt, i18n.language) })
                : t('round.waiting', { what })}
            </p>
            {asking?.quizId === quiz.quizId ? (
              <div className="confirm" role="group" aria-labelledby={`round-${userId}-${quiz.quizId}`}>
                <p id={`round-${userId}-${quiz.quizId}`}>{t('round.confirm', { name: fullName, number: quiz.moduleNumber })}</p>
                <div className="button-row">
                  <button type="button" className="button button--primary" onClick={() => grant.mutate(quiz)} disabled={grant.isPending}>
                    {grant.isPending ? t('form.sending') : t('round.confirmYes')}
                  </button>
                  <button ref={cancelRef} type="button" className="button" onClick={() => setAsking(null)}>
                    {t('round.confirmNo')}
                  </button>
                </div>
              </div>
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => {
                  grant.reset();
                  setGiven('');
                  setAsking(quiz);
                }}
                aria-label={`${t('round.give')}: ${fullName}, ${t('round.moduleShort', { number: quiz.moduleNumber })}`}
              >
                {t('round.give')}
              </button>
            )}
          </div>
        );
      })}
      <p role="status" aria-live="polite" className={given ? 'form-success' : undefined}>
        {given}
      </p>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
