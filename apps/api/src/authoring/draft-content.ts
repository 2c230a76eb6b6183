import { formatLessonFile, formatYamlFile, splitLessonFile } from '@lantoa/course-format';
import { parse } from 'yaml';

type Localized = string | Record<string, string>;

/** The Vietnamese text of a plain string or a language map. */
export function vi(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return String((value as Record<string, unknown>).vi ?? '');
  return '';
}

/** New Vietnamese text, keeping the other languages of the text it replaces (translations are edited in the files). */
function withVi(previous: unknown, text: string): Localized {
  if (previous && typeof previous === 'object' && !Array.isArray(previous)) {
    const others = Object.fromEntries(Object.entries(previous as Record<string, string>).filter(([lang]) => lang !== 'vi'));
    if (Object.keys(others).length > 0) return { vi: text, ...others };
  }
  return text;
}

export interface LessonFields {
  title: string;
  minutes: number;
  objectives: string[];
  body: string;
}

export function lessonFields(text: string): LessonFields {
  const { frontMatter, body } = splitLessonFile(text);
  return {
    title: vi(frontMatter.title),
    minutes: typeof frontMatter.minutes === 'number' ? frontMatter.minutes : 0,
    objectives: Array.isArray(frontMatter.objectives) ? frontMatter.objectives.map(vi) : [],
    body,
  };
}

/** The lesson file for edited fields; front matter keys the editor does not know are kept. */
export function lessonFileFor(previous: string | null, fields: LessonFields): string {
  const old = previous ? splitLessonFile(previous).frontMatter : {};
  const oldObjectives = Array.isArray(old.objectives) ? (old.objectives as unknown[]) : [];
  return formatLessonFile(
    {
      ...old,
      title: withVi(old.title, fields.title.trim()),
      minutes: fields.minutes,
      objectives: fields.objectives.map((o, i) => withVi(oldObjectives[i], o.trim())),
    },
    fields.body,
  );
}

export interface QuizOptionFields {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

export interface QuizQuestionFields {
  slug: string;
  type: string;
  situation: boolean;
  prompt: string;
  options: QuizOptionFields[];
}

export interface QuizFields {
  title: string | null;
  passingScore: number | null;
  maxAttempts: number | null;
  retryAfterHours: number | null;
  questions: QuizQuestionFields[];
}

function parseYaml(text: string): Record<string, unknown> {
  try {
    const data: unknown = parse(text);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function quizFields(text: string): QuizFields {
  const data = parseYaml(text);
  const questions = Array.isArray(data.questions) ? (data.questions as Record<string, unknown>[]) : [];
  return {
    title: data.title === undefined ? null : vi(data.title),
    passingScore: num(data.passingScore),
    maxAttempts: num(data.maxAttempts),
    retryAfterHours: num(data.retryAfterHours),
    questions: questions.map((q) => ({
      slug: String(q.slug ?? ''),
      type: String(q.type ?? 'single'),
      situation: q.situation === true,
      prompt: vi(q.prompt),
      options: (Array.isArray(q.options) ? (q.options as Record<string, unknown>[]) : []).map((o) => ({
        id: String(o.id ?? ''),
        text: vi(o.text),
        correct: o.correct === true,
        explanation: vi(o.explanation),
      })),
    })),
  };
}

/** The quiz file for edited fields; translations of questions and options are kept by slug and option id. */
export function quizFileFor(previous: string | null, fields: QuizFields): string {
  const old = previous ? parseYaml(previous) : {};
  const oldQuestions = new Map(
    (Array.isArray(old.questions) ? (old.questions as Record<string, unknown>[]) : []).map((q) => [String(q.slug), q]),
  );
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(old))
    if (!['title', 'passingScore', 'maxAttempts', 'retryAfterHours', 'questions'].includes(key)) data[key] = value;
  if (fields.title) data.title = withVi(old.title, fields.title.trim());
  if (fields.passingScore !== null) data.passingScore = fields.passingScore;
  if (fields.maxAttempts !== null) data.maxAttempts = fields.maxAttempts;
  if (fields.retryAfterHours !== null) data.retryAfterHours = fields.retryAfterHours;
  data.questions = fields.questions.map((q) => {
    const oldQ = oldQuestions.get(q.slug) ?? {};
    const oldOptions = new Map(
      (Array.isArray(oldQ.options) ? (oldQ.options as Record<string, unknown>[]) : []).map((o) => [String(o.id), o]),
    );
    return {
      slug: q.slug,
      type: q.type,
      ...(q.situation ? { situation: true } : {}),
      prompt: withVi(oldQ.prompt, q.prompt.trim()),
      options: q.options.map((o) => {
        const oldO = oldOptions.get(o.id) ?? {};
        return {
          id: o.id,
          text: withVi(oldO.text, o.text.trim()),
          correct: o.correct,
          explanation: withVi(oldO.explanation, o.explanation.trim()),
        };
      }),
    };
  });
  return formatYamlFile(data);
}

/** Title of a module folder's module.yaml (Vietnamese), for lists. */
export function yamlTitle(text: string | undefined): string {
  return text ? vi(parseYaml(text).title) : '';
}
