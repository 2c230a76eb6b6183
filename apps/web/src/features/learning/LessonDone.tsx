import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { ButtonText } from '../../shared/ui/ButtonDetail.js';
import { readContent } from '../../shared/graphql/execute.js';
import { pickText, useLocalized, type LocalizedTextValue } from '../../shared/localized.js';
import { recordLessonDone, type SaveResult } from '../../shared/progress/sync.js';
import { authHref, SIGN_IN, SIGN_UP } from '../account/return-to.js';
import { CourseOutlineQuery } from '../courses/course-outline.graphql.js';
import { useLearnerProgress } from './use-learner-progress.js';
import '../certificates/certificates-texts.js';
import './learning-texts.js';
import '../lessons/lesson-texts.js';

interface LessonDoneProps {
  courseSlug: string;
  provinceCode: string | null;
  lessonId: string;
  next: { slug: string; title: LocalizedTextValue } | null | undefined;
  lessonHref(slug: string): string;
  courseHref: string;
}

/**
 * Where the last lesson's "done" was kept, said once on the page it led to (the lesson that had the button is gone).
 * Module state, not storage: it only bridges one navigation inside this tab.
 */
let carriedResult: SaveResult | null = null;

/**
 * The one obvious action under a lesson: "Đã học xong – sang bài tiếp" records the completion (in the queue first, so
 * nothing is lost offline) and moves on: to the next lesson, or to the module's quiz after its last lesson. Moving on
 * and being counted are one tap, so nobody who reads on is left with nothing saved. A lesson already done offers the
 * way on as a link. If the API refuses the completion the learner stays and reads why. A visitor who is not signed
 * in keeps it on this phone and is invited, gently, to sign up to keep it. Keyed by the lesson.
 */
export function LessonDone({ courseSlug, provinceCode, lessonId, next, lessonHref, courseHref }: LessonDoneProps) {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  const { status } = useAuth();
  const [location, navigate] = useLocation();
  const learner = useLearnerProgress(courseSlug);
  // The same outline the course page shows: which module this lesson is in, whether it is the last, and its quiz.
  const outline = useQuery({
    queryKey: ['course-outline', courseSlug, provinceCode],
    queryFn: () => readContent(CourseOutlineQuery, { slug: courseSlug, provinceCode }),
  });
  const [saving, setSaving] = useState(false);
  // This lesson's own save, kept when the learner stays (refused, or nothing comes after it).
  const [result, setResult] = useState<SaveResult | null>(null);
  // The previous lesson's save, said here once.
  const [arrived, setArrived] = useState<SaveResult | null>(null);
  const afterRef = useRef<HTMLAnchorElement>(null);

  // Said just after the page appears, so the live region is there first and reads it out.
  useEffect(() => {
    const timer = setTimeout(() => {
      if (carriedResult) {
        setArrived(carriedResult);
        carriedResult = null;
      }
    }, 0);
    return () => clearTimeout(timer);
  }, []);

  const done = learner.done.has(lessonId) || (result !== null && result.status !== 'rejected');
  const module = outline.data?.course?.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
  const lastOfModule = module ? module.lessons.at(-1)?.id === lessonId : false;
  const quizId = lastOfModule ? module?.quiz?.id : undefined;
  const target = quizId
    ? {
        href: `/courses/${courseSlug}/quiz/${quizId}`,
        action: t('learning.doneToQuiz'),
        label: t('learning.takeQuiz'),
        detail: module ? text(module.title) : null,
      }
    : next
      ? { href: lessonHref(next.slug), action: t('learning.doneToNext'), label: t('lesson.next'), detail: text(next.title) }
      : null;

  // The button that was pressed is gone: continue from what is there now, so a keyboard user is not lost.
  useEffect(() => {
    if (result && result.status !== 'rejected') afterRef.current?.focus();
  }, [result]);

  async function finish() {
    if (saving) return;
    setSaving(true);
    const saved = await recordLessonDone(lessonId);
    setSaving(false);
    // This step may complete the course (and issue the certificate): ask, so "Nhận chứng nhận" can show, here or on
    // the lesson it leads to (the progress is one cached query for the whole course).
    if (saved.status === 'saved') learner.refetch();
    if (saved.status === 'rejected' || !target) {
      setResult(saved);
      return;
    }
    carriedResult = saved;
    navigate(target.href);
  }

  const said = result ?? arrived;
  let message = '';
  if (saving) message = t('learning.saving');
  else if (said?.status === 'saved') message = t('learning.saved');
  else if (said?.status === 'queued') message = t('progress.queued');
  else if (said?.status === 'local') message = t('learning.savedOnDevice');
  else if (said?.status === 'rejected') message = said.reason ? pickText(said.reason, i18n.language) : t('progress.noReason');

  const showNudge = status === 'anonymous' && learner.device.doneHere.size > 0;

  return (
    <section className="lesson-done" aria-label={t('learning.yourProgress')}>
      {done ? (
        <>
          <p className="lesson-done__state">
            <span className="lesson-done__check">{t('learning.done')}</span>
          </p>
          <p className="lesson-done__next">
            {target ? (
              <Link ref={afterRef} className="button button--primary button--large button--wide" href={target.href}>
                <ButtonText label={target.label} detail={target.detail} />
              </Link>
            ) : (
              <Link ref={afterRef} className="button button--large button--wide" href={courseHref}>
                {t('lesson.backToCourse')}
              </Link>
            )}
          </p>
        </>
      ) : (
        <button type="button" className="button button--primary button--large button--wide" onClick={() => void finish()} disabled={saving}>
          {saving ? t('learning.saving') : <ButtonText label={target?.action ?? t('learning.doneLast')} detail={target?.detail} />}
        </button>
      )}
      <p role="status" aria-live="polite" className={message ? 'lesson-done__message' : 'lesson-done__message--empty'}>
        {message}
      </p>
      {said?.status === 'saved' && learner.progress?.completed && (
        <p className="lesson-done__next">
          <Link className="button button--primary button--large button--wide" href="/chung-nhan?moi=1">
            {t('certificates.get')}
          </Link>
        </p>
      )}
      {showNudge && (
        <div className="nudge">
          <p>{t('learning.anonymousPrompt')}</p>
          <p className="button-row">
            <Link className="button" href={authHref(SIGN_UP, location)}>
              {t('progress.signUpToKeep')}
            </Link>
            <Link className="button" href={authHref(SIGN_IN, location)}>
              {t('auth.signIn')}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
