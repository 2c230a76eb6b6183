import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CourseOutlineQuery } from '../../gql/graphql.js';
import { useLocalized } from '../../shared/localized.js';

type Module = NonNullable<CourseOutlineQuery['course']>['modules'][number];

export function ModuleCard({ module, courseSlug, number }: { module: Module; courseSlug: string; number: number }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const headingId = `module-${module.slug}`;
  const query = module.provinceCode ? `?tinh=${module.provinceCode}` : '';
  return (
    <li className="card module" aria-labelledby={headingId}>
      <p className="module__number">{t('course.module', { number })}</p>
      <h2 id={headingId}>{text(module.title)}</h2>
      <p>{text(module.summary)}</p>
      <p className="card__meta">{t('course.minutesShort', { count: module.totalMinutes })}</p>
      <ol className="lesson-list" aria-label={t('course.lessonsIn', { number })}>
        {module.lessons.map((lesson) => (
          <li key={lesson.id}>
            <Link href={`/courses/${courseSlug}/lessons/${lesson.slug}${query}`}>{text(lesson.title)}</Link>
            <span className="lesson-list__minutes">{t('course.minutesShort', { count: lesson.minutes })}</span>
          </li>
        ))}
      </ol>
      {module.quiz && (
        <p className="card__meta">
          {t('course.quiz', { count: module.quiz.questionCount, percent: Math.round(module.quiz.passingScore * 100) })}
          {module.quiz.maxAttempts ? t('course.quizAttempts', { count: module.quiz.maxAttempts }) : ''}
        </p>
      )}
      {module.variants.length > 0 && (
        <div className="module__variants">
          {module.provinceCode ? (
            <>
              <p>{t('course.showingVariant')}</p>
              <Link href={`/courses/${courseSlug}`}>{t('course.nationalVersion')}</Link>
            </>
          ) : (
            <>
              <p>{t('course.variantsNote')}</p>
              <ul>
                {module.variants.map((v) => (
                  <li key={v.provinceCode}>
                    <Link href={`/courses/${courseSlug}?tinh=${v.provinceCode}`}>{v.title ? text(v.title) : v.provinceCode}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </li>
  );
}
