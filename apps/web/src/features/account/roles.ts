import type { Me } from './use-me.js';

/** Roles as the API names them, in the order a person reads them (smallest to widest). */
export const ROLES = ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER', 'TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

const TEAM_ROLES: readonly string[] = ['TEAM_MEMBER', 'TEAM_LEADER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN'];

export function isAdmin(roles: readonly string[]): boolean {
  return roles.includes('PROVINCE_ADMIN') || roles.includes('NATIONAL_ADMIN');
}

/** Roles worth showing: known ones, in order; "team member" goes without saying for a team leader. */
export function displayedRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((r) => roles.includes(r) && !(r === 'TEAM_MEMBER' && roles.includes('TEAM_LEADER')));
}

export function currentTeam(me: Pick<Me, 'teamHistory'>) {
  return me.teamHistory.find((m) => !m.leftAt) ?? null;
}

/** Where the header's team link goes: the team list for admins, one's own team for its members; none for others. */
export function teamsLink(me: Pick<Me, 'roles' | 'teamHistory'>): { href: string; admin: boolean } | null {
  if (!me.roles.some((r) => TEAM_ROLES.includes(r))) return null;
  if (isAdmin(me.roles)) return { href: '/to', admin: true };
  const team = currentTeam(me);
  return { href: team ? `/to/${team.team.id}` : '/to', admin: false };
}

/** Province codes a person administers; null means every province (national admin). */
export function managedProvinces(me: Pick<Me, 'roles' | 'grants'>): string[] | null {
  if (me.roles.includes('NATIONAL_ADMIN')) return null;
  return me.grants.filter((g) => g.role === 'PROVINCE_ADMIN' && g.scopeCode).map((g) => g.scopeCode!);
}

/** Who gets the reports page in the header: admins for their scope, team leaders for their team. */
export function seesReports(roles: readonly string[]): boolean {
  return isAdmin(roles) || roles.includes('TEAM_LEADER');
}
