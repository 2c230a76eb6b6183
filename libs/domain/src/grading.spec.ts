import { describe, expect, it } from '@jest/globals';
import { gradeQuiz, type GradableQuestion } from './grading.js';

const single: GradableQuestion = {
  slug: 'single',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: false },
  ],
};
const multiple: GradableQuestion = {
  slug: 'multiple',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: true },
    { id: 'c', correct: false },
  ],
};
const trueFalse: GradableQuestion = {
  slug: 'tf',
  options: [
    { id: 'dung', correct: false },
    { id: 'sai', correct: true },
  ],
};

describe('gradeQuiz', () => {
  it('grades single choice, multiple choice and true/false', () => {
    const grade = gradeQuiz([single, multiple, trueFalse], { single: ['a'], multiple: ['b', 'a'], tf: ['sai'] }, 0.8);
    expect(grade.questions.map((q) => q.correct)).toEqual([true, true, true]);
    expect(grade).toMatchObject({ correctCount: 3, questionCount: 3, score: 1, passed: true });
  });

  it('counts a partial multiple-choice answer as wrong, and one with an extra wrong option too', () => {
    expect(gradeQuiz([multiple], { multiple: ['a'] }, 0.8).questions[0]?.correct).toBe(false);
    expect(gradeQuiz([multiple], { multiple: ['a', 'b', 'c'] }, 0.8).questions[0]?.correct).toBe(false);
  });

  it('counts unanswered questions and unknown options as wrong, and repeated options once', () => {
    const grade = gradeQuiz([single, trueFalse], { single: ['a', 'a'], tf: ['maybe'] }, 0.5);
    expect(grade.questions.map((q) => q.correct)).toEqual([true, false]);
    expect(gradeQuiz([single], {}, 0.5).questions[0]?.correct).toBe(false);
  });

  it('passes exactly at the passing score, not below it', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({ ...single, slug: `q${i}` }));
    const answers = (right: number) => Object.fromEntries(ten.map((q, i) => [q.slug, [i < right ? 'a' : 'b']]));
    expect(gradeQuiz(ten, answers(8), 0.8)).toMatchObject({ score: 0.8, passed: true });
    expect(gradeQuiz(ten, answers(7), 0.8).passed).toBe(false);
  });

  it('tells which options were right, for the review screen', () => {
    expect(gradeQuiz([multiple], { multiple: ['c'] }, 0.8).questions[0]).toEqual({
      slug: 'multiple',
      correct: false,
      selected: ['c'],
      correctOptionIds: ['a', 'b'],
    });
  });
});
