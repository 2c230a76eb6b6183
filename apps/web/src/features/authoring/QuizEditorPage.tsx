import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { QuizDraftQuery as QuizDraftResult } from '../../gql/graphql.js';

type QuizDraftFields = QuizDraftResult['quizDraft'];
import { Field, FieldError, FormAlert, SubmitButton } from '../../shared/forms/Field.js';
import { formErrors } from '../../shared/forms/form-errors.js';
import { execute } from '../../shared/graphql/execute.js';
import { QueryState } from '../../shared/ui/QueryState.js';
import { useDocumentTitle } from '../../shared/ui/use-document-title.js';
import { QuizDraftQuery, SaveQuizDraftMutation } from './authoring.graphql.js';
import { DraftCard } from './DraftCard.js';
import { TextArea } from './LessonEditorPage.js';
import { LineDiff } from './LineDiff.js';
import { questionIndex } from './problem-fields.js';
import { NS } from './texts.js';
import { StaleSaveConflict, type StaleSave } from './StaleSaveConflict.js';

type Question = QuizDraftFields['questions'][number];

const TYPES = ['single', 'multiple', 'true_false'] as const;
const nextId = (options: { id: string }[]) => 'abcdefgh'.split('').find((c) => !options.some((o) => o.id === c)) ?? 'x';

/** `/soan-bai/:courseSlug/kiem-tra/:moduleSlug[?tinh=01]`: questions, options, explanations and passing rules. */
export default function QuizEditorPage({ params }: { params: { courseSlug: string; moduleSlug: string } }) {
  const { t } = useTranslation(NS);
  const provinceCode = new URLSearchParams(useSearch()).get('tinh');
  const query = useQuery({
    queryKey: ['authoring', 'quiz', params.courseSlug, params.moduleSlug, provinceCode],
    queryFn: () => execute(QuizDraftQuery, { courseSlug: params.courseSlug, moduleSlug: params.moduleSlug, provinceCode }),
  });
  useDocumentTitle(t('quiz'));
  return (
    <section>
      <p>
        <Link href={`/soan-bai?khoa=${params.courseSlug}`}>{t('back')}</Link>
      </p>
      <h1>{t('quizOf', { scope: provinceCode ? t('province', { code: provinceCode }) : t('national') })}</h1>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {query.data && <QuizForm quiz={query.data.quizDraft} />}
      </QueryState>
    </section>
  );
}

function QuizForm({ quiz: initial }: { quiz: QuizDraftFields }) {
  const { t, i18n } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const [quiz, setQuiz] = useState(initial);
  const [questions, setQuestions] = useState<Question[]>(initial.questions);
  const [passingScore, setPassingScore] = useState(
    initial.passingScore === null || initial.passingScore === undefined ? '' : String(initial.passingScore),
  );
  const [maxAttempts, setMaxAttempts] = useState(initial.maxAttempts ? String(initial.maxAttempts) : '');
  const [conflict, setConflict] = useState<StaleSave | null>(null);
  const [saved, setSaved] = useState(false);
  const [draftDone, setDraftDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (revision: string) =>
      execute(SaveQuizDraftMutation, {
        input: {
          courseSlug: quiz.courseSlug,
          moduleSlug: quiz.moduleSlug,
          provinceCode: quiz.provinceCode,
          revision,
          title: quiz.title,
          passingScore: passingScore ? Number(passingScore) : null,
          maxAttempts: maxAttempts ? Number(maxAttempts) : null,
          retryAfterHours: quiz.retryAfterHours,
          questions: questions.map(({ slug, type, situation, prompt, options }) => ({
            slug,
            type,
            situation,
            prompt,
            options: options.map(({ id, text, correct, explanation }) => ({ id, text, correct, explanation })),
          })),
        },
      }),
    onSuccess: async ({ saveQuizDraft }) => {
      setQuiz(saveQuizDraft.quiz);
      setConflict(saveQuizDraft.conflict ?? null);
      setSaved(!saveQuizDraft.conflict);
      await queryClient.invalidateQueries({ queryKey: ['authoring', 'drafts'] });
    },
  });
  const errors = formErrors(save.error, i18n.language, tc);
  const byQuestion = new Map<number, string[]>();
  const general: string[] = [];
  for (const p of quiz.problems) {
    const i = questionIndex(p.field);
    if (i === null) general.push(p.message);
    else byQuestion.set(i, [...(byQuestion.get(i) ?? []), p.message]);
  }
  const update = (i: number, change: Partial<Question>) => {
    setSaved(false);
    setQuestions((qs) => qs.map((q, j) => (j === i ? { ...q, ...change } : q)));
  };
  const move = (i: number, by: number) =>
    setQuestions((qs) => {
      const next = [...qs];
      const [q] = next.splice(i, 1);
      next.splice(i + by, 0, q!);
      return next;
    });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(quiz.revision);
  };

  return (
    <>
      {conflict && (
        <StaleSaveConflict
          conflict={conflict}
          onTakeTheirs={() => {
            setQuestions(quiz.questions);
            setConflict(null);
          }}
          onKeepMine={() => save.mutate(conflict.revision)}
        />
      )}
      <form onSubmit={onSubmit} noValidate>
        <FormAlert message={errors.general ?? (general.length ? general.join(' ') : null)} />
        <Field id="quiz-passing" label={t('passingScore')} inputMode="decimal" value={passingScore} onChange={setPassingScore} />
        <Field id="quiz-attempts" label={t('maxAttempts')} inputMode="numeric" value={maxAttempts} onChange={setMaxAttempts} />
        {questions.map((q, i) => {
          const id = `q${i}`;
          const problem = byQuestion.get(i)?.join(' ');
          return (
            <fieldset
              key={i}
              className={`card question-editor${problem ? ' field--invalid' : ''}`}
              aria-describedby={problem ? `${id}-error` : undefined}
            >
              <legend>{t('question', { n: i + 1 })}</legend>
              <FieldError id={id} error={problem} />
              <Field
                id={`${id}-slug`}
                label={t('questionSlug')}
                value={q.slug}
                onChange={(slug) => update(i, { slug })}
                autoCapitalize="none"
              />
              <div className="field">
                <label htmlFor={`${id}-type`}>{t('questionType')}</label>
                <select id={`${id}-type`} value={q.type} onChange={(e) => update(i, { type: e.target.value })}>
                  {TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`type_${type}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field field--check">
                <input
                  id={`${id}-situation`}
                  type="checkbox"
                  checked={q.situation}
                  onChange={(e) => update(i, { situation: e.target.checked })}
                />
                <label htmlFor={`${id}-situation`}>{t('situation')}</label>
              </div>
              <TextArea id={`${id}-prompt`} label={t('prompt')} rows={2} value={q.prompt} onChange={(prompt) => update(i, { prompt })} />
              {q.options.map((o, j) => {
                const setOption = (change: Partial<typeof o>) =>
                  update(i, { options: q.options.map((x, k) => (k === j ? { ...x, ...change } : x)) });
                return (
                  <div key={o.id + j} className="option-editor">
                    <Field
                      id={`${id}-o${j}-text`}
                      label={t('optionText', { id: o.id })}
                      value={o.text}
                      onChange={(text) => setOption({ text })}
                    />
                    <div className="field field--check">
                      <input
                        id={`${id}-o${j}-correct`}
                        type="checkbox"
                        checked={o.correct}
                        onChange={(e) => setOption({ correct: e.target.checked })}
                      />
                      <label htmlFor={`${id}-o${j}-correct`}>{t('correct')}</label>
                    </div>
                    <Field
                      id={`${id}-o${j}-explanation`}
                      label={t('explanation', { id: o.id })}
                      value={o.explanation}
                      onChange={(explanation) => setOption({ explanation })}
                    />
                    <button type="button" className="button" onClick={() => update(i, { options: q.options.filter((_, k) => k !== j) })}>
                      {t('removeOption', { id: o.id })}
                    </button>
                  </div>
                );
              })}
              <p className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    update(i, { options: [...q.options, { id: nextId(q.options), text: '', correct: false, explanation: '' }] })
                  }
                >
                  {t('addOption')}
                </button>
                <button type="button" className="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('moveUp', { n: i + 1 })}
                </button>
                <button type="button" className="button" disabled={i === questions.length - 1} onClick={() => move(i, 1)}>
                  {t('moveDown', { n: i + 1 })}
                </button>
                <button type="button" className="button" onClick={() => setQuestions((qs) => qs.filter((_, k) => k !== i))}>
                  {t('removeQuestion', { n: i + 1 })}
                </button>
              </p>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            className="button"
            onClick={() =>
              setQuestions((qs) => [
                ...qs,
                {
                  slug: `cau-${qs.length + 1}`,
                  type: 'single',
                  situation: false,
                  prompt: '',
                  options: [
                    { id: 'a', text: '', correct: true, explanation: '' },
                    { id: 'b', text: '', correct: false, explanation: '' },
                  ],
                },
              ])
            }
          >
            {t('addQuestion')}
          </button>
        </p>
        <SubmitButton pending={save.isPending}>{t('save')}</SubmitButton>
        {saved && (
          <p role="status" className="form-success">
            {t('saved')}
          </p>
        )}
      </form>
      <section aria-labelledby="quiz-compare">
        <h2 id="quiz-compare">{t('compare')}</h2>
        {quiz.publishedText === null || quiz.publishedText === undefined ? (
          <p>{t('newFile')}</p>
        ) : (
          <LineDiff before={quiz.publishedText} after={quiz.text} />
        )}
      </section>
      <p role="status" className={draftDone ? 'form-success' : undefined}>
        {draftDone}
      </p>
      {quiz.draft && <DraftCard draft={quiz.draft} onDone={setDraftDone} />}
    </>
  );
}
