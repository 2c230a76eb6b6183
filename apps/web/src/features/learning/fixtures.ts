/** API answers shared by the learning tests: a two-module course, a learner's progress, a quiz and its grade. */
const text = (vi: string) => ({ vi, en: null });

export const COURSE_SLUG = 'pho-cap';
export const LESSON_IDS = ['11111111-1111-4111-8111-000000000001', '11111111-1111-4111-8111-000000000002'];

const lesson = (id: string, slug: string, title: string, minutes = 8) => ({ id, slug, title: text(title), minutes });

export const OUTLINE = {
  data: {
    course: {
      id: 'c1',
      slug: COURSE_SLUG,
      title: text('Phổ cập kỹ năng số'),
      summary: text('Tóm tắt'),
      totalMinutes: 40,
      modules: [
        {
          id: 'm1',
          slug: 'dich-vu-cong',
          position: 1,
          title: text('Dịch vụ công'),
          summary: text('Tóm tắt học phần 1'),
          provinceCode: null,
          totalMinutes: 16,
          lessons: [lesson(LESSON_IDS[0]!, 'vneid', 'VNeID'), lesson(LESSON_IDS[1]!, 'cong-dvc', 'Cổng DVC')],
          quiz: { id: 'q1', questionCount: 2, passingScore: 0.8, maxAttempts: 3 },
          variants: [],
        },
        {
          id: 'm2',
          slug: 'thanh-toan',
          position: 2,
          title: text('Thanh toán'),
          summary: text('Tóm tắt học phần 2'),
          provinceCode: null,
          totalMinutes: 24,
          lessons: [lesson('l3', 'vi-dien-tu', 'Ví điện tử'), lesson('l4', 'qr', 'Mã QR'), lesson('l5', 'lua-dao', 'Lừa đảo')],
          quiz: { id: 'q2', questionCount: 2, passingScore: 0.8, maxAttempts: 3 },
          variants: [],
        },
      ],
    },
  },
};

export function lessonAnswer(index: 0 | 1) {
  const slugs = ['vneid', 'cong-dvc'];
  return {
    data: {
      lesson: {
        id: LESSON_IDS[index],
        slug: slugs[index],
        title: text(index === 0 ? 'VNeID' : 'Cổng DVC'),
        minutes: 8,
        objectives: [text('Biết dùng VNeID')],
        body: 'Nội dung bài học.',
        moduleTitle: text('Dịch vụ công'),
        provinceCode: null,
        previous: index === 1 ? { slug: 'vneid', title: text('VNeID') } : null,
        next: index === 0 ? { slug: 'cong-dvc', title: text('Cổng DVC') } : { slug: 'vi-dien-tu', title: text('Ví điện tử') },
      },
    },
  };
}

const moduleProgress = (overrides: Record<string, unknown>) => ({
  moduleId: 'm1',
  slug: 'dich-vu-cong',
  lessonsDone: 0,
  lessonsTotal: 2,
  completedLessonIds: [],
  quizId: 'q1',
  quizBestScore: null,
  quizAttempts: 0,
  quizMaxAttempts: 3,
  quizPassed: false,
  completed: false,
  nextLesson: { id: LESSON_IDS[0], slug: 'vneid', title: text('VNeID') },
  ...overrides,
});

export function myProgress(modules: Array<Record<string, unknown>> = [], overrides: Record<string, unknown> = {}) {
  const [first = {}, second = {}] = modules;
  return {
    data: {
      myProgress: {
        courseSlug: COURSE_SLUG,
        percent: 0,
        completed: false,
        nextLesson: { id: LESSON_IDS[0], slug: 'vneid', title: text('VNeID') },
        modules: [
          moduleProgress(first),
          moduleProgress({
            moduleId: 'm2',
            slug: 'thanh-toan',
            lessonsTotal: 3,
            quizId: 'q2',
            nextLesson: { id: 'l3', slug: 'vi-dien-tu', title: text('Ví điện tử') },
            ...second,
          }),
        ],
        ...overrides,
      },
    },
  };
}

export const QUIZ = {
  data: {
    quiz: {
      id: 'q1',
      moduleId: 'm1',
      moduleTitle: text('Dịch vụ công'),
      passingScore: 0.8,
      maxAttempts: 3,
      attemptsUsed: 0,
      attemptsLeft: 3,
      round: 1,
      nextRoundAt: null,
      retryAfterHours: 24,
      lessons: [{ id: 'l1', slug: 'cong-dich-vu-cong', title: text('Cổng Dịch vụ công quốc gia') }],
      passed: false,
      questions: [
        {
          slug: 'dia-chi',
          type: 'single',
          prompt: text('Địa chỉ Cổng Dịch vụ công quốc gia là gì?'),
          options: [
            { id: 'a', text: text('dichvucong.gov.vn') },
            { id: 'b', text: text('Đường link người lạ gửi qua Zalo') },
          ],
        },
        {
          slug: 'muc-2',
          type: 'multiple',
          prompt: text('Tài khoản mức 2 làm được gì?'),
          options: [
            { id: 'a', text: text('Xuất trình căn cước điện tử') },
            { id: 'b', text: text('Khóa căn cước khi mất điện thoại') },
            { id: 'c', text: text('Không cần lấy vân tay') },
          ],
        },
      ],
    },
  },
};

/** The grade of an attempt with question 1 wrong and question 2 right; right options shown once `reveal`. */
export function quizResult({ passed = false, attemptsLeft = 2, reveal = false } = {}) {
  const option = (id: string, label: string, explanation: string, selected: boolean, correct: boolean) => ({
    id,
    text: text(label),
    explanation: text(explanation),
    selected,
    correct: reveal ? correct : null,
  });
  return {
    data: {
      submitQuiz: {
        quizId: 'q1',
        attemptNumber: 3 - attemptsLeft,
        attemptsLeft,
        score: passed ? 1 : 0.5,
        passed,
        correctCount: passed ? 2 : 1,
        questionCount: 2,
        moduleCompleted: passed,
        courseCompleted: false,
        questions: [
          {
            slug: 'dia-chi',
            correct: passed,
            prompt: text('Địa chỉ Cổng Dịch vụ công quốc gia là gì?'),
            options: [
              option('a', 'dichvucong.gov.vn', 'Trang của cơ quan nhà nước có đuôi .gov.vn.', passed, true),
              option('b', 'Đường link người lạ gửi qua Zalo', 'Không mở đường link người khác gửi.', !passed, false),
            ],
          },
          {
            slug: 'muc-2',
            correct: true,
            prompt: text('Tài khoản mức 2 làm được gì?'),
            options: [
              option('a', 'Xuất trình căn cước điện tử', 'Mức 2 có giá trị như thẻ căn cước.', true, true),
              option('b', 'Khóa căn cước khi mất điện thoại', 'Khóa được trong VNeID.', true, true),
              option('c', 'Không cần lấy vân tay', 'Mức 2 phải lấy vân tay.', false, false),
            ],
          },
        ],
      },
    },
  };
}

/** syncProgress answering every event with `status`. */
export function syncAnswer(status: 'APPLIED' | 'DUPLICATE' | 'REJECTED' = 'APPLIED', reason: { vi: string; en: string } | null = null) {
  return (variables: Record<string, unknown>) => {
    const { events } = variables.input as { events: Array<{ clientEventId: string }> };
    return { data: { syncProgress: events.map((e) => ({ clientEventId: e.clientEventId, status, reason })) } };
  };
}
