import { graphql } from '../../gql/index.js';

export const ResetPasswordWithCodeMutation = graphql(`
  mutation ResetPasswordWithCode($input: ResetPasswordWithCodeInput!) {
    resetPasswordWithCode(input: $input)
  }
`);

export const CreatePasswordResetCodeMutation = graphql(`
  mutation CreatePasswordResetCode($input: CreatePasswordResetCodeInput!) {
    createPasswordResetCode(input: $input) {
      userId
      fullName
      code
      expiresAt
    }
  }
`);
