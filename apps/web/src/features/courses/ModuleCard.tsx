import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CourseOutlineQuery } from '../../gql/graphql.js';
import { useLocalized } from '../../shared/localized.js';
import type { ModuleBar } from '../learning/module-progress.js';
import { ProgressBar } from '../learning/ProgressBar.js';
import { OfflineDownload } from '../offline/OfflineDownload.js';
import './course-texts.js';

type Module = NonNullable<CourseOutlineQuery['course']>['modules'][number];

interface ModuleCardProps {
  module: Module;
  courseSlug: string;
  number: number;
  /** Lessons to mark as done (the learner's, or those done on this device by a visitor). */
  done?: Set<string>;
  /** The learner's progress in this module; none for a visitor with nothing done here. */
  bar?: ModuleBar;
  /** The module the learner is in: shown open, the others folded to their title and progress. */
  current?: boolean;
  /** The province whose content is read (and downloaded). */
  readerProvince?: string | null;
}

/**
 * One module of the outline, folded like an accordion (a heading holding a button with aria-expanded, as the WAI-ARIA
 * pattern has it): folded, a module is its number, title and progress, so the whole outline fits in about a screen;
 * open, its lessons, quiz and local variants.
 */
export function ModuleCard({ module, courseSlug, number, done, bar, current = false, readerProvince = null }: ModuleCardProps) {
  const { t } = useTranslation();
  const text = useLocalized();
  const headingId = `module-${module.slug}`;
  const bodyId = `module-${module.slug}-body`;
  const query = module.provinceCode ? `?tinh=${module.provinceCode}` : '';
  // Until the learner folds or opens it, a module follows where they are (known once their progress arrives).
  const [toggled, setToggled] = useState<boolean | null>(null);
  const open = toggled ?? current;
  return (
    <li className={`card module${bar?.completed ? ' module--completed' : ''}`} aria-labelledby={headingId}>
      <h2 className="module__heading">
        <button
          type="button"
          id={headingId}
          className="module__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setToggled(!open)}
        >
          <span className="module__number">{t('course.module', { number })}</span>
          <span className="module__title">{text(module.title)}</span>
          <span className="module__chevron" aria-hidden="true">
            {open ? '▲' : '▼'}
          </span>
        </button>
      </h2>
      {bar?.completed && (
        <p className="module__done">
          <span aria-hidden="true">✓ </span>
          {t('progress.moduleDone')}
        </p>
      )}
      {bar && <ProgressBar label={t('progress.moduleLabel', { number })} now={bar.now} max={bar.max} text={bar.text} />}
      <div id={bodyId} hidden={!open}>
        <p>{text(module.summary)}</p>
        <p className="card__meta">{t('course.minutesShort', { count: module.totalMinutes })}</p>
        <OfflineDownload courseSlug={courseSlug} provinceCode={readerProvince} modules={[module]} />
        <ol className="lesson-list" aria-label={t('course.lessonsIn', { number })}>
          {module.lessons.map((lesson) => (
            <li key={lesson.id} className={done?.has(lesson.id) ? 'lesson-list__item--done' : undefined}>
              <Link href={`/courses/${courseSlug}/lessons/${lesson.slug}${query}`}>
                {text(lesson.title)}
                {done?.has(lesson.id) && (
                  <span className="lesson-list__done">
                    <span aria-hidden="true"> ✓</span>
                    <span className="visually-hidden"> ({t('progress.lessonDone')})</span>
                  </span>
                )}
              </Link>
              <span className="lesson-list__minutes">{t('course.minutesShort', { count: lesson.minutes })}</span>
            </li>
          ))}
        </ol>
        {module.quiz && (
          <>
            <p className="card__meta">
              {t('course.quiz', { count: module.quiz.questionCount, percent: Math.round(module.quiz.passingScore * 100) })}
              {module.quiz.maxAttempts ? t('course.quizAttempts', { count: module.quiz.maxAttempts }) : ''}
            </p>
            <p>
              <Link className="button" href={`/courses/${courseSlug}/quiz/${module.quiz.id}`}>
                {t('progress.takeQuiz', { number })}
              </Link>
            </p>
          </>
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
      </div>
    </li>
  );
}
