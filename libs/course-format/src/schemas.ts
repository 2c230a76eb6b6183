import { z } from 'zod';

/** A text in the course language (plain string) or per language: `{ vi: "…", en: "…" }`. */
export const localizedTextSchema = z.union([z.string().trim().min(1), z.record(z.string().regex(/^[a-z]{2}$/), z.string().trim().min(1))]);

export const courseFileSchema = z.strictObject({
  title: localizedTextSchema,
  summary: localizedTextSchema,
  // Lan Tỏa's courses are written in Vietnamese; other languages are translations inside each text.
  language: z.literal('vi'),
  issuer: localizedTextSchema,
  passing: z
    .strictObject({
      quizPassingScore: z.number().gt(0).max(1).default(0.8),
    })
    .default({ quizPassingScore: 0.8 }),
  /** Writing rules the course opts into (docs/course-writing-guide.md); checked by courses:check. */
  writing: z
    .strictObject({
      /** Lesson minutes must be words ÷ this, rounded up (±1). */
      wordsPerMinute: z.number().int().min(20).max(300).optional(),
      /** Each quiz (a province's: its own questions) needs at least this share of `situation: true` questions. */
      minSituationShare: z.number().min(0).max(1).optional(),
    })
    .optional(),
});

export const moduleFileSchema = z.strictObject({
  title: localizedTextSchema,
  summary: localizedTextSchema,
});

/**
 * A province folder's `module.yaml`: title and summary of the province's part, and optionally the body that issues
 * certificates to the province's learners (its Sở Khoa học và Công nghệ), instead of the course's `issuer`.
 */
export const variantFileSchema = moduleFileSchema.partial().extend({ issuer: localizedTextSchema.optional() });

export const lessonFrontMatterSchema = z.strictObject({
  title: localizedTextSchema,
  minutes: z.number().int().min(1).max(60),
  objectives: z.array(localizedTextSchema).min(1).max(6),
});

const optionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/),
  text: localizedTextSchema,
  correct: z.boolean(),
  explanation: localizedTextSchema,
});

const questionSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  type: z.enum(['single', 'multiple', 'true_false']),
  /** A situation to act on ("Bà Tư nhận được tin nhắn…: bà nên làm gì?"), not recall; at least half of a quiz. */
  situation: z.boolean().optional(),
  prompt: localizedTextSchema,
  options: z.array(optionSchema).min(2).max(8),
});

export const quizFileSchema = z.strictObject({
  title: localizedTextSchema.optional(),
  passingScore: z.number().gt(0).max(1).optional(),
  maxAttempts: z.number().int().min(1).max(100).optional(),
  // Hours to wait after the attempts of a round are used before a new round opens (default 24).
  retryAfterHours: z.number().min(0).max(720).optional(),
  questions: z.array(questionSchema).min(1),
});

export type LocalizedInput = z.infer<typeof localizedTextSchema>;
export type CourseFile = z.infer<typeof courseFileSchema>;
export type ModuleFile = z.infer<typeof moduleFileSchema>;
export type VariantFile = z.infer<typeof variantFileSchema>;
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;
export type QuizFile = z.infer<typeof quizFileSchema>;
