import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLocalized } from '../../shared/localized.js';
import { ButtonText } from '../../shared/ui/ButtonDetail.js';
import { QuizWait } from './QuizWait.js';
import type { QuizResult } from './quiz-session.js';
import type { NextModule } from './use-next-module.js';
import './quiz-texts.js';
import '../certificates/certificates-texts.js';

/** The quiz as the API says now (asked again after each submission): a new round may have opened since. */
export interface QuizNow {
  attemptsUsed: number;
  attemptsLeft?: number | null;
  nextRoundAt?: unknown;
  lessons: { id: string; slug: string; title: { vi: string; en?: string | null } }[];
}

interface QuizReviewProps {
  result: QuizResult;
  quizNow: QuizNow;
  passingScore: number;
  headingRef: Ref<HTMLHeadingElement>;
  onRetake(): void;
  courseHref: string;
  /** The module after this one (none after the last): "Học phần tiếp theo" once this quiz is passed. */
  nextModule?: NextModule | null;
}

/**
 * The graded attempt: the score, passed or not, and each question right or wrong with the explanation of every
 * option. Which options were right shows only once the API reveals it (passed, or no attempt left).
 */
export function QuizReview({ result, quizNow, passingScore, headingRef, onRetake, courseHref, nextModule = null }: QuizReviewProps) {
  const { t } = useTranslation();
  const text = useLocalized();
  const revealed = result.questions.some((q) => q.options.some((o) => o.correct !== null && o.correct !== undefined));
  const lastOfRound = !result.passed && result.attemptsLeft === 0;
  // The quiz as asked after this attempt (not the answer from before it): has a new round opened since, given by a
  // team leader or after the wait? Then the review kept in this tab must not stay a dead end.
  const fresh = quizNow.attemptsUsed >= result.attemptNumber;
  const newRound = lastOfRound && fresh && quizNow.attemptsLeft !== 0;
  const canRetake =
    !result.passed && (result.attemptsLeft === null || result.attemptsLeft === undefined || result.attemptsLeft > 0 || newRound);
  // Passed a module that is not the last: the way on is the next module, not back to the outline.
  const onward = result.passed && !result.courseCompleted ? nextModule : null;
  const nextLink = onward && (
    <Link className="button button--primary button--large" href={onward.href}>
      <ButtonText label={t('quiz.nextModule')} detail={onward.title} />
    </Link>
  );

  return (
    <section className="quiz-result" aria-labelledby="result-title">
      <h2 id="result-title" tabIndex={-1} ref={headingRef}>
        {t('quiz.resultTitle')}
      </h2>
      <div className={`quiz-result__summary ${result.passed ? 'quiz-result__summary--passed' : 'quiz-result__summary--failed'}`}>
        <p className="quiz-result__verdict">
          <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
          {result.passed ? t('quiz.passed') : t('quiz.failed')}
        </p>
        <p>
          {t('quiz.score', {
            correct: result.correctCount,
            total: result.questionCount,
            percent: Math.round(result.score * 100),
          })}{' '}
          {!result.passed && t('quiz.needed', { percent: Math.round(passingScore * 100) })}
        </p>
        {result.courseCompleted ? <p>{t('quiz.courseCompleted')}</p> : result.moduleCompleted && <p>{t('quiz.moduleCompleted')}</p>}
        {!result.passed && result.attemptsLeft !== null && result.attemptsLeft !== undefined && !newRound && (
          <p>{result.attemptsLeft > 0 ? t('quiz.attemptsLeft', { count: result.attemptsLeft }) : t('quiz.noAttemptsLeft')}</p>
        )}
        {newRound && (
          <p>
            <strong>{quizNow.attemptsLeft ? t('quiz.newRound', { count: quizNow.attemptsLeft }) : t('quiz.newRoundUnlimited')}</strong>
          </p>
        )}
      </div>
      {lastOfRound && fresh && !newRound && (
        <div className="quiz-notice">
          <QuizWait nextRoundAt={quizNow.nextRoundAt} lessons={quizNow.lessons} courseHref={courseHref} />
        </div>
      )}
      <p className="button-row">
        {result.courseCompleted && (
          <Link className="button button--primary button--large" href="/chung-nhan?moi=1">
            {t('certificates.get')}
          </Link>
        )}
        {nextLink}
        {canRetake && (
          <button type="button" className="button button--primary button--large" onClick={onRetake}>
            {t('quiz.retake')}
          </button>
        )}
        <Link
          className={`button button--large${canRetake || result.courseCompleted || onward ? '' : ' button--primary'}`}
          href={courseHref}
        >
          {t('quiz.backToCourse')}
        </Link>
      </p>

      <h3>{t('quiz.reviewTitle')}</h3>
      {!revealed && <p className="card__meta">{t('quiz.answersHidden')}</p>}
      <ol className="review-list">
        {result.questions.map((q, i) => (
          <li key={q.slug} className={`card review ${q.correct ? 'review--right' : 'review--wrong'}`}>
            <p className="review__verdict">
              {t('quiz.questionNumber', { number: i + 1 })}:{' '}
              <strong>
                <span aria-hidden="true">{q.correct ? '✓ ' : '✗ '}</span>
                {q.correct ? t('quiz.right') : t('quiz.wrong')}
              </strong>
            </p>
            <p className="review__prompt">{text(q.prompt)}</p>
            <ul className="review__options">
              {q.options.map((o) => (
                <li
                  key={o.id}
                  className={`review__option${o.selected ? ' review__option--selected' : ''}${o.correct ? ' review__option--correct' : ''}`}
                >
                  <p>
                    <span className="review__marker" aria-hidden="true">
                      {o.selected ? '◉' : '○'}
                    </span>{' '}
                    {text(o.text)}
                    {o.selected && <strong className="review__tag"> ({t('quiz.yourChoice')})</strong>}
                    {o.correct === true && (
                      <strong className="review__tag review__tag--correct">
                        {' '}
                        <span aria-hidden="true">✓ </span>
                        {t('quiz.correctOption')}
                      </strong>
                    )}
                  </p>
                  <p className="review__explanation">{text(o.explanation)}</p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p className="button-row">
        {result.courseCompleted && (
          <Link className="button button--primary button--large" href="/chung-nhan?moi=1">
            {t('certificates.get')}
          </Link>
        )}
        {nextLink}
        {canRetake && (
          <button type="button" className="button button--primary button--large" onClick={onRetake}>
            {t('quiz.retake')}
          </button>
        )}
        <Link className="button button--large" href={courseHref}>
          {t('quiz.backToCourse')}
        </Link>
      </p>
    </section>
  );
}
