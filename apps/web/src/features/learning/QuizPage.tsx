import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { QuizQuery as QuizQueryResult } from '../../gql/graphql.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute, GraphQLRequestError } from '../../shared/graphql/execute.js';
import { pickText, useLocalized } from '../../shared/localized.js';
import * as queue from '../../shared/progress/queue.js';
import { isRetryable, outcomeOf } from '../../shared/progress/sync.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { authHref, SIGN_IN, SIGN_UP } from '../account/return-to.js';
import { errorCode, retryUnlessFinal } from '../teams/team-errors.js';
import { QuizQuery } from './learning.graphql.js';
import { downloadedQuiz } from '../offline/downloads.js';
import { QuizReview } from './QuizReview.js';
import { QuizWait } from './QuizWait.js';
import { useNextModule } from './use-next-module.js';
import { loadQuizSession, saveQuizSession, type QuizSession } from './quiz-session.js';
import { queueQuizSubmission, sendQuizSubmission } from './quiz-submit.js';
import './quiz-texts.js';

type Quiz = QuizQueryResult['quiz'];

export default function QuizPage({ params }: { params: { slug: string; quizId: string } }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const { status, session } = useAuth();
  const userId = session?.user.id ?? null;
  const quiz = useQuery({
    queryKey: ['quiz', params.quizId, userId],
    // Without a network, the quiz as downloaded for offline study (its questions only; the server grades it later).
    // The queue is read too, before the quiz shows: a submission waiting in it comes back on screen (quiz-session.ts).
    queryFn: async () => {
      const [data] = await Promise.all([
        execute(QuizQuery, { id: params.quizId }).catch(async (error: unknown) => {
          const saved = userId && isRetryable(error) ? await downloadedQuiz(userId, params.quizId) : undefined;
          if (!saved) throw error;
          return { quiz: saved };
        }),
        queue.ready(),
      ]);
      return data;
    },
    enabled: status === 'signedIn',
    retry: retryUnlessFinal,
    select: (data) => data.quiz,
  });
  useDocumentTitle(quiz.data ? `${t('quiz.title')}: ${text(quiz.data.moduleTitle)}` : t('quiz.title'));
  const courseHref = `/courses/${params.slug}`;

  if (status === 'anonymous' || (status === 'signedIn' && !userId)) {
    const here = `/courses/${params.slug}/quiz/${params.quizId}`;
    return (
      <section className="narrow" aria-labelledby="quiz-signin-title">
        <p>
          <Link href={courseHref}>← {t('quiz.backToCourse')}</Link>
        </p>
        <h1 id="quiz-signin-title">{t('quiz.signInTitle')}</h1>
        <p>{t('quiz.signInBody')}</p>
        <p className="button-row">
          <Link className="button button--primary button--large" href={authHref(SIGN_IN, here)}>
            {t('quiz.signInTitle')}
          </Link>
          <Link className="button" href={authHref(SIGN_UP, here)}>
            {t('quiz.signUp')}
          </Link>
        </p>
      </section>
    );
  }

  const code = errorCode(quiz.error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return (
      <section>
        <p>
          <Link href={courseHref}>← {t('quiz.backToCourse')}</Link>
        </p>
        <h1>{t('quiz.title')}</h1>
        <p className="state state--error" role="alert">
          {t('quiz.notFound')}
        </p>
      </section>
    );
  }

  return (
    <QueryState isPending={status === 'restoring' || quiz.isPending} error={quiz.error} onRetry={() => void quiz.refetch()}>
      {quiz.data && userId && <QuizRunner key={`${userId}:${quiz.data.id}`} quiz={quiz.data} userId={userId} courseSlug={params.slug} />}
    </QueryState>
  );
}

function QuizRunner({ quiz, userId, courseSlug }: { quiz: Quiz; userId: string; courseSlug: string }) {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  const queryClient = useQueryClient();
  const [session, setSessionState] = useState<QuizSession>(() => loadQuizSession(userId, quiz.id));
  const [finalError, setFinalError] = useState<{ code: string | undefined; message: string } | null>(null);
  const numberRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const focusOnChange = useRef(false);
  const courseHref = `/courses/${courseSlug}`;
  const nextModule = useNextModule(courseSlug, quiz.moduleId);

  function update(next: QuizSession) {
    setSessionState(next);
    saveQuizSession(userId, quiz.id, next);
  }

  const send = useMutation({
    // Offline, React Query would hold the request back and show "sending" for ever; the queue and its message
    // ("saved on the phone, sent when there is a connection") handle being offline instead.
    networkMode: 'always',
    mutationFn: (clientEventId: string) => sendQuizSubmission(clientEventId, { quizId: quiz.id, answers: session.answers }),
    onSuccess: (result) => {
      focusOnChange.current = true;
      update({ answers: {}, index: 0, result });
      for (const key of ['quiz', 'my-progress', 'team-progress']) void queryClient.invalidateQueries({ queryKey: [key] });
    },
    onError: (error) => {
      if (isRetryable(error) || (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED')) return;
      // A final answer ("no attempt left", "quiz replaced"): the submission is out of the queue; say why, kindly.
      const code = error instanceof GraphQLRequestError ? error.code : undefined;
      const messages = error instanceof GraphQLRequestError ? error.messages : undefined;
      setFinalError({ code, message: messages ? pickText(messages, i18n.language) : t('form.unknownError') });
      update({ ...session, pendingEventId: undefined });
    },
  });

  // A submission left from before (a reload, a closed tab): try it again at once.
  const { mutate } = send;
  const initialPending = useRef(session.pendingEventId);
  useEffect(() => {
    if (initialPending.current) mutate(initialPending.current);
  }, [mutate]);

  // The background sender may deliver a waiting submission (back online): then ask for its grade, same id.
  const pendingId = session.pendingEventId;
  const sending = send.isPending;
  useEffect(() => {
    if (!pendingId) return;
    return queue.subscribe(() => {
      const outcome = outcomeOf(pendingId);
      if (!outcome || sending || queue.snapshot().events.some((e) => e.clientEventId === pendingId)) return;
      if (outcome.status === 'REJECTED') {
        queue.dismissRejections([pendingId]);
        setFinalError({ code: 'REJECTED', message: outcome.reason ? pickText(outcome.reason, i18n.language) : t('progress.noReason') });
        setSessionState((s) => {
          const next = { ...s, pendingEventId: undefined };
          saveQuizSession(userId, quiz.id, next);
          return next;
        });
      } else {
        mutate(pendingId);
      }
    });
  }, [pendingId, sending, mutate, i18n.language, t, userId, quiz.id]);

  // Screen readers (and eyes) start from the new question, or from the result.
  useEffect(() => {
    if (!focusOnChange.current) return;
    focusOnChange.current = false;
    (session.result ? resultRef : numberRef).current?.focus();
  }, [session.index, session.result]);

  const questions = quiz.questions;
  const total = questions.length;
  const index = Math.min(session.index, total - 1);
  const question = questions[index];
  const locked = Boolean(session.pendingEventId);
  // No lock for ever: after a round's attempts, a wait (from the course files), then a new round.
  const outOfAttempts = quiz.attemptsLeft === 0;
  const attemptInRound = quiz.maxAttempts ? quiz.maxAttempts - (quiz.attemptsLeft ?? quiz.maxAttempts) + 1 : quiz.attemptsUsed + 1;
  const unanswered = questions.map((q, i) => ((session.answers[q.slug]?.length ?? 0) === 0 ? i + 1 : 0)).filter(Boolean);
  const failedToSend = locked && !send.isPending && (send.isError || send.isIdle);

  let announcement = '';
  if (send.isPending) announcement = t('quiz.submitting');
  else if (failedToSend) announcement = t('quiz.savedOffline');
  else if (session.result)
    announcement = `${session.result.passed ? t('quiz.passed') : t('quiz.failed')} ${t('quiz.score', {
      correct: session.result.correctCount,
      total: session.result.questionCount,
      percent: Math.round(session.result.score * 100),
    })}`;

  function go(to: number) {
    focusOnChange.current = true;
    update({ ...session, index: Math.max(0, Math.min(total - 1, to)) });
  }

  function choose(slug: string, optionId: string, multiple: boolean, checked: boolean) {
    if (locked) return;
    const current = session.answers[slug] ?? [];
    const next = multiple
      ? checked
        ? [...current.filter((id) => id !== optionId), optionId]
        : current.filter((id) => id !== optionId)
      : [optionId];
    update({ ...session, answers: { ...session.answers, [slug]: next } });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (index < total - 1) return go(index + 1);
    if (send.isPending) return;
    setFinalError(null);
    const clientEventId = session.pendingEventId ?? queueQuizSubmission(userId, quiz.id, session.answers);
    update({ ...session, pendingEventId: clientEventId });
    send.mutate(clientEventId);
  }

  function retake() {
    focusOnChange.current = true;
    setFinalError(null);
    update({ answers: {}, index: 0 });
  }

  const header = (
    <>
      <p>
        <Link href={courseHref}>← {t('quiz.backToCourse')}</Link>
      </p>
      <p className="module__number">{text(quiz.moduleTitle)}</p>
      <h1>{t('quiz.title')}</h1>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </>
  );

  if (session.result) {
    return (
      <article className="quiz">
        {header}
        <QuizReview
          result={session.result}
          quizNow={quiz}
          passingScore={quiz.passingScore}
          headingRef={resultRef}
          onRetake={retake}
          courseHref={courseHref}
          nextModule={nextModule}
        />
      </article>
    );
  }

  if (finalError?.code === 'CONFLICT' || (outOfAttempts && !locked)) {
    return (
      <article className="quiz">
        {header}
        <div className="quiz-notice" role={finalError ? 'alert' : undefined}>
          <p>{quiz.passed ? t('quiz.alreadyPassed') : t('quiz.noAttempts', { count: quiz.maxAttempts ?? 0 })}</p>
          {!quiz.passed && <QuizWait nextRoundAt={quiz.nextRoundAt} lessons={quiz.lessons} courseHref={courseHref} />}
          <Link className="button button--primary button--large" href={courseHref}>
            {t('quiz.backToCourse')}
          </Link>
        </div>
      </article>
    );
  }

  if (!question) return null;
  const multiple = question.type === 'multiple';
  const chosen = session.answers[question.slug] ?? [];
  return (
    <article className="quiz" aria-labelledby="question-number">
      {header}
      <p className="card__meta">
        {t('quiz.intro', { count: total, percent: Math.round(quiz.passingScore * 100) })}{' '}
        {quiz.maxAttempts
          ? t('quiz.attempt', { number: attemptInRound, max: quiz.maxAttempts })
          : t('quiz.attemptUnlimited', { number: attemptInRound })}
      </p>
      {quiz.passed && <p className="module__done">{t('quiz.alreadyPassed')}</p>}
      <form className="quiz__form" onSubmit={submit} noValidate>
        <h2 id="question-number" className="quiz__number" tabIndex={-1} ref={numberRef}>
          {t('quiz.questionOf', { number: index + 1, total })}
        </h2>
        <div className="quiz__meter" aria-hidden="true">
          <div style={{ width: `${Math.round(((index + 1) / total) * 100)}%` }} />
        </div>
        <fieldset className="question" aria-describedby="question-hint" disabled={locked}>
          <legend className="question__prompt">{text(question.prompt)}</legend>
          <p id="question-hint" className="field__hint">
            {multiple ? t('quiz.chooseMany') : t('quiz.chooseOne')}
          </p>
          <div className="choices">
            {question.options.map((option) => {
              const checked = chosen.includes(option.id);
              return (
                <label key={option.id} className={`choice${checked ? ' choice--checked' : ''}`}>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`question-${question.slug}`}
                    value={option.id}
                    checked={checked}
                    onChange={(e) => choose(question.slug, option.id, multiple, e.target.checked)}
                  />
                  <span>{text(option.text)}</span>
                </label>
              );
            })}
          </div>
        </fieldset>

        {index === total - 1 && unanswered.length > 0 && !locked && (
          <p className="quiz__unanswered">{t('quiz.unanswered', { count: unanswered.length, list: unanswered.join(', ') })}</p>
        )}
        {locked && (
          <div className={failedToSend ? 'quiz-notice quiz-notice--waiting' : 'quiz-notice'}>
            <p>{send.isPending ? t('quiz.submitting') : t('quiz.savedOffline')}</p>
            {failedToSend && <p>{t('quiz.locked')}</p>}
            {failedToSend && (
              <button type="button" className="button button--primary button--large" onClick={() => send.mutate(session.pendingEventId!)}>
                {t('quiz.retry')}
              </button>
            )}
          </div>
        )}
        {finalError && finalError.code !== 'CONFLICT' && (
          <p className="form-alert" role="alert">
            {finalError.message}
          </p>
        )}

        <div className="quiz__nav">
          {index > 0 && (
            <button type="button" className="button button--large" onClick={() => go(index - 1)}>
              ← {t('quiz.previous')}
            </button>
          )}
          {index < total - 1 ? (
            <button type="submit" className="button button--primary button--large">
              {t('quiz.next')} →
            </button>
          ) : (
            !locked && (
              <button type="submit" className="button button--primary button--large" disabled={send.isPending}>
                {t('quiz.submit')}
              </button>
            )
          )}
        </div>
      </form>
    </article>
  );
}
