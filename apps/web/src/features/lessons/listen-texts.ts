import { registerTexts } from '../../shared/i18n/register-texts.js';

/** The words of listening to a lesson, registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  listen: {
    label: 'Nghe đọc bài',
    start: 'Nghe bài',
    pause: 'Tạm dừng',
    resume: 'Nghe tiếp',
    stop: 'Dừng đọc',
  },
};

const en: typeof vi = {
  listen: {
    label: 'Listen to the lesson',
    start: 'Listen',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop reading',
  },
};

registerTexts(vi, en);
