export { loadCourse, loadCourses, TEMPLATE_DIR, type LoadCourseResult } from './load-course.js';
export { compareLessonOrder, composeProvinceQuiz, lessonsForProvince } from './variant-rule.js';
export { formatProblem, type CourseProblem } from './problems.js';
export { PROVINCE_CODES } from './province-codes.js';
export type * from './model.js';
export { isTextPath, loadCourseTree, readCourseTree, treeHash, withFiles, writeCourseTree } from './course-tree.js';
export { formatLessonFile, formatYamlFile, parseLessonFile, splitLessonFile } from './lesson-file.js';
export { ProblemList } from './problems.js';
