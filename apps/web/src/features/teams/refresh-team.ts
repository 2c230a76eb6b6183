import type { QueryClient } from '@tanstack/react-query';

/** After a change to a team's members, every list that shows the team: its members and their progress. */
export function refreshTeam(queryClient: QueryClient, teamId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['team', teamId] }),
    queryClient.invalidateQueries({ queryKey: ['team-progress', teamId] }),
    queryClient.invalidateQueries({ queryKey: ['teams'] }),
  ]);
}
