import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { Detail } from '../../shared/ui/ButtonDetail.js';
import { readContent } from '../../shared/graphql/execute.js';
import { pickText, useLocalized, type LocalizedTextValue } from '../../shared/localized.js';
import { recordLessonDone, type SaveResult } from '../../shared/progress/sync.js';
import { authHref, SIGN_IN, SIGN_UP } from '../account/return-to.js';
import { CourseOutlineQuery } from '../courses/course-outline.graphql.js';
import { useLearnerProgress } from './use-learner-progress.js';

interface LessonDoneProps {
  courseSlug: string;
  provinceCode: string | null;
  lessonId: string;
  next: { slug: string; title: LocalizedTextValue } | null | undefined;
  lessonHref(slug: string): string;
}

/**
 * "Đánh dấu đã học" under a lesson: records the completion (in the queue first, so nothing is lost offline), says
 * where it went, then offers the next lesson, or the module's quiz after its last lesson. A visitor who is not
 * signed in keeps it on this phone and is invited, gently, to sign up to keep it. Keyed by the lesson.
 */
export function LessonDone({ courseSlug, provinceCode, lessonId, next, lessonHref }: LessonDoneProps) {
  const { t, i18n } = useTranslation();
  const text = useLocalized();
  const { status } = useAuth();
  const [location] = useLocation();
  const learner = useLearnerProgress(courseSlug);
  // The same outline the course page shows: which module this lesson is in, whether it is the last, and its quiz.
  const outline = useQuery({
    queryKey: ['course-outline', courseSlug, provinceCode],
    queryFn: () => readContent(CourseOutlineQuery, { slug: courseSlug, provinceCode }),
  });
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<SaveResult | null>(null);
  const nextRef = useRef<HTMLAnchorElement>(null);
  const moveFocus = useRef(false);

  const done = learner.done.has(lessonId) || (result !== null && result.status !== 'rejected');
  const module = outline.data?.course?.modules.find((m) => m.lessons.some((l) => l.id === lessonId));
  const lastOfModule = module ? module.lessons.at(-1)?.id === lessonId : false;
  const quizId = lastOfModule ? module?.quiz?.id : undefined;

  // The button that was pressed is gone: continue from what comes next, so a keyboard user is not lost.
  useEffect(() => {
    if (done && moveFocus.current) {
      moveFocus.current = false;
      nextRef.current?.focus();
    }
  }, [done]);

  async function mark() {
    if (saving || done) return;
    setSaving(true);
    moveFocus.current = true;
    const saved = await recordLessonDone(lessonId);
    setResult(saved);
    setSaving(false);
    // The last step may complete the course (and issue the certificate): ask, so "Nhận chứng nhận" can show.
    if (saved.status === 'saved') learner.refetch();
  }

  let message = '';
  if (saving) message = t('learning.saving');
  else if (result?.status === 'saved') message = t('learning.saved');
  else if (result?.status === 'queued') message = t('progress.queued');
  else if (result?.status === 'local') message = t('learning.savedOnDevice');
  else if (result?.status === 'rejected') message = result.reason ? pickText(result.reason, i18n.language) : t('progress.noReason');

  return (
    <section className="lesson-done" aria-label={t('learning.yourProgress')}>
      {done ? (
        <p className="lesson-done__state">
          <span className="lesson-done__check">{t('learning.done')}</span>
        </p>
      ) : (
        <button type="button" className="button button--primary button--large button--wide" onClick={() => void mark()} disabled={saving}>
          {saving ? t('learning.saving') : t('learning.markDone')}
        </button>
      )}
      <p role="status" aria-live="polite" className={message ? 'lesson-done__message' : 'lesson-done__message--empty'}>
        {message}
      </p>
      {done && status === 'anonymous' && (
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
      {result?.status === 'saved' && learner.progress?.completed && (
        <p className="lesson-done__next">
          <Link className="button button--primary button--large" href="/chung-nhan?moi=1">
            {t('certificates.get')}
          </Link>
        </p>
      )}
      {done && (quizId || next) && (
        <p className="lesson-done__next">
          {quizId ? (
            <Link
              ref={nextRef}
              className="button button--primary button--large"
              href={`/courses/${courseSlug}/quiz/${quizId}`}
              aria-label={module ? `${t('learning.takeQuiz')}: ${text(module.title)}` : undefined}
            >
              {t('learning.takeQuiz')}
              {module && <Detail>{text(module.title)}</Detail>}
            </Link>
          ) : (
            next && (
              <Link
                ref={nextRef}
                className="button button--primary button--large"
                href={lessonHref(next.slug)}
                aria-label={`${t('lesson.next')}: ${text(next.title)}`}
              >
                {t('lesson.next')}
                <Detail>{text(next.title)}</Detail>
              </Link>
            )
          )}
        </p>
      )}
    </section>
  );
}
