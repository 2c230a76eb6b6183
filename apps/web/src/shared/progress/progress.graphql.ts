import { graphql } from '../../gql/index.js';

/** Sends queued events; kept small (it is on the first page): a page that needs a quiz's grade asks submitQuiz again. */
export const SyncProgressMutation = graphql(`
  mutation SyncProgress($input: SyncProgressInput!) {
    syncProgress(input: $input) {
      clientEventId
      status
      reason {
        vi
        en
      }
    }
  }
`);
