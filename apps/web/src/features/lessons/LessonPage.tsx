import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { readContent } from '../../shared/graphql/execute.js';
import { useLocalized } from '../../shared/localized.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { useProvinceParam, useReaderProvince } from '../courses/use-province-param.js';
import { LessonDone } from '../learning/LessonDone.js';
import { LessonQuery } from './lesson.graphql.js';
import { ListenToLesson } from './ListenToLesson.js';
import { MarkdownBody } from './MarkdownBody.js';
import './lesson-texts.js';

export default function LessonPage({ params }: { params: { slug: string; lessonSlug: string } }) {
  const { t } = useTranslation();
  const text = useLocalized();
  const provinceCode = useProvinceParam();
  const readerProvince = useReaderProvince();
  const query = useQuery({
    queryKey: ['lesson', params.slug, params.lessonSlug, readerProvince],
    // The province becomes known when the profile loads: keep showing the lesson meanwhile, do not blank it.
    placeholderData: (previous) => (previous?.lesson?.slug === params.lessonSlug ? previous : undefined),
    queryFn: () => readContent(LessonQuery, { courseSlug: params.slug, lessonSlug: params.lessonSlug, provinceCode: readerProvince }),
  });
  const lesson = query.data?.lesson;
  const articleRef = useRef<HTMLElement>(null);
  useDocumentTitle(lesson ? text(lesson.title) : query.isPending ? t('state.loading') : t('lesson.notFoundTitle'));
  const courseHref = `/courses/${params.slug}${provinceCode ? `?tinh=${provinceCode}` : ''}`;
  const lessonHref = (slug: string) => `/courses/${params.slug}/lessons/${slug}${provinceCode ? `?tinh=${provinceCode}` : ''}`;

  // A new lesson starts at its top, and screen readers hear its title.
  useEffect(() => {
    if (lesson) {
      window.scrollTo?.(0, 0);
      document.getElementById('lesson-title')?.focus();
    }
  }, [lesson]);

  // No network and this lesson not downloaded (readContent says so at once): say it, and point to what is here.
  if ((query.error as { code?: string } | null)?.code === 'OFFLINE') {
    return (
      <section className="state state--error" role="alert">
        <p>{t('lesson.notDownloaded')}</p>
        <p className="button-row">
          <Link className="button button--primary" href={courseHref}>
            {t('lesson.downloaded')}
          </Link>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {t('state.retry')}
          </button>
        </p>
      </section>
    );
  }

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      <p>
        <Link href={courseHref}>← {t('lesson.backToCourse')}</Link>
      </p>
      {!lesson ? (
        <p className="state state--empty">{t('lesson.notFound')}</p>
      ) : (
        <article aria-labelledby="lesson-title" ref={articleRef}>
          <p className="module__number">{text(lesson.moduleTitle)}</p>
          <h1 id="lesson-title" tabIndex={-1}>
            {text(lesson.title)}
          </h1>
          <p className="card__meta">{t('lesson.minutes', { count: lesson.minutes })}</p>
          <ListenToLesson key={lesson.id} articleRef={articleRef} />
          <section className="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t('lesson.objectives')}</h2>
            <ul>
              {lesson.objectives.map((o, i) => (
                <li key={i}>{text(o)}</li>
              ))}
            </ul>
          </section>
          <MarkdownBody markdown={lesson.body} />
          <LessonDone
            key={lesson.id}
            courseSlug={params.slug}
            provinceCode={provinceCode}
            lessonId={lesson.id}
            next={lesson.next}
            lessonHref={lessonHref}
            courseHref={courseHref}
          />
          {lesson.previous && (
            <nav className="lesson-nav" aria-label={t('lesson.lessonNav')}>
              <Link className="button" href={lessonHref(lesson.previous.slug)}>
                ← {t('lesson.previous')}: {text(lesson.previous.title)}
              </Link>
            </nav>
          )}
        </article>
      )}
    </QueryState>
  );
}
