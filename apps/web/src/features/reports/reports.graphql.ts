import { graphql } from '../../gql/index.js';

export const MyReportScopeQuery = graphql(`
  query MyReportScope {
    myReportScope
  }
`);

export const CompletionReportQuery = graphql(`
  query CompletionReport($input: CompletionReportInput!) {
    completionReport(input: $input) {
      scope {
        code
        level
        name
      }
      breadcrumbs {
        code
        level
        name
      }
      from
      to
      modules {
        id
        position
        title {
          vi
          en
        }
      }
      totals {
        kind
        name
        scopeCode
        teamMembers {
          registered
          enrolled
          started
          modulesCompleted
          courseCompleted
          certificatesIssued
          completionRate
        }
        citizens {
          registered
          enrolled
          started
          modulesCompleted
          courseCompleted
          certificatesIssued
          completionRate
        }
      }
      rows {
        kind
        name
        scopeCode
        teamMembers {
          registered
          enrolled
          started
          modulesCompleted
          courseCompleted
          certificatesIssued
          completionRate
        }
        citizens {
          registered
          enrolled
          started
          modulesCompleted
          courseCompleted
          certificatesIssued
          completionRate
        }
      }
      members {
        userId
        fullName
        phoneMasked
        role
        enrolled
        modulesCompleted
        courseCompleted
        lastActiveAt
      }
    }
  }
`);

export const CompletionTimeSeriesQuery = graphql(`
  query CompletionTimeSeries($input: CompletionReportInput!) {
    completionTimeSeries(input: $input) {
      weeks {
        weekStart
        teamMemberModules
        teamMemberCourses
        citizenModules
        citizenCourses
      }
    }
  }
`);

export const ModuleFunnelQuery = graphql(`
  query ModuleFunnel($input: CompletionReportInput!) {
    moduleFunnel(input: $input) {
      steps {
        module {
          id
          position
          title {
            vi
            en
          }
        }
        teamMembersReached
        teamMembersPassedQuiz
        teamMembersCompleted
        citizensReached
        citizensPassedQuiz
        citizensCompleted
      }
    }
  }
`);
