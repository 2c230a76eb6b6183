import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { sessionStore } from '../../shared/auth/session-store.js';
import { FormAlert } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { formatDateTime } from '../../shared/format-date.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { CoursesQuery } from '../courses/courses.graphql.js';
import { useMe } from '../account/use-me.js';
import { AuthoringCourseQuery, ContentDraftsQuery, ContentVersionsQuery, RestoreContentVersionMutation } from './authoring.graphql.js';
import { DraftCard } from './DraftCard.js';
import { NS } from './texts.js';

export function isAuthor(roles: readonly string[]): boolean {
  return roles.includes('TRAINER') || roles.includes('NATIONAL_ADMIN');
}

/** `/soan-bai`: what the trainer may edit, the open drafts (the review queue) and the published versions. */
export default function AuthoringPage() {
  const { t } = useTranslation(NS);
  const { status } = useAuth();
  const me = useMe();
  const search = new URLSearchParams(useSearch());
  const courses = useQuery({ queryKey: ['courses'], queryFn: () => execute(CoursesQuery) });
  const courseSlug = search.get('khoa') ?? courses.data?.courses[0]?.slug ?? null;
  useDocumentTitle(t('title'));

  if (status === 'anonymous') return <p className="state state--empty">{t('signIn')}</p>;
  if (me.data && !isAuthor(me.data.roles)) return <p className="state state--empty">{t('notAllowed')}</p>;
  return (
    <section aria-labelledby="authoring-title">
      <h1 id="authoring-title">{t('title')}</h1>
      <p>{t('intro')}</p>
      <QueryState isPending={courses.isPending || me.isPending} error={courses.error ?? me.error} onRetry={() => void courses.refetch()}>
        {courseSlug && (
          <>
            <CourseContent courseSlug={courseSlug} />
            <DraftQueue courseSlug={courseSlug} />
            <Versions courseSlug={courseSlug} />
          </>
        )}
      </QueryState>
    </section>
  );
}

function CourseContent({ courseSlug }: { courseSlug: string }) {
  const { t } = useTranslation(NS);
  const query = useQuery({ queryKey: ['authoring', 'course', courseSlug], queryFn: () => execute(AuthoringCourseQuery, { courseSlug }) });
  const course = query.data?.authoringCourse;
  const base = `/soan-bai/${courseSlug}`;
  return (
    <section aria-labelledby="authoring-content">
      <h2 id="authoring-content">{t('content')}</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {course && (
          <>
            <p>{course.national ? t('scopeNational') : t('scopeProvince', { codes: course.provinces.join(', ') })}</p>
            {course.modules.length === 0 && <p className="state state--empty">{t('emptyModules')}</p>}
            {course.modules.map((m) => {
              const newProvinces = course.national ? [] : course.provinces.filter((p) => m.hasTemplate || m.provinces.includes(p));
              const lessons = m.lessons.filter((l) => l.canEdit);
              if (lessons.length === 0 && m.editableQuizzes.length === 0 && newProvinces.length === 0) return null;
              return (
                <article key={m.slug} className="card" aria-labelledby={`module-${m.slug}`}>
                  <h3 id={`module-${m.slug}`}>{m.title}</h3>
                  <ul className="authoring-list">
                    {lessons.map((l) => (
                      <li key={l.slug}>
                        <Link href={`${base}/bai/${l.slug}`} aria-label={t('editLesson', { title: l.title })}>
                          {String(l.position).padStart(2, '0')}. {l.title}
                        </Link>
                        {l.provinceCode && <span className="card__meta"> · {t('province', { code: l.provinceCode })}</span>}
                        {l.draftId && <span className="badge"> {t('inDraft')}</span>}
                      </li>
                    ))}
                  </ul>
                  <p className="button-row">
                    {m.editableQuizzes.map((code) => (
                      <Link key={code || 'national'} className="button" href={`${base}/kiem-tra/${m.slug}${code ? `?tinh=${code}` : ''}`}>
                        {t('quizOf', { scope: code ? t('province', { code }) : t('national') })}
                      </Link>
                    ))}
                    {course.national && (
                      <Link className="button" href={`${base}/bai-moi?hoc-phan=${m.slug}`}>
                        {t('addLesson')}
                      </Link>
                    )}
                    {newProvinces.map((code) => (
                      <Link key={code} className="button" href={`${base}/bai-moi?hoc-phan=${m.slug}&tinh=${code}`}>
                        {t('addProvinceLesson', { code })}
                      </Link>
                    ))}
                  </p>
                </article>
              );
            })}
          </>
        )}
      </QueryState>
    </section>
  );
}

function DraftQueue({ courseSlug }: { courseSlug: string }) {
  const { t } = useTranslation(NS);
  const query = useQuery({ queryKey: ['authoring', 'drafts', courseSlug], queryFn: () => execute(ContentDraftsQuery, { courseSlug }) });
  const drafts = query.data?.contentDrafts ?? [];
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="authoring-queue">
      <h2 id="authoring-queue">{t('queue')}</h2>
      <p role="status" className={done ? 'form-success' : undefined}>
        {done}
      </p>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {drafts.length === 0 ? (
          <p className="state state--empty">{t('queueEmpty')}</p>
        ) : (
          drafts.map((d) => <DraftCard key={d.id} draft={d} open={d.canReview && d.status !== 'DRAFT'} onDone={setDone} />)
        )}
      </QueryState>
    </section>
  );
}

function Versions({ courseSlug }: { courseSlug: string }) {
  const { t, i18n } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const me = useMe();
  const [done, setDone] = useState<string | null>(null);
  const query = useQuery({ queryKey: ['authoring', 'versions', courseSlug], queryFn: () => execute(ContentVersionsQuery, { courseSlug }) });
  const restore = useMutation({
    mutationFn: (versionId: string) => execute(RestoreContentVersionMutation, { input: { versionId } }),
    onSuccess: async ({ restoreContentVersion }) => {
      setDone(t('restored', { number: restoreContentVersion.number }));
      await queryClient.invalidateQueries({ queryKey: ['authoring'] });
    },
  });
  const national =
    !!me.data && (me.data.roles.includes('NATIONAL_ADMIN') || me.data.grants.some((g) => g.role === 'TRAINER' && !g.scopeCode));
  const versions = query.data?.contentVersions ?? [];
  const download = async () => {
    const token = sessionStore.get()?.accessToken;
    const res = await fetch(`/authoring/export/${courseSlug}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `${courseSlug}.zip`;
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <section aria-labelledby="authoring-versions">
      <h2 id="authoring-versions">{t('versions')}</h2>
      <p>
        <button type="button" className="button" onClick={() => void download()}>
          {t('download')}
        </button>
      </p>
      <FormAlert message={formErrors(restore.error, i18n.language, tc).general} />
      {done && (
        <p role="status" className="form-success">
          {done}
        </p>
      )}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {versions.length === 0 ? (
          <p className="state state--empty">{t('versionsEmpty')}</p>
        ) : (
          <ol className="authoring-versions" reversed>
            {versions.map((v, i) => (
              <li key={v.id}>
                <strong>{t('version', { number: v.number })}</strong> · {t(`kind_${v.kind}`, { number: v.restoredFrom })} ·{' '}
                {formatDateTime(v.createdAt, i18n.language)}
                {v.authorName && <> · {t('by', { name: v.authorName })}</>}
                {v.reviewerName && <> · {t('reviewedBy', { name: v.reviewerName })}</>}
                {v.note && <> · “{v.note}”</>}
                {v.changed.length > 0 && <div className="card__meta">{t('changed', { list: v.changed.slice(0, 8).join(', ') })}</div>}
                {national && i > 0 && (
                  <button
                    type="button"
                    className="button"
                    disabled={restore.isPending}
                    onClick={() => {
                      if (window.confirm(t('confirmRestore', { number: v.number }))) restore.mutate(v.id);
                    }}
                  >
                    {t('restore')}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
