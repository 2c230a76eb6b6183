import type { QuizFile } from './schemas.js';
import type { ProblemList } from './problems.js';

/** Rules a schema cannot say: correct answers per question type, unique ids, true/false options. */
export function checkQuizRules(
  quiz: QuizFile,
  file: string,
  problems: ProblemList,
  lineOfQuestion: (i: number) => number | undefined,
): void {
  const slugs = new Set<string>();
  quiz.questions.forEach((q, i) => {
    const line = lineOfQuestion(i);
    const field = `questions.${i}`;
    const where = `câu hỏi "${q.slug}"`;
    if (slugs.has(q.slug)) problems.add('duplicate-slug', file, `${where} bị trùng slug trong bài kiểm tra`, line, field);
    slugs.add(q.slug);

    const ids = new Set<string>();
    for (const option of q.options) {
      if (ids.has(option.id)) problems.add('duplicate-option', file, `${where}: đáp án "${option.id}" bị trùng`, line, field);
      ids.add(option.id);
    }
    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0) {
      problems.add('no-correct-answer', file, `${where} không có đáp án đúng nào`, line, field);
    } else if (q.type === 'single' && correct > 1) {
      problems.add('too-many-correct', file, `${where} là câu một lựa chọn nhưng có ${correct} đáp án đúng`, line, field);
    }
    if (q.type === 'true_false') {
      const sorted = [...ids].sort().join(',');
      if (sorted !== 'dung,sai') {
        problems.add('invalid-true-false', file, `${where} là câu Đúng/Sai nên phải có đúng hai đáp án "dung" và "sai"`, line, field);
      } else if (correct !== 1) {
        problems.add('too-many-correct', file, `${where} là câu Đúng/Sai nên chỉ một đáp án đúng`, line, field);
      }
    }
  });
}
