import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { readContent } from '../../shared/graphql/execute.js';
import { useLocalized } from '../../shared/localized.js';
import { ButtonText } from '../../shared/ui/ButtonDetail.js';
import { CourseOutlineQuery } from '../courses/course-outline.graphql.js';
import { CoursesQuery } from '../courses/courses.graphql.js';
import { useReaderProvince } from '../courses/use-province-param.js';
import { ProgressBar } from './ProgressBar.js';
import { continueTarget, useLearnerProgress } from './use-learner-progress.js';

/**
 * "Tiếp tục học: <bài>" and the course's progress, for every course the learner (or this phone's visitor) has
 * started: on the home page, so a returning learner is one tap from where they stopped, and on the profile. Shows
 * nothing for a course not started. Loaded on its own (lazy), so the first page stays small.
 */
export default function ContinueLearning({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const courses = useQuery({ queryKey: ['courses'], queryFn: () => readContent(CoursesQuery) });
  return (
    <>
      {courses.data?.courses.map((c) => (
        <CourseContinue key={c.id} slug={c.slug} headingLevel={headingLevel} />
      ))}
    </>
  );
}

function CourseContinue({ slug, headingLevel }: { slug: string; headingLevel: 2 | 3 }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const provinceCode = useReaderProvince();
  const learner = useLearnerProgress(slug);
  const outline = useQuery({
    queryKey: ['course-outline', slug, provinceCode],
    queryFn: () => readContent(CourseOutlineQuery, { slug, provinceCode }),
  });
  const course = outline.data?.course;
  if (!course || learner.isPending) return null;

  const lessons = course.modules.flatMap((m) => m.lessons.map((l) => ({ ...l, provinceCode: m.provinceCode })));
  const doneCount = lessons.filter((l) => learner.done.has(l.id)).length;
  const started = doneCount > 0 || (learner.progress?.modules.some((m) => m.quizAttempts > 0) ?? false);
  if (!started) return null;

  const percent = learner.progress?.percent ?? Math.round((doneCount / Math.max(1, lessons.length)) * 100);
  const target = learner.progress
    ? continueTarget(learner.progress, course.modules, learner.done)
    : (() => {
        const next = lessons.find((l) => !learner.done.has(l.id));
        return next ? { lessonSlug: next.slug } : null;
      })();
  const lesson = target && 'lessonSlug' in target ? lessons.find((l) => l.slug === target.lessonSlug) : undefined;
  const tinh = lesson?.provinceCode ? `?tinh=${lesson.provinceCode}` : '';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `continue-${slug}`;

  return (
    <section className="card continue" aria-labelledby={headingId}>
      <Heading id={headingId}>{text(course.title)}</Heading>
      <ProgressBar label={t('progress.courseLabel')} now={percent} max={100} text={t('progress.percent', { percent })} />
      {learner.progress?.completed && <p className="module__done">{t('progress.courseDone')}</p>}
      {lesson && (
        <Link className="button button--primary button--large button--wide" href={`/courses/${slug}/lessons/${lesson.slug}${tinh}`}>
          <ButtonText label={t('progress.continueShort')} detail={text(lesson.title)} />
        </Link>
      )}
      {target && 'quizId' in target && (
        <Link className="button button--primary button--large button--wide" href={`/courses/${slug}/quiz/${target.quizId}`}>
          {t('progress.continueQuiz')}
        </Link>
      )}
      <p>
        <Link href={`/courses/${slug}`}>{t('progress.seeOutline')}</Link>
      </p>
    </section>
  );
}
