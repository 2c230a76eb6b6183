import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { readContent } from '../../shared/graphql/execute.js';
import { useDeviceProgress } from '../../shared/progress/use-progress.js';
import { useLocalized } from '../../shared/localized.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { CoursesQuery } from './courses.graphql.js';

// Only for a returning learner, so it is loaded on its own and keeps the first page small.
const ContinueLearning = lazy(() => import('../learning/ContinueLearning.js'));

export function CourseListPage() {
  const { t } = useTranslation();
  const text = useLocalized();
  const { status } = useAuth();
  const hasDeviceProgress = useDeviceProgress().doneHere.size > 0;
  const query = useQuery({ queryKey: ['courses'], queryFn: () => readContent(CoursesQuery) });
  useDocumentTitle(t('courses.title'));

  return (
    <section aria-labelledby="courses-title">
      <h1 id="courses-title">{t('courses.title')}</h1>
      <p>{t('app.tagline')}</p>
      {(status === 'signedIn' || hasDeviceProgress) && (
        <Suspense fallback={null}>
          <ContinueLearning />
        </Suspense>
      )}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data?.courses.length === 0 ? (
          <p className="state state--empty">{t('courses.empty')}</p>
        ) : (
          <ul className="card-list" aria-label={t('courses.title')}>
            {query.data?.courses.map((course) => (
              <li key={course.id} className="card">
                <h2>
                  <Link href={`/courses/${course.slug}`}>{text(course.title)}</Link>
                </h2>
                <p>{text(course.summary)}</p>
                <p className="card__meta">
                  {t('courses.modules', { count: course.moduleCount })} · {t('courses.lessons', { count: course.lessonCount })} ·{' '}
                  {t('courses.minutes', { hours: Math.floor(course.totalMinutes / 60), minutes: course.totalMinutes % 60 })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
