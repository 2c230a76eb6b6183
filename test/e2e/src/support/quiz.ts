import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';

export const QUIZ_FILE = new URL('../../../../courses/pho-cap-ky-nang-so-cong-dong/01-dich-vu-cong-truc-tuyen/quiz.yaml', import.meta.url);

interface QuizFile {
  maxAttempts: number;
  retryAfterHours?: number;
  questions: { slug: string; type: string; options: { id: string; correct: boolean }[] }[];
}

/** Module 1's quiz as the course file says; the right answers come from it, as the API grades them. */
export const quizFile = parse(readFileSync(QUIZ_FILE, 'utf8')) as QuizFile;

function question(slug: string) {
  const found = quizFile.questions.find((q) => q.slug === slug);
  if (!found) throw new Error(`question ${slug} is not in ${QUIZ_FILE.pathname}`);
  return found;
}
export const rightAnswers = (slug: string) =>
  question(slug)
    .options.filter((o) => o.correct)
    .map((o) => o.id);
/** One wrong option alone is wrong for every kind of question (single, true/false, multiple). */
export const wrongAnswers = (slug: string) => [question(slug).options.find((o) => !o.correct)!.id];
/** Every question answered wrong, as submitQuiz takes it. */
export const allWrong = () => quizFile.questions.map((q) => ({ questionSlug: q.slug, optionIds: wrongAnswers(q.slug) }));

/** Answers every question, one screen at a time, pressing on the words of each choice, then hands the quiz in. */
export async function takeQuiz(page: Page, answers: (slug: string) => string[]): Promise<void> {
  const total = quizFile.questions.length;
  for (let n = 1; n <= total; n++) {
    await page.getByRole('heading', { name: `Câu ${n}/${total}`, exact: true }).waitFor();
    const name = await page.locator('.question input').first().getAttribute('name');
    const slug = name!.replace(/^question-/, '');
    for (const id of answers(slug))
      await page.locator('label.choice', { has: page.locator(`input[name="${name}"][value="${id}"]`) }).click();
    await page.getByRole('button', { name: n < total ? 'Câu sau →' : 'Nộp bài', exact: true }).click();
  }
  await page.getByRole('heading', { name: 'Kết quả bài kiểm tra' }).waitFor();
}
