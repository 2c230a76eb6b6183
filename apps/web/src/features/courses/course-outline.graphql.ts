import { graphql } from '../../gql/index.js';

export const CourseOutlineQuery = graphql(`
  query CourseOutline($slug: String!, $provinceCode: String) {
    course(slug: $slug) {
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
      totalMinutes
      modules(provinceCode: $provinceCode) {
        id
        slug
        position
        title {
          vi
          en
        }
        summary {
          vi
          en
        }
        provinceCode
        totalMinutes
        downloadBytes
        lessons {
          id
          slug
          title {
            vi
            en
          }
          minutes
        }
        quiz {
          id
          questionCount
          passingScore
          maxAttempts
        }
        variants {
          provinceCode
          title {
            vi
            en
          }
        }
      }
    }
  }
`);
