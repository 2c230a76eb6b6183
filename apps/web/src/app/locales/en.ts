import type { vi } from './vi.js';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English: every key of the Vietnamese file, checked by the type. */
export const en: Messages<typeof vi> = {
  app: {
    name: 'Lan Tỏa',
    tagline: 'Digital skills with the community digital technology teams',
    skipToContent: 'Skip to main content',
    mainNav: 'Main navigation',
    home: 'Courses',
  },
  settings: {
    label: 'Display settings',
    textSize: 'Text size',
    smaller: 'Smaller text',
    normal: 'Normal text size',
    larger: 'Larger text',
    textSizeNow: 'Current text size: {{percent}}%',
    highContrast: 'High contrast',
    language: 'Language',
  },
  state: {
    loading: 'Loading…',
    error: 'Could not load the data.',
    offline: 'The phone seems to be offline. Check the connection and try again.',
    retry: 'Try again',
  },
  courses: {
    title: 'Courses',
    empty: 'There are no courses yet. Please come back later.',
    modules_one: '{{count}} module',
    modules_other: '{{count}} modules',
    lessons_one: '{{count}} lesson',
    lessons_other: '{{count}} lessons',
    minutes: 'about {{hours}} h {{minutes}} min',
    open: 'Open the course',
  },
  course: {
    back: 'All courses',
    module: 'Module {{number}}',
    lessonsIn: 'Lessons of module {{number}}',
    minutesShort: '{{count}} min',
    quiz: 'Quiz: {{count}} questions, {{percent}}% to pass',
    quizAttempts: ', at most {{count}} attempts',
    variantsNote: 'This module has local content for:',
    nationalVersion: 'See the national content',
    showingVariant: 'Showing the local content.',
    notFound: 'This course was not found.',
    start: 'Start learning',
  },
  lesson: {
    objectives: 'After this lesson you will:',
    minutes: 'About {{count}} minutes to read',
    previous: 'Previous lesson',
    next: 'Next lesson',
    backToCourse: 'Back to the course outline',
    lessonNav: 'Move between lessons',
    notFound: 'This lesson was not found. It may have been replaced by a new one.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to the courses',
  },
};
