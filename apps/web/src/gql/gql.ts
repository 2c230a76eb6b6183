/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.CourseOutlineDocument,
    "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n": typeof types.CoursesDocument,
    "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n": typeof types.LessonDocument,
};
const documents: Documents = {
    "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n": types.CourseOutlineDocument,
    "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n": types.CoursesDocument,
    "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n": types.LessonDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseOutline($slug: String!, $provinceCode: String) {\n    course(slug: $slug) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      totalMinutes\n      modules(provinceCode: $provinceCode) {\n        id\n        slug\n        position\n        title {\n          vi\n          en\n        }\n        summary {\n          vi\n          en\n        }\n        provinceCode\n        totalMinutes\n        lessons {\n          id\n          slug\n          title {\n            vi\n            en\n          }\n          minutes\n        }\n        quiz {\n          id\n          questionCount\n          passingScore\n          maxAttempts\n        }\n        variants {\n          provinceCode\n          title {\n            vi\n            en\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CourseOutlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Courses {\n    courses {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      summary {\n        vi\n        en\n      }\n      moduleCount\n      lessonCount\n      totalMinutes\n    }\n  }\n"): typeof import('./graphql').CoursesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {\n    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {\n      id\n      slug\n      title {\n        vi\n        en\n      }\n      minutes\n      objectives {\n        vi\n        en\n      }\n      body\n      moduleTitle {\n        vi\n        en\n      }\n      provinceCode\n      previous {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n      next {\n        slug\n        title {\n          vi\n          en\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LessonDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
