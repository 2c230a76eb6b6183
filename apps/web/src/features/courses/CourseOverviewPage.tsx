import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { execute } from '../../shared/graphql/execute.js';
import { useLocalized } from '../../shared/localized.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { CourseOutlineQuery } from './course-outline.graphql.js';
import { ModuleCard } from './ModuleCard.js';
import { useProvinceParam } from './use-province-param.js';

export function CourseOverviewPage({ params }: { params: { slug: string } }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const provinceCode = useProvinceParam();
  const query = useQuery({
    queryKey: ['course-outline', params.slug, provinceCode],
    queryFn: () => execute(CourseOutlineQuery, { slug: params.slug, provinceCode }),
  });
  const course = query.data?.course;
  const first = course?.modules[0]?.lessons[0];

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
          {first && (
            <p>
              <Link className="button button--primary" href={`/courses/${course.slug}/lessons/${first.slug}`}>
                {t('course.start')}
              </Link>
            </p>
          )}
          <ol className="card-list module-list">
            {course.modules.map((module, i) => (
              <ModuleCard key={module.id} module={module} courseSlug={course.slug} number={i + 1} />
            ))}
          </ol>
        </article>
      )}
    </QueryState>
  );
}
