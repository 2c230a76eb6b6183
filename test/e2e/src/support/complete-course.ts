import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { graphql } from './demo-data.js';
import type { RunningServer } from './server.js';

const SLUG = 'pho-cap-ky-nang-so-cong-dong';
const COURSE_DIR = new URL(`../../../../courses/${SLUG}/`, import.meta.url);
/** The quiz files of a learner in Hà Nội (province 01): the national quizzes and Hà Nội's part of module 6. */
const QUIZ_FILES = [
  '01-dich-vu-cong-truc-tuyen/quiz.yaml',
  '02-thanh-toan-khong-dung-tien-mat/quiz.yaml',
  '03-mua-ban-tren-san-thuong-mai-dien-tu/quiz.yaml',
  '04-nen-tang-so-viet-nam/quiz.yaml',
  '05-an-toan-thong-tin-co-ban/quiz.yaml',
  '06-noi-dung-dia-phuong/quiz.yaml',
  '06-noi-dung-dia-phuong/provinces/01/quiz.yaml',
];

/** Right answers by "module number:question slug", from the course files, as the API grades them. */
function rightAnswers(): Map<string, string[]> {
  const answers = new Map<string, string[]>();
  for (const file of QUIZ_FILES) {
    const quiz = parse(readFileSync(new URL(file, COURSE_DIR), 'utf8')) as {
      questions: { slug: string; options: { id: string; correct: boolean }[] }[];
    };
    for (const q of quiz.questions)
      answers.set(
        `${file.slice(0, 2)}:${q.slug}`,
        q.options.filter((o) => o.correct).map((o) => o.id),
      );
  }
  return answers;
}

interface Progress {
  myProgress: { completed: boolean; modules: { quizId: string | null; nextLesson: { id: string } | null }[] };
}
const PROGRESS = `query { myProgress(courseSlug: "${SLUG}") { completed modules { quizId nextLesson { id } } } }`;

/** Completes the whole course through the API (every lesson, every quiz passed): the learner then holds a certificate. */
export async function completeCourse(server: RunningServer, token: string): Promise<void> {
  const answers = rightAnswers();
  for (;;) {
    const { myProgress } = await graphql<Progress>(server, PROGRESS, {}, token);
    const next = myProgress.modules.find((m) => m.nextLesson);
    if (!next) break;
    await graphql(
      server,
      'mutation ($i: CompleteLessonInput!) { completeLesson(input: $i) { lessonId } }',
      { i: { lessonId: next.nextLesson!.id, clientEventId: randomUUID() } },
      token,
    );
  }
  const { myProgress } = await graphql<Progress>(server, PROGRESS, {}, token);
  for (const [i, m] of myProgress.modules.entries()) {
    const { quiz } = await graphql<{ quiz: { questions: { slug: string }[] } }>(
      server,
      'query ($id: ID!) { quiz(id: $id) { questions { slug } } }',
      { id: m.quizId },
      token,
    );
    const prefix = String(i + 1).padStart(2, '0');
    const { submitQuiz } = await graphql<{ submitQuiz: { passed: boolean } }>(
      server,
      'mutation ($i: SubmitQuizInput!) { submitQuiz(input: $i) { passed } }',
      {
        i: {
          quizId: m.quizId,
          clientEventId: randomUUID(),
          answers: quiz.questions.map((q) => ({ questionSlug: q.slug, optionIds: answers.get(`${prefix}:${q.slug}`) })),
        },
      },
      token,
    );
    if (!submitQuiz.passed) throw new Error(`quiz of module ${i + 1} not passed with the course file's answers`);
  }
  const done = await graphql<Progress>(server, PROGRESS, {}, token);
  if (!done.myProgress.completed) throw new Error('the course is not completed');
}
