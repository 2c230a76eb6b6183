import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const lessonText = (title: string, body = 'Nội dung bài học.\n') =>
  `---\ntitle:\n  vi: ${title}\n  en: ${title} (en)\nminutes: 5\nobjectives:\n  - Hiểu bài\n---\n\n${body}`;

export const quizText = (questions = 2, prefix = 'cau') =>
  `passingScore: 0.8\nmaxAttempts: 3\nquestions:\n${Array.from({ length: questions }, (_, i) => questionText(`${prefix}-${i + 1}`)).join('')}`;

export const questionText = (slug: string) => `  - slug: ${slug}
    type: single
    prompt: Câu hỏi ${slug}?
    options:
      - id: a
        text: Đúng là a
        correct: true
        explanation: Vì a đúng.
      - id: b
        text: Sai là b
        correct: false
        explanation: Vì b sai.
`;

/** Writes a small valid course (two modules, the second with lessons added for Hà Nội) to a temp folder; returns the course folder. */
export function makeCourseDir(files: Record<string, string | null> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'lantoa-course-'));
  const course = join(root, 'khoa-hoc-thu');
  const base: Record<string, string> = {
    'course.yaml': 'title:\n  vi: Khóa học thử\n  en: Test course\nsummary: Tóm tắt\nlanguage: vi\nissuer: Sở KH&CN\n',
    '01-hoc-phan-mot/module.yaml': 'title: Học phần một\nsummary: Tóm tắt một\n',
    '01-hoc-phan-mot/01-bai-mot.md': lessonText('Bài một', 'Nội dung.\n\n![Sơ đồ các bước](images/so-do.svg)\n'),
    '01-hoc-phan-mot/02-bai-hai.md': lessonText('Bài hai'),
    '01-hoc-phan-mot/images/so-do.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    '01-hoc-phan-mot/quiz.yaml': quizText(),
    '02-hoc-phan-hai/module.yaml': 'title: Học phần hai\nsummary: Tóm tắt hai\n',
    '02-hoc-phan-hai/01-bai-ba.md': lessonText('Bài ba'),
    '02-hoc-phan-hai/quiz.yaml': quizText(),
    '02-hoc-phan-hai/provinces/01/module.yaml': 'title: Hà Nội\n',
    '02-hoc-phan-hai/provinces/01/01-bai-ha-noi.md': lessonText('Bài Hà Nội'),
    // Hà Nội adds one lesson after the national one; its quiz adds its own questions to the national ones.
    '02-hoc-phan-hai/provinces/01/quiz.yaml': quizText(2, 'ha-noi'),
  };
  const merged: Record<string, string | null> = { ...base, ...files };
  for (const [path, content] of Object.entries(merged)) {
    if (content === null) continue;
    mkdirSync(dirname(join(course, path)), { recursive: true });
    writeFileSync(join(course, path), content);
  }
  return course;
}

export function copyCourseDir(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'lantoa-course-'));
  const to = join(root, from.split('/').pop()!);
  cpSync(from, to, { recursive: true });
  return to;
}
