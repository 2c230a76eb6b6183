import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CourseOutlineQuery as CourseOutlineResult } from '../../gql/graphql.js';
import { readContent } from '../../shared/graphql/execute.js';
import { useLocalized } from '../../shared/localized.js';
import { ButtonText } from '../../shared/ui/ButtonDetail.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { authHref, SIGN_IN, SIGN_UP } from '../account/return-to.js';
import { moduleBar } from '../learning/module-progress.js';
import { ProgressBar } from '../learning/ProgressBar.js';
import { continueTarget, useLearnerProgress, type LearnerProgress } from '../learning/use-learner-progress.js';
import { CourseOutlineQuery } from './course-outline.graphql.js';
import { OfflineDownload, useRefreshDownloads } from '../offline/OfflineDownload.js';
import { ModuleCard } from './ModuleCard.js';
import { useProvinceParam, useReaderProvince } from './use-province-param.js';
import './course-texts.js';

type Course = NonNullable<CourseOutlineResult['course']>;

export function CourseOverviewPage({ params }: { params: { slug: string } }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const provinceCode = useProvinceParam();
  const readerProvince = useReaderProvince();
  const query = useQuery({
    queryKey: ['course-outline', params.slug, readerProvince],
    // The province becomes known when the profile loads: keep showing the page meanwhile, do not blank it.
    placeholderData: (previous) => (previous?.course?.slug === params.slug ? previous : undefined),
    queryFn: () => readContent(CourseOutlineQuery, { slug: params.slug, provinceCode: readerProvince }),
  });
  const learner = useLearnerProgress(params.slug);
  const course = query.data?.course;
  const currentModuleId = course ? currentModule(course, learner) : undefined;
  useDocumentTitle(course ? text(course.title) : query.isPending ? t('state.loading') : t('course.notFoundTitle'));
  useRefreshDownloads(params.slug, readerProvince, course?.modules);

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      <p>
        <Link href="/">← {t('course.back')}</Link>
      </p>
      {!course ? (
        <p className="state state--empty">{t('course.notFound')}</p>
      ) : (
        <article aria-labelledby="course-title">
          <h1 id="course-title">{text(course.title)}</h1>
          <p>{text(course.summary)}</p>
          <ProgressSummary course={course} learner={learner} provinceCode={provinceCode} />
          <OfflineDownload courseSlug={course.slug} provinceCode={readerProvince} modules={course.modules} whole />
          <ol className="card-list module-list">
            {course.modules.map((module, i) => {
              // Open: where the learner is, and a local version someone just chose in the address (?tinh=).
              const isCurrent = module.id === currentModuleId || (provinceCode !== null && module.provinceCode === provinceCode);
              const progress = learner.progress?.modules.find((m) => m.slug === module.slug);
              const anyDone = module.lessons.some((l) => learner.done.has(l.id));
              const bar = learner.signedIn
                ? progress && moduleBar(t, module.lessons, learner.done, progress)
                : anyDone
                  ? moduleBar(t, module.lessons, learner.done, undefined)
                  : undefined;
              return (
                <ModuleCard
                  key={module.id}
                  module={module}
                  courseSlug={course.slug}
                  number={i + 1}
                  done={learner.done}
                  bar={bar}
                  current={isCurrent}
                  readerProvince={readerProvince}
                />
              );
            })}
          </ol>
        </article>
      )}
    </QueryState>
  );
}

/** The top of the course: overall progress and "continue" for a learner; "start" (or a nudge to sign up) otherwise. */
function ProgressSummary({ course, learner, provinceCode }: { course: Course; learner: LearnerProgress; provinceCode: string | null }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const tinh = provinceCode ? `?tinh=${provinceCode}` : '';
  const lessonHref = (slug: string) => `/courses/${course.slug}/lessons/${slug}${tinh}`;
  const lessons = course.modules.flatMap((m) => m.lessons);
  const doneCount = lessons.filter((l) => learner.done.has(l.id)).length;

  // A learner's progress is on its way: no "start" button that would turn into "continue" a moment later.
  if (learner.signedIn && learner.isPending) return null;
  if (learner.signedIn && learner.progress) {
    const { progress } = learner;
    const target = continueTarget(progress, course.modules, learner.done);
    const started = doneCount > 0 || progress.modules.some((m) => m.quizAttempts > 0);
    const targetLesson = target && 'lessonSlug' in target ? lessons.find((l) => l.slug === target.lessonSlug) : undefined;
    // The module bars count a lesson as soon as it is saved (on the phone or synced); the API's course percent can
    // arrive a moment later. Never show less than what the bars already show (lessons done over lessons + quizzes).
    const items = lessons.length + course.modules.filter((m) => m.quiz).length;
    const percent = Math.max(progress.percent, items ? Math.floor((100 * doneCount) / items) : 0);
    return (
      <section className="card progress-summary" aria-labelledby="my-progress-title">
        <h2 id="my-progress-title">{t('progress.yourProgress')}</h2>
        <ProgressBar
          label={t('progress.courseLabel')}
          now={percent}
          max={100}
          text={t('progress.percent', { percent })}
        />
        {progress.completed && <p className="module__done">{t('progress.courseDone')}</p>}
        {target && 'quizId' in target && (
          <Link className="button button--primary button--large" href={`/courses/${course.slug}/quiz/${target.quizId}`}>
            {t('progress.continueQuiz')}
          </Link>
        )}
        {target && 'lessonSlug' in target && (
          <Link className="button button--primary button--large" href={lessonHref(target.lessonSlug)}>
            <ButtonText
              label={started ? t('progress.continue') : t('course.start')}
              detail={targetLesson && started ? text(targetLesson.title) : null}
            />
          </Link>
        )}
      </section>
    );
  }

  const next = lessons.find((l) => !learner.done.has(l.id)) ?? lessons[0];
  const here = `/courses/${course.slug}${tinh}`;
  return (
    <>
      {!learner.signedIn && doneCount > 0 && (
        <div className="card nudge">
          <p>{t('progress.anonymousDone', { count: doneCount })}</p>
          <p className="button-row">
            <Link className="button button--primary" href={authHref(SIGN_UP, here)}>
              {t('progress.signUpToKeep')}
            </Link>
            <Link className="button" href={authHref(SIGN_IN, here)}>
              {t('auth.signIn')}
            </Link>
          </p>
        </div>
      )}
      {next && (
        <p>
          <Link className="button button--primary button--large" href={lessonHref(next.slug)}>
            {doneCount > 0 ? t('progress.continue') : t('course.start')}
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * The module to show open: the one "continue" leads into (for a learner, from the API's progress), else the first
 * with a lesson not done here; the first module for someone who has not started.
 */
function currentModule(course: Course, learner: LearnerProgress): string | undefined {
  if (learner.signedIn && learner.isPending) return undefined;
  const target = learner.progress ? continueTarget(learner.progress, course.modules, learner.done) : null;
  if (target) {
    const found = course.modules.find((m) =>
      'quizId' in target ? m.quiz?.id === target.quizId : m.lessons.some((l) => l.slug === target.lessonSlug),
    );
    if (found) return found.id;
  }
  return (course.modules.find((m) => m.lessons.some((l) => !learner.done.has(l.id))) ?? course.modules[0])?.id;
}
