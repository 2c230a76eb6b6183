import { graphql } from '../../gql/index.js';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      phone
      fullName
      status
      roles
      commune {
        code
        name
        province {
          code
          name
        }
      }
      grants {
        role
        scopeCode
      }
      teamHistory {
        team {
          id
          name
        }
        role
        joinedAt
        leftAt
      }
    }
  }
`);
