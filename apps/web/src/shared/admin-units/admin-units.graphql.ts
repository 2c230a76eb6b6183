import { graphql } from '../../gql/index.js';

export const ProvincesQuery = graphql(`
  query Provinces {
    provinces {
      code
      name
    }
  }
`);

export const ProvinceCommunesQuery = graphql(`
  query ProvinceCommunes($code: String!) {
    adminUnit(code: $code) {
      code
      children {
        code
        name
        level
      }
    }
  }
`);

export const SearchCommunesQuery = graphql(`
  query SearchCommunes($text: String!, $provinceCode: String) {
    searchAdminUnits(text: $text, provinceCode: $provinceCode, limit: 20) {
      code
      name
      level
      province {
        code
        name
      }
    }
  }
`);
