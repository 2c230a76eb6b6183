import { registerTexts } from '../../shared/i18n/register-texts.js';

/** A course's outline page's words, registered when that code loads (shared/i18n/register-texts.ts). */
const vi = {
  course: {
    back: 'Tất cả khóa học',
    module: 'Học phần {{number}}',
    lessonsIn: 'Các bài học của học phần {{number}}',
    minutesShort: '{{count}} phút',
    quiz: 'Bài kiểm tra: {{count}} câu, cần đúng {{percent}}%',
    quizAttempts: ', tối đa {{count}} lần làm',
    variantsNote: 'Một số tỉnh, thành phố có thêm bài riêng trong học phần này:',
    nationalVersion: 'Chỉ xem các bài chung toàn quốc',
    showingVariant: 'Đang xem các bài chung và các bài riêng của địa phương.',
    notFound: 'Không tìm thấy khóa học này.',
    notFoundTitle: 'Không tìm thấy khóa học',
    start: 'Bắt đầu học',
  },
};

const en: typeof vi = {
  course: {
    back: 'All courses',
    module: 'Module {{number}}',
    lessonsIn: 'Lessons of module {{number}}',
    minutesShort: '{{count}} min',
    quiz: 'Quiz: {{count}} questions, {{percent}}% to pass',
    quizAttempts: ', at most {{count}} attempts',
    variantsNote: 'Some provinces add their own lessons to this module:',
    nationalVersion: 'See the national lessons only',
    showingVariant: 'Showing the national lessons plus your province’s own lessons.',
    notFound: 'This course was not found.',
    notFoundTitle: 'Course not found',
    start: 'Start learning',
  },
};

registerTexts(vi, en);
