import { registerTexts } from '../../shared/i18n/register-texts.js';

/** The words of finishing a lesson, registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  learning: {
    yourProgress: 'Đánh dấu bài học',
    done: 'Đã học ✓',
    saving: 'Đang lưu…',
    saved: 'Đã lưu.',
    savedOnDevice: 'Đã lưu trên máy này.',
    anonymousPrompt:
      'Bạn chưa đăng nhập nên tiến độ chỉ lưu trên máy này. Đăng ký tài khoản (miễn phí) để giữ lại tiến độ và làm bài kiểm tra.',
    takeQuiz: 'Làm bài kiểm tra',
    doneToNext: 'Đã học xong – sang bài tiếp',
    doneToQuiz: 'Đã học xong – làm bài kiểm tra',
    doneLast: 'Đã học xong',
  },
};

const en: typeof vi = {
  learning: {
    yourProgress: 'Mark the lesson',
    done: 'Done ✓',
    saving: 'Saving…',
    saved: 'Saved.',
    savedOnDevice: 'Saved on this phone.',
    anonymousPrompt: 'You are not signed in, so your progress is kept on this phone only. Sign up (free) to keep it and take the quizzes.',
    takeQuiz: 'Take the quiz',
    doneToNext: 'Done – next lesson',
    doneToQuiz: 'Done – take the quiz',
    doneLast: 'Done',
  },
};

registerTexts(vi, en);
