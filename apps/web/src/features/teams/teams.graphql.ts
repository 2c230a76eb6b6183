import { graphql } from '../../gql/index.js';

export const TeamsQuery = graphql(`
  query Teams($filter: TeamsFilterInput) {
    teams(filter: $filter) {
      total
      items {
        id
        name
        village
        memberCount
        commune {
          code
          name
          province {
            code
            name
          }
        }
      }
    }
  }
`);

export const TeamQuery = graphql(`
  query Team($id: ID!) {
    team(id: $id) {
      id
      name
      village
      memberCount
      commune {
        code
        name
        province {
          code
          name
        }
      }
      members {
        role
        joinedAt
        user {
          id
          fullName
          phone
          status
        }
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      role
      user {
        id
        fullName
      }
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation RemoveTeamMember($input: TeamMemberRefInput!) {
    removeTeamMember(input: $input)
  }
`);

export const SetTeamLeaderMutation = graphql(`
  mutation SetTeamLeader($input: SetTeamLeaderInput!) {
    setTeamLeader(input: $input) {
      role
      user {
        id
        fullName
      }
    }
  }
`);

export const ImportTeamMembersMutation = graphql(`
  mutation ImportTeamMembers($input: ImportTeamMembersInput!) {
    importTeamMembers(input: $input) {
      imported
      failed
      rows {
        line
        phone
        fullName
        ok
        error {
          vi
          en
        }
      }
    }
  }
`);

export const TeamProgressQuery = graphql(`
  query TeamProgress($teamId: ID!, $courseSlug: String!) {
    teamProgress(teamId: $teamId, courseSlug: $courseSlug) {
      role
      user {
        id
        fullName
      }
      progress {
        percent
        completed
        lastActiveAt
        modules {
          moduleId
          completed
          title {
            vi
            en
          }
          quizId
          quizPassed
          quizAttemptsLeft
          quizNextRoundAt
        }
      }
    }
  }
`);

export const GrantQuizRoundMutation = graphql(`
  mutation GrantQuizRound($input: GrantQuizRoundInput!) {
    grantQuizRound(input: $input) {
      userId
      quizId
      round
      grantedAt
    }
  }
`);

export const LearnerQuizRoundsQuery = graphql(`
  query LearnerQuizRounds($phone: String!, $courseSlug: String!) {
    learnerQuizRounds(phone: $phone, courseSlug: $courseSlug) {
      userId
      fullName
      progress {
        modules {
          title {
            vi
            en
          }
          quizId
          quizPassed
          quizAttemptsLeft
          quizNextRoundAt
        }
      }
    }
  }
`);
