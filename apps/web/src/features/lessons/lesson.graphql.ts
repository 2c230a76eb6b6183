import { graphql } from '../../gql/index.js';

export const LessonQuery = graphql(`
  query Lesson($courseSlug: String!, $lessonSlug: String!, $provinceCode: String) {
    lesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug, provinceCode: $provinceCode) {
      id
      slug
      title {
        vi
        en
      }
      minutes
      objectives {
        vi
        en
      }
      body
      moduleTitle {
        vi
        en
      }
      provinceCode
      previous {
        slug
        title {
          vi
          en
        }
      }
      next {
        slug
        title {
          vi
          en
        }
      }
    }
  }
`);
