import { registerTexts } from '../../shared/i18n/register-texts.js';

/** The lesson page's words (also the authoring preview's), registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  lesson: {
    notDownloaded: 'Bài này chưa được tải về, nên chưa mở được khi không có mạng.',
    downloaded: 'Xem các bài đã tải về',
    objectives: 'Sau bài này, bạn sẽ:',
    minutes: 'Khoảng {{count}} phút đọc',
    previous: 'Bài trước',
    next: 'Bài tiếp theo',
    backToCourse: 'Về mục lục khóa học',
    lessonNav: 'Chuyển bài',
    notFound: 'Không tìm thấy bài học này. Có thể bài đã được thay bằng bài mới.',
    notFoundTitle: 'Không tìm thấy bài học',
  },
};

const en: typeof vi = {
  lesson: {
    notDownloaded: 'This lesson has not been downloaded, so it cannot open without a network.',
    downloaded: 'See the downloaded lessons',
    objectives: 'After this lesson you will:',
    minutes: 'About {{count}} minutes to read',
    previous: 'Previous lesson',
    next: 'Next lesson',
    backToCourse: 'Back to the course outline',
    lessonNav: 'Move between lessons',
    notFound: 'This lesson was not found. It may have been replaced by a new one.',
    notFoundTitle: 'Lesson not found',
  },
};

registerTexts(vi, en);
