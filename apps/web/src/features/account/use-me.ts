import { useQuery } from '@tanstack/react-query';
import type { MeQuery as MeResult } from '../../gql/graphql.js';
import { useAuth } from '../../shared/auth/AuthProvider.js';
import { execute } from '../../shared/graphql/execute.js';
import { MeQuery } from './me.graphql.js';

export type Me = MeResult['me'];

/** The signed-in person with roles, place and teams; shared by the header, the profile and the team pages. */
export function useMe() {
  const { status, session } = useAuth();
  return useQuery({
    queryKey: ['me', session?.user.id ?? null],
    queryFn: () => execute(MeQuery),
    enabled: status === 'signedIn',
    select: (data) => data.me,
  });
}
