import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, loadCourse, loadCourses, type CourseSource } from '@lantoa/course-format';

/**
 * `courses:check [dir]`: validates a courses folder (or one course folder) and prints every problem with its
 * file and line. Returns the exit code: 0 when everything is valid.
 */
export function coursesCheck(dir: string, print: (line: string) => void): number {
  const single = existsSync(join(dir, 'course.yaml'));
  const result = single ? loadCourse(dir) : loadCourses(dir);
  const courses = 'courses' in result ? result.courses : result.course ? [result.course] : [];
  for (const problem of result.problems) print(formatProblem(problem));
  if (result.problems.length > 0) {
    print(`\n✗ ${result.problems.length} lỗi trong ${dir}. Sửa các lỗi trên rồi chạy lại.`);
    return 1;
  }
  for (const course of courses) print(summary(course));
  print(`✓ ${dir}: hợp lệ.`);
  return 0;
}

function summary(course: CourseSource): string {
  const lessons = course.modules.flatMap((m) => [...m.lessons, ...m.variants.flatMap((v) => v.lessons)]);
  const quizzes = course.modules.flatMap((m) => [m.quiz, ...m.variants.map((v) => v.quiz)]).filter((q) => q !== null);
  const words = lessons.reduce((n, l) => n + l.wordCount, 0);
  // A province's quiz repeats the national questions of its module: count only its own.
  const questions = course.modules.reduce(
    (n, m) => n + (m.quiz?.questions.length ?? 0) + m.variants.reduce((k, v) => k + v.ownQuestionCount, 0),
    0,
  );
  const variants = course.modules.reduce((n, m) => n + m.variants.length, 0);
  return `${course.slug}: ${course.modules.length} học phần (${variants} bản theo tỉnh), ${lessons.length} bài học, ${words} từ, ${quizzes.length} bài kiểm tra, ${questions} câu hỏi`;
}
