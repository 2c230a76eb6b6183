export { loadCourse, loadCourses, TEMPLATE_DIR, type LoadCourseResult } from './load-course.js';
export { compareLessonOrder, composeProvinceQuiz, lessonsForProvince } from './variant-rule.js';
export { formatProblem, type CourseProblem } from './problems.js';
export { PROVINCE_CODES } from './province-codes.js';
export type * from './model.js';
