import type { LessonSource, ModuleSource, QuizSource } from './model.js';

/**
 * The province rule of a module with variants (docs/course-format.md, "Nội dung theo tỉnh"): a province's lessons
 * are ADDED to the national lessons of the module, placed by their number. A province lesson numbered NN comes
 * right after the national lesson NN (national first on equal numbers), so `06-…` after five national lessons
 * adds it at the end and `02-…` puts it between national lessons 2 and 3.
 */
export function compareLessonOrder(
  a: { position: number; provinceCode: string | null },
  b: { position: number; provinceCode: string | null },
): number {
  if (a.position !== b.position) return a.position - b.position;
  return (a.provinceCode === null ? 0 : 1) - (b.provinceCode === null ? 0 : 1);
}

/** The lessons of `module` as a learner of `provinceCode` sees them: national ones plus the province's, in order. */
export function lessonsForProvince(module: ModuleSource, provinceCode: string | null): (LessonSource & { provinceCode: string | null })[] {
  const national = module.lessons.map((l) => ({ ...l, provinceCode: null as string | null }));
  const variant = provinceCode ? module.variants.find((v) => v.provinceCode === provinceCode) : undefined;
  const own = (variant?.lessons ?? []).map((l) => ({ ...l, provinceCode: variant!.provinceCode as string | null }));
  return [...national, ...own].sort(compareLessonOrder);
}

/**
 * The quiz a province's learners take: the national questions first, then the province's own, so it covers both
 * parts of the module. Title, passing score and attempts come from the province's file when it sets them.
 */
export function composeProvinceQuiz(national: QuizSource | null, own: QuizSource): QuizSource {
  if (!national) return own;
  return {
    file: own.file,
    title: own.title ?? national.title,
    passingScore: Number.isNaN(own.passingScore) ? national.passingScore : own.passingScore,
    maxAttempts: own.maxAttempts ?? national.maxAttempts,
    retryAfterHours: own.retryAfterHours,
    questions: [...national.questions, ...own.questions],
  };
}
