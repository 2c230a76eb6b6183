import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvinces } from '../../shared/admin-units/PlacePicker.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { ModulePreviewQuery } from './authoring.graphql.js';
import { NS } from './texts.js';

interface ModulePreviewProps {
  courseSlug: string;
  moduleSlug: string;
  lessonSlug: string;
  /** The province the edited lesson belongs to (the preview starts there), null for a national lesson. */
  lessonProvince: string | null;
  /** The lesson's open draft, applied to the module (null: as published). */
  draftId: string | null;
  /** Moves on every save, so the module is read again with what was saved. */
  revision: string;
  /** The title as typed, not yet saved. */
  title: string;
  archived: boolean;
}

/**
 * The edited lesson inside its module as the learners of a chosen province would get it (issue 17): the module's
 * title for them, where the lesson sits among the national lessons and the province's, and the quiz they take,
 * with the lesson's draft applied. The lesson itself is shown under it by LessonPreview.
 */
export function ModulePreview({
  courseSlug,
  moduleSlug,
  lessonSlug,
  lessonProvince,
  draftId,
  revision,
  title,
  archived,
}: ModulePreviewProps) {
  const { t } = useTranslation(NS);
  const provinces = useProvinces();
  const [province, setProvince] = useState(lessonProvince ?? '');
  const query = useQuery({
    queryKey: ['authoring', 'preview', courseSlug, moduleSlug, province, draftId, revision],
    queryFn: () => execute(ModulePreviewQuery, { courseSlug, moduleSlug, provinceCode: province || null, draftId }),
    placeholderData: keepPreviousData,
  });
  const nameOf = (code: string) => provinces.data?.find((p) => p.code === code)?.name ?? t('province', { code });
  const preview = query.data?.modulePreview;
  const lessons = preview?.lessons ?? [];
  const at = lessons.findIndex((l) => l.slug === lessonSlug);
  return (
    <div className="module-preview">
      <div className="field">
        <label htmlFor="preview-province">{t('previewAs')}</label>
        <select id="preview-province" value={province} onChange={(e) => setProvince(e.target.value)}>
          <option value="">{t('previewNational')}</option>
          {(provinces.data ?? []).map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {preview && (
          <>
            <p className="module__number">{preview.title}</p>
            <p className="card__meta" role="status">
              {archived
                ? t('previewArchived')
                : at >= 0
                  ? t('previewPlace', { n: at + 1, total: lessons.length })
                  : t('previewNotShown', { province: lessonProvince ? nameOf(lessonProvince) : t('national') })}
            </p>
            <details className="module-preview__outline" open>
              <summary>{t('previewOutline', { n: lessons.length })}</summary>
              <ol className="lesson-list" aria-label={t('previewLessons')}>
                {lessons.map((l, i) => (
                  <li key={l.slug} aria-current={i === at ? true : undefined}>
                    {i === at ? <strong>{title || l.title}</strong> : l.title}
                    {i === at && <span className="card__meta"> ({t('previewCurrent')})</span>}
                    {l.provinceCode && <span className="card__meta"> · {t('previewOwn', { province: nameOf(l.provinceCode) })}</span>}
                    {l.changed && <span className="badge"> {t('previewChanged')}</span>}
                  </li>
                ))}
              </ol>
              <p className="card__meta">
                {preview.quizQuestionCount === null || preview.quizQuestionCount === undefined
                  ? t('previewNoQuiz')
                  : preview.provinceQuestionCount > 0
                    ? t('previewQuizOwn', { n: preview.quizQuestionCount, own: preview.provinceQuestionCount })
                    : t('previewQuiz', { n: preview.quizQuestionCount })}
              </p>
            </details>
            <p className="card__meta">{preview.draftId ? t('previewWithDraft') : t('previewPublished')}</p>
          </>
        )}
      </QueryState>
    </div>
  );
}
