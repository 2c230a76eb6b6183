import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { LessonDraftQuery as LessonDraftResult } from '../../gql/graphql.js';

type LessonDraftFields = LessonDraftResult['lessonDraft'];
import { Field, FieldError, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { LessonDraftQuery, SaveLessonDraftMutation } from './authoring.graphql.js';
import { DraftCard } from './DraftCard.js';
import { DraftChoice } from './DraftChoice.js';
import { ImageUpload, useDraftImageUrls, type UploadedImage } from './ImageUpload.js';
import { insertImage } from './insert-image.js';
import { LessonPreview } from './LessonPreview.js';
import { LineDiff } from './LineDiff.js';
import { ModulePreview } from './ModulePreview.js';
import { lessonField } from './problem-fields.js';
import { NS } from './texts.js';
import { StaleSaveConflict, type StaleSave } from './StaleSaveConflict.js';

interface Form {
  title: string;
  minutes: string;
  objectives: string;
  body: string;
  position: string;
  slug: string;
  archived: boolean;
}

const fromLesson = (l: LessonDraftFields): Form => ({
  title: l.title,
  minutes: String(l.minutes),
  objectives: l.objectives.join('\n'),
  body: l.body,
  position: String(l.position),
  slug: l.lessonSlug,
  archived: l.archived,
});

/** `/soan-bai/:courseSlug/bai/:lessonSlug` (and `/bai-moi?hoc-phan=…&tinh=…` for a new lesson): the lesson editor. */
export default function LessonEditorPage({ params }: { params: { courseSlug: string; lessonSlug?: string } }) {
  const { t } = useTranslation(NS);
  const search = new URLSearchParams(useSearch());
  const isNew = !params.lessonSlug;
  const query = useQuery({
    queryKey: ['authoring', 'lesson', params.courseSlug, params.lessonSlug],
    queryFn: () => execute(LessonDraftQuery, { courseSlug: params.courseSlug, lessonSlug: params.lessonSlug! }),
    enabled: !isNew,
  });
  useDocumentTitle(query.data?.lessonDraft.title ?? t('title'));
  return (
    <section>
      <p>
        <Link href={`/soan-bai?khoa=${params.courseSlug}`}>{t('back')}</Link>
      </p>
      {isNew ? (
        <LessonForm courseSlug={params.courseSlug} moduleSlug={search.get('hoc-phan')} provinceCode={search.get('tinh')} lesson={null} />
      ) : (
        <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
          {query.data && (
            <LessonForm courseSlug={params.courseSlug} lesson={query.data.lessonDraft} moduleSlug={null} provinceCode={null} />
          )}
        </QueryState>
      )}
    </section>
  );
}

interface LessonFormProps {
  courseSlug: string;
  lesson: LessonDraftFields | null;
  moduleSlug: string | null;
  provinceCode: string | null;
}

function LessonForm({ courseSlug, lesson: initial, moduleSlug, provinceCode }: LessonFormProps) {
  const { t, i18n } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [lesson, setLesson] = useState(initial);
  const [form, setForm] = useState<Form>(
    initial ? fromLesson(initial) : { title: '', minutes: '5', objectives: '', body: '', position: '', slug: '', archived: false },
  );
  const [conflict, setConflict] = useState<StaleSave | null>(null);
  const [saved, setSaved] = useState(false);
  const [draftDone, setDraftDone] = useState<string | null>(null);
  const [intoDraft, setIntoDraft] = useState('');
  // An image uploaded before the lesson has a draft opens one; the text that uses it is saved into the same draft.
  const [imageDraftId, setImageDraftId] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<string[]>([]);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const draftImages = [
    ...new Set([...(lesson?.draft?.images ?? []).filter((i) => i.change !== 'REMOVED').map((i) => i.path), ...uploaded]),
  ];
  const imageUrls = useDraftImageUrls(courseSlug, draftImages);
  const onImage = (image: UploadedImage, alt: string) => {
    if (image.draftId && !lesson?.draft) setImageDraftId(image.draftId);
    setUploaded((paths) => (paths.includes(image.path) ? paths : [...paths, image.path]));
    const cursor = bodyRef.current?.selectionStart ?? form.body.length;
    setSaved(false);
    setForm((f) => ({ ...f, body: insertImage(f.body, cursor, alt, image.src).body }));
  };
  const set = (key: keyof Form) => (value: string) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };

  const save = useMutation({
    mutationFn: (revision: string) =>
      execute(SaveLessonDraftMutation, {
        input: {
          courseSlug,
          lessonSlug: lesson?.lessonSlug ?? form.slug.trim(),
          revision,
          moduleSlug: lesson ? null : moduleSlug,
          provinceCode: lesson ? null : provinceCode,
          position: form.position ? Number(form.position) : null,
          title: form.title,
          minutes: Number(form.minutes) || 0,
          objectives: form.objectives
            .split('\n')
            .map((o) => o.trim())
            .filter(Boolean),
          body: form.body,
          archived: form.archived,
          // A lesson already in a draft stays there; another goes into the draft its image opened, else where the trainer
          // chose (DraftChoice).
          draftId: lesson?.draft ? null : imageDraftId || intoDraft || null,
        },
      }),
    onSuccess: async ({ saveLessonDraft }) => {
      setLesson(saveLessonDraft.lesson);
      setConflict(saveLessonDraft.conflict ?? null);
      if (!saveLessonDraft.conflict) setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['authoring', 'course'] });
      await queryClient.invalidateQueries({ queryKey: ['authoring', 'drafts'] });
      if (!initial && !saveLessonDraft.conflict)
        navigate(`/soan-bai/${courseSlug}/bai/${saveLessonDraft.lesson.lessonSlug}`, { replace: true });
    },
  });
  const errors = formErrors(save.error, i18n.language, tc);
  const problems: Record<string, string> = {};
  const general: string[] = [];
  for (const p of lesson?.problems ?? []) {
    const field = lessonField(p.field);
    if (field) problems[field] = problems[field] ? `${problems[field]} ${p.message}` : p.message;
    else general.push(p.message);
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(lesson?.revision ?? 'new');
  };
  const objectives = form.objectives
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

  return (
    <>
      <h1>{lesson ? t('editLesson', { title: lesson.title }) : t('addLesson')}</h1>
      {conflict && (
        <StaleSaveConflict
          conflict={conflict}
          onTakeTheirs={() => {
            if (lesson) setForm(fromLesson(lesson));
            setConflict(null);
          }}
          onKeepMine={() => save.mutate(conflict.revision)}
        />
      )}
      <div className="editor">
        <form className="editor__form" onSubmit={onSubmit} noValidate>
          <FormAlert message={errors.general ?? (general.length ? general.join(' ') : null)} />
          {!lesson && (
            <Field id="lesson-slug" label={t('slug')} hint={t('slugHint')} value={form.slug} onChange={set('slug')} autoCapitalize="none" />
          )}
          <Field id="lesson-title" label={t('lessonTitle')} value={form.title} onChange={set('title')} error={problems.title} />
          <Field
            id="lesson-minutes"
            label={t('minutes')}
            inputMode="numeric"
            value={form.minutes}
            onChange={set('minutes')}
            error={problems.minutes}
          />
          <Field id="lesson-position" label={t('position')} inputMode="numeric" value={form.position} onChange={set('position')} />
          <TextArea
            id="lesson-objectives"
            label={t('objectives')}
            hint={t('objectivesHint')}
            rows={4}
            value={form.objectives}
            onChange={set('objectives')}
            error={problems.objectives}
          />
          <TextArea
            id="lesson-body"
            label={t('body')}
            hint={t('bodyHint')}
            rows={18}
            value={form.body}
            onChange={set('body')}
            error={problems.body}
            textareaRef={bodyRef}
          />
          <ImageUpload
            courseSlug={courseSlug}
            target={
              lesson
                ? { lessonSlug: lesson.lessonSlug, draftId: lesson.draft?.id ?? (imageDraftId || intoDraft || null) }
                : { moduleSlug, provinceCode, draftId: imageDraftId || intoDraft || null }
            }
            onUploaded={onImage}
          />
          {lesson && (
            <div className="field field--check">
              <input
                id="lesson-archived"
                type="checkbox"
                checked={form.archived}
                onChange={(e) => setForm((f) => ({ ...f, archived: e.target.checked }))}
              />
              <label htmlFor="lesson-archived">{t('archive')}</label>
            </div>
          )}
          {!lesson?.draft && <DraftChoice courseSlug={courseSlug} value={intoDraft} onChange={setIntoDraft} />}
          <SubmitButton pending={save.isPending}>{t('save')}</SubmitButton>
          {saved && (
            <p role="status" className="form-success">
              {t('saved')}
            </p>
          )}
        </form>
        <section className="editor__preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('preview')}</h2>
          {lesson && (
            <ModulePreview
              courseSlug={courseSlug}
              moduleSlug={lesson.moduleSlug}
              lessonSlug={lesson.lessonSlug}
              lessonProvince={lesson.provinceCode ?? null}
              draftId={lesson.draft?.id ?? null}
              revision={lesson.revision}
              title={form.title}
              archived={lesson.archived}
            />
          )}
          <LessonPreview
            courseSlug={courseSlug}
            path={lesson?.path ?? newLessonPath(uploaded)}
            title={form.title}
            minutes={Number(form.minutes) || 0}
            objectives={objectives}
            body={form.body}
            images={imageUrls}
          />
        </section>
      </div>
      {lesson && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">{t('compare')}</h2>
          {lesson.publishedText === null ? (
            <p>{t('newFile')}</p>
          ) : (
            <LineDiff before={lesson.publishedText} after={lesson.archived ? '' : lesson.text} />
          )}
        </section>
      )}
      <p role="status" className={draftDone ? 'form-success' : undefined}>
        {draftDone}
      </p>
      {lesson?.draft && <DraftCard draft={lesson.draft} onDone={setDraftDone} />}
    </>
  );
}

/** A lesson not saved yet has no file; its images show it where it will be (beside them). */
function newLessonPath(uploaded: string[]): string {
  return uploaded[0] ? uploaded[0].replace(/\/images\/[^/]+$/, '/00-bai-moi.md') : '';
}

interface TextAreaProps {
  id: string;
  label: string;
  hint?: string;
  rows: number;
  value: string;
  onChange(value: string): void;
  error?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
}

export function TextArea({ id, label, hint, rows, value, onChange, error, textareaRef }: TextAreaProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        ref={textareaRef}
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
