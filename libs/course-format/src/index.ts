export { loadCourse, loadCourses, type LoadCourseResult } from './load-course.js';
export { formatProblem, type CourseProblem } from './problems.js';
export { PROVINCE_CODES } from './province-codes.js';
export type * from './model.js';
