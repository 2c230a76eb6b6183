import type { Viewer } from '../identity/viewer.js';

/** Where a person stands, as far as scope rules care: where they live and which team they are in now. */
export interface PersonScope {
  userId: string;
  communePath: string | null;
  teamId: string | null;
  teamPath: string | null;
}

/** Where a team stands: its id and the ltree path of its commune. */
export interface TeamScope {
  id: string;
  communePath: string;
}

/**
 * The scope rules, written once. Every entry query and every field that leads to a team or a person asks these
 * (protect-schema.ts applies them to the schema as a whole, so a new field cannot forget to ask).
 */
export const policies = {
  /** Province admins of its province, national admins, and the team's own current members. */
  seeTeam(viewer: Viewer | null, team: TeamScope): boolean {
    if (!viewer) return false;
    return viewer.canManageUnit(team.communePath) || viewer.membership?.teamId === team.id;
  },

  /** Manage a team (add, remove, lead): province admins of its province and national admins. */
  manageTeam(viewer: Viewer | null, team: TeamScope): boolean {
    return !!viewer && viewer.canManageUnit(team.communePath);
  },

  /**
   * Add and remove the plain members of a team: whoever manages it, and its own leaders (in the field, leaders run
   * their team). Naming or removing a leader stays with admins (manageTeam), and so does taking someone out of
   * another team (TeamsService checks manageTeam on the team they leave).
   */
  manageMembers(viewer: Viewer | null, team: TeamScope): boolean {
    return !!viewer && (policies.manageTeam(viewer, team) || viewer.leads(team.id));
  },

  /** See that a person exists, with name and role: themselves, their co-members, their leaders, admins in scope. */
  seePerson(viewer: Viewer | null, person: PersonScope): boolean {
    if (!viewer) return false;
    if (person.userId === viewer.userId) return true;
    if (person.teamId !== null && viewer.membership?.teamId === person.teamId) return true;
    return policies.seePersonPrivate(viewer, person);
  },

  /** See a person's phone, grants and team history: themselves, the leader of their team, admins in scope. */
  seePersonPrivate(viewer: Viewer | null, person: PersonScope): boolean {
    if (!viewer) return false;
    if (person.userId === viewer.userId) return true;
    if (person.teamId !== null && viewer.leads(person.teamId)) return true;
    return viewer.canManageUnit(person.communePath) || viewer.canManageUnit(person.teamPath);
  },

  /** A certificate (and its PDF): its holder, and admins whose scope covers the holder (where they live or their team). */
  seeCertificate(viewer: Viewer | null, holder: PersonScope): boolean {
    if (!viewer) return false;
    return holder.userId === viewer.userId || policies.manageCertificate(viewer, holder);
  },

  /**
   * Edit a course file (path relative to the course folder) in the browser: national admins and trainers with
   * national scope edit everything; a trainer with a province scope only that province's part of a module
   * (`<module>/provinces/<code>/…`, docs/course-format.md "Province content").
   */
  editCourseFile(viewer: Viewer | null, path: string): boolean {
    if (!viewer) return false;
    if (viewer.isNationalAdmin) return true;
    const province = /^[^/]+\/provinces\/(\d{2})\//.exec(path)?.[1];
    return viewer.grants.some(
      (g) => g.role === 'TRAINER' && (g.scopePath === null || (province !== undefined && g.scopeCode === province)),
    );
  },

  /** Anyone who may edit some course content (sees the authoring pages, drafts and versions in their scope). */
  author(viewer: Viewer | null): boolean {
    return !!viewer && (viewer.isNationalAdmin || viewer.grants.some((g) => g.role === 'TRAINER'));
  },

  /**
   * Approve or publish a draft: someone who may edit every file it changes and did not write any of it (nobody
   * publishes their own change alone); a national admin may.
   */
  approveDraft(viewer: Viewer | null, draft: { paths: string[]; contributorIds: string[] }): boolean {
    if (!viewer || !draft.paths.every((p) => policies.editCourseFile(viewer, p))) return false;
    return viewer.isNationalAdmin || !draft.contributorIds.includes(viewer.userId);
  },

  /** Revoke or reissue a certificate: province admins whose province covers the holder, and national admins. */
  manageCertificate(viewer: Viewer | null, holder: PersonScope): boolean {
    return !!viewer && (viewer.canManageUnit(holder.communePath) || viewer.canManageUnit(holder.teamPath));
  },
};

/** `+84912345678` → `•••••••678`: what a co-member sees, enough to tell two people apart. */
export function maskPhone(phone: string): string {
  if (phone.length <= 3) return phone;
  return `${'•'.repeat(Math.max(phone.length - 4, 3))}${phone.slice(-3)}`;
}
