import type { DataSource, EntityManager } from 'typeorm';
import { isWithin, type Viewer } from './viewer.js';

/** The facts about a person that decide who may help them (make a reset code, give a new quiz round). */
export interface HelpedPerson {
  id: string;
  fullName: string;
  phone: string;
  status: string;
  communePath: string | null;
  teamId: string | null;
  teamPath: string | null;
  /** Their role in that team (a leader is helped by admins, not by a co-leader). */
  teamRole: 'member' | 'leader' | null;
  /** Has an active trainer or admin grant. */
  privileged: boolean;
}

export async function loadHelpedPerson(db: DataSource | EntityManager, userId: string): Promise<HelpedPerson | null> {
  if (!/^[0-9a-f-]{36}$/i.test(userId)) return null;
  const [row] = await db.query<
    {
      id: string;
      full_name: string;
      phone: string;
      status: string;
      commune_path: string | null;
      team_id: string | null;
      team_path: string | null;
      team_role: 'member' | 'leader' | null;
      privileged: boolean;
    }[]
  >(
    `SELECT u.id, u.full_name, u.phone, u.status, c.path::text AS commune_path, m.team_id, tc.path::text AS team_path, m.role AS team_role,
            EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.revoked_at IS NULL) AS privileged
       FROM users u
       LEFT JOIN admin_units c ON c.id = u.commune_id
       LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
       LEFT JOIN teams t ON t.id = m.team_id
       LEFT JOIN admin_units tc ON tc.id = t.commune_id
      WHERE u.id = $1`,
    [userId],
  );
  if (!row) return null;
  return {
    id: row.id,
    fullName: row.full_name,
    phone: row.phone,
    status: row.status,
    communePath: row.commune_path,
    teamId: row.team_id,
    teamPath: row.team_path,
    teamRole: row.team_role,
    privileged: row.privileged,
  };
}

function adminOf(viewer: Viewer, person: HelpedPerson): boolean {
  return viewer.canManageUnit(person.communePath) || viewer.canManageUnit(person.teamPath);
}

/**
 * A leader helps the plain members of their own team, as they add and remove only plain members
 * (policies.manageMembers): another leader, even of the same team, is helped by an admin, so one leader cannot
 * take over a co-leader's account.
 */
function leaderOf(viewer: Viewer, person: HelpedPerson): boolean {
  return person.teamId !== null && person.teamRole === 'member' && viewer.leads(person.teamId);
}

/**
 * Who may make a one-time password reset code for a person: the leader of their team (for a plain member), a
 * province admin of the province they live or work in, a national admin. Never for oneself (that would skip the current password), and
 * for a trainer or admin only a national admin (a leader must not be able to take over an admin's account).
 */
export function mayMakeResetCode(viewer: Viewer, person: HelpedPerson): boolean {
  if (person.id === viewer.userId || person.status !== 'active') return false;
  if (person.privileged) return viewer.isNationalAdmin;
  return leaderOf(viewer, person) || adminOf(viewer, person);
}

/**
 * Who may give a learner a new quiz round at once: the leader of their team (for a plain member), a trainer or
 * province admin in whose province they live or work, a national admin. Never oneself (a leader is a learner too).
 */
export function mayGiveQuizRound(viewer: Viewer, person: HelpedPerson): boolean {
  if (person.id === viewer.userId) return false;
  if (leaderOf(viewer, person)) return true;
  if (adminOf(viewer, person)) return true;
  return viewer.grants.some(
    (g) =>
      g.role === 'TRAINER' &&
      (g.scopePath === null ||
        (person.communePath !== null && isWithin(person.communePath, g.scopePath)) ||
        (person.teamPath !== null && isWithin(person.teamPath, g.scopePath))),
  );
}
