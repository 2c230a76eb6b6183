export interface GradableQuestion {
  slug: string;
  options: { id: string; correct: boolean }[];
}

export interface QuestionGrade {
  slug: string;
  correct: boolean;
  selected: string[];
  correctOptionIds: string[];
}

export interface QuizGrade {
  questions: QuestionGrade[];
  correctCount: number;
  questionCount: number;
  /** Fraction of questions answered right, 0–1. */
  score: number;
  passed: boolean;
}

/**
 * Grades on the server only. A question is right when the chosen options are exactly the correct ones:
 * a multiple-choice answer with only some of the correct options (or an extra wrong one) is wrong, and so is an
 * unanswered question. Unknown option ids count as wrong choices.
 */
export function gradeQuiz(questions: GradableQuestion[], answers: Record<string, readonly string[]>, passingScore: number): QuizGrade {
  const graded = questions.map((q) => {
    const selected = [...new Set(answers[q.slug] ?? [])].sort();
    const correctOptionIds = q.options
      .filter((o) => o.correct)
      .map((o) => o.id)
      .sort();
    const correct = selected.length === correctOptionIds.length && selected.every((id, i) => id === correctOptionIds[i]);
    return { slug: q.slug, correct, selected, correctOptionIds };
  });
  const correctCount = graded.filter((g) => g.correct).length;
  const score = questions.length === 0 ? 0 : correctCount / questions.length;
  // A tiny epsilon so that 8/10 passes a 0.8 threshold despite floating point.
  return { questions: graded, correctCount, questionCount: questions.length, score, passed: score + 1e-9 >= passingScore };
}
