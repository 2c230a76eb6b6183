import { graphql } from '../../gql/index.js';

export const CoursesQuery = graphql(`
  query Courses {
    courses {
      id
      slug
      title {
        vi
        en
      }
      summary {
        vi
        en
      }
      moduleCount
      lessonCount
      totalMinutes
    }
  }
`);
