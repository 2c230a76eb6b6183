import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@lantoa/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { User } from '../identity/entities/user.entity.js';
import { cleanName, HAS_LETTER, InputCheck } from '../identity/validation.js';
import { policies } from '../authorization/policies.js';
import type { Viewer } from '../identity/viewer.js';
import { AdminUnitsService } from './admin-units.service.js';
import type { AddTeamMemberInput, CreateTeamInput, TeamsFilterInput } from './dto/team.inputs.js';
import { Team, TeamMembership } from './entities/index.js';
import type { TeamRole } from './entities/team-membership.entity.js';
import type { TeamMemberModel, TeamMembershipRecordModel, TeamModel, TeamPageModel } from './models/team.model.js';

// The commune comes with the team (one join), so a list of teams never asks for its communes one by one.
const TEAM_COLUMNS = `t.id, t.name, t.village, t.commune_id, c.path::text AS commune_path,
  c.code AS commune_code, c.name AS commune_name, c.type AS commune_type, c.level AS commune_level,
  c.parent_id AS commune_parent_id, c.valid_to::text AS commune_valid_to,
  (SELECT count(*)::int FROM team_memberships m WHERE m.team_id = t.id AND m.left_at IS NULL) AS member_count`;

interface TeamRow {
  commune_code: string;
  commune_name: string;
  commune_type: string;
  commune_parent_id: number | null;
  commune_level: number;
  commune_valid_to: string | null;
  id: string;
  name: string;
  village: string | null;
  commune_id: number;
  commune_path: string;
  member_count: number;
}

export interface NewMember {
  phone: string;
  fullName: string;
  role: TeamRole;
}

/** Listeners told when someone joins a team (learning enrols team members in the course). */
export type MemberJoinedListener = (em: EntityManager, userId: string) => Promise<void>;

@Injectable()
export class TeamsService {
  private readonly joinedListeners: MemberJoinedListener[] = [];
  private readonly changedListeners: ((userId: string) => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly units: AdminUnitsService,
  ) {}

  onMemberJoined(listener: MemberJoinedListener): void {
    this.joinedListeners.push(listener);
  }

  /** Told after any change of someone's team or team role (identity drops its cached viewer). */
  onMembershipChanged(listener: (userId: string) => void): void {
    this.changedListeners.push(listener);
  }

  private changed(userId: string): void {
    for (const listener of this.changedListeners) listener(userId);
  }

  async create(viewer: Viewer, input: CreateTeamInput): Promise<TeamModel> {
    const check = new InputCheck();
    const commune = /^\d{5}$/.test(input.communeCode) ? await this.units.findCurrent(input.communeCode) : null;
    if (!commune || commune.level !== 3) check.add('communeCode', 'commune.unknown');
    const name = cleanName(input.name);
    if (!name) check.add('name', 'teamName.required');
    else if (!HAS_LETTER.test(name)) check.add('name', 'teamName.noLetter');
    check.throwIfAny();
    if (!viewer.canManageUnit(commune!.path)) throw DomainError.forbidden();
    const village = input.village ? cleanName(input.village) || null : null;
    const team = await this.dataSource.getRepository(Team).save({ communeId: commune!.id, name, village, createdBy: viewer.actorId });
    return this.require(team.id);
  }

  /** Province admins of its province, national admins, and the team's own members. */
  async get(viewer: Viewer, id: string): Promise<TeamModel> {
    const team = await this.find(id);
    if (!team) throw viewer.managedPaths === null ? DomainError.notFound('team.notFound') : DomainError.forbidden();
    if (!policies.seeTeam(viewer, team)) throw DomainError.forbidden();
    return team;
  }

  /** Teams the viewer may see, filtered and paged: everywhere (national), their provinces, or their own team. */
  async list(viewer: Viewer, filter: TeamsFilterInput): Promise<TeamPageModel> {
    const params: unknown[] = [];
    const where = ['t.archived_at IS NULL'];
    const managed = viewer.managedPaths;
    if (managed !== null) {
      params.push(managed, viewer.membership?.teamId ?? null);
      where.push(`(c.path <@ ANY($${params.length - 1}::ltree[]) OR t.id = $${params.length})`);
    }
    if (filter.provinceCode) {
      params.push(`g2025.p${filter.provinceCode}`);
      where.push(`c.path <@ $${params.length}::ltree`);
    }
    if (filter.communeCode) {
      params.push(filter.communeCode);
      where.push(`c.code = $${params.length} AND c.valid_to IS NULL`);
    }
    const sql = `FROM teams t JOIN admin_units c ON c.id = t.commune_id WHERE ${where.join(' AND ')}`;
    const limit = Math.min(Math.max(filter.limit, 1), 100);
    const [count] = await this.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n ${sql}`, params);
    const rows = await this.dataSource.query<TeamRow[]>(
      `SELECT ${TEAM_COLUMNS} ${sql} ORDER BY c.path, t.name LIMIT ${limit} OFFSET ${Math.max(filter.offset, 0)}`,
      params,
    );
    return { items: rows.map(toTeam), total: count?.n ?? 0 };
  }

  async members(teamId: string): Promise<TeamMemberModel[]> {
    const rows = await this.dataSource.query<
      { id: string; phone: string; full_name: string; status: string; commune_id: number | null; role: string; joined_at: Date }[]
    >(
      `SELECT u.id, u.phone, u.full_name, u.status, u.commune_id, m.role, m.joined_at
         FROM team_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.team_id = $1 AND m.left_at IS NULL
        ORDER BY (m.role = 'leader') DESC, u.full_name`,
      [teamId],
    );
    return rows.map((r) => ({
      role: r.role,
      joinedAt: r.joined_at,
      user: { id: r.id, phone: r.phone, fullName: r.full_name, status: r.status, communeId: r.commune_id },
    }));
  }

  /** Province code of where each current member lives (module variants follow it). */
  async memberProvinces(teamId: string): Promise<Map<string, string | null>> {
    const rows = await this.dataSource.query<{ user_id: string; province: string | null }[]>(
      `SELECT m.user_id, substring(c.path::text from '^g2025\\.p(\\d{2})') AS province
         FROM team_memberships m JOIN users u ON u.id = m.user_id LEFT JOIN admin_units c ON c.id = u.commune_id
        WHERE m.team_id = $1 AND m.left_at IS NULL`,
      [teamId],
    );
    return new Map(rows.map((r) => [r.user_id, r.province]));
  }

  async history(userId: string): Promise<TeamMembershipRecordModel[]> {
    const rows = await this.dataSource.query<(TeamRow & { role: string; joined_at: Date; left_at: Date | null })[]>(
      `SELECT ${TEAM_COLUMNS}, m.role, m.joined_at, m.left_at
         FROM team_memberships m JOIN teams t ON t.id = m.team_id JOIN admin_units c ON c.id = t.commune_id
        WHERE m.user_id = $1 ORDER BY m.joined_at DESC`,
      [userId],
    );
    return rows.map((r) => ({ team: toTeam(r), role: r.role, joinedAt: r.joined_at, leftAt: r.left_at }));
  }

  /** Adds someone by phone (creating a pending account if needed); a member of another team moves here. */
  async addMember(viewer: Viewer, input: AddTeamMemberInput): Promise<TeamMemberModel> {
    const team = await this.requireMembersManaged(viewer, input.teamId);
    if (input.leader && !policies.manageTeam(viewer, team)) throw new DomainError('FORBIDDEN', 'member.leaderByAdminOnly');
    const check = new InputCheck();
    const phone = check.phone('phone', input.phone);
    const fullName = check.fullName('fullName', input.fullName);
    check.throwIfAny();
    const userId = await this.dataSource.transaction((em) =>
      this.addInTransaction(em, viewer, team, { phone, fullName, role: input.leader ? 'leader' : 'member' }),
    );
    this.changed(userId);
    return (await this.members(team.id)).find((m) => m.user.id === userId)!;
  }

  /** Adds many members in one transaction: all of them or none. */
  async addMembers(viewer: Viewer, team: TeamModel, members: NewMember[]): Promise<void> {
    const ids = await this.dataSource.transaction(async (em) => {
      const added: string[] = [];
      for (const member of members) added.push(await this.addInTransaction(em, viewer, team, member));
      return added;
    });
    ids.forEach((id) => this.changed(id));
  }

  async removeMember(viewer: Viewer, teamId: string, userId: string): Promise<boolean> {
    const team = await this.requireMembersManaged(viewer, teamId);
    // A leader removes plain members; only an admin removes a leader.
    const roles = policies.manageTeam(viewer, team) ? ['member', 'leader'] : ['member'];
    const current = await this.dataSource.getRepository(TeamMembership).findOne({ where: { teamId, userId, leftAt: IsNull() } });
    if (current && !roles.includes(current.role)) throw new DomainError('FORBIDDEN', 'member.leaderByAdminOnly');
    const result = await this.dataSource.getRepository(TeamMembership).update({ teamId, userId, leftAt: IsNull() }, { leftAt: new Date() });
    if (!result.affected) throw DomainError.notFound('member.notInTeam');
    this.changed(userId);
    return true;
  }

  async setLeader(viewer: Viewer, teamId: string, userId: string, leader: boolean): Promise<TeamMemberModel> {
    await this.requireManaged(viewer, teamId);
    const result = await this.dataSource
      .getRepository(TeamMembership)
      .update({ teamId, userId, leftAt: IsNull() }, { role: leader ? 'leader' : 'member' });
    if (!result.affected) throw DomainError.notFound('member.notInTeam');
    this.changed(userId);
    return (await this.members(teamId)).find((m) => m.user.id === userId)!;
  }

  /** The team, when the viewer may add and remove its members (its admins, or its own leader). */
  async requireMembersManaged(viewer: Viewer, teamId: string): Promise<TeamModel> {
    const team = await this.find(teamId);
    if (!team) throw viewer.managedPaths === null ? DomainError.notFound('team.notFound') : DomainError.forbidden();
    if (!policies.manageMembers(viewer, team)) throw DomainError.forbidden();
    return team;
  }

  async requireManaged(viewer: Viewer, teamId: string): Promise<TeamModel> {
    const team = await this.find(teamId);
    if (!team) throw viewer.managedPaths === null ? DomainError.notFound('team.notFound') : DomainError.forbidden();
    if (!policies.manageTeam(viewer, team)) throw DomainError.forbidden();
    return team;
  }

  private async addInTransaction(em: EntityManager, viewer: Viewer, team: TeamModel, member: NewMember): Promise<string> {
    const phone = normalizePhone(member.phone)!;
    await em.query(
      `INSERT INTO users (phone, full_name, commune_id, status) VALUES ($1, $2, $3, 'pending') ON CONFLICT (phone) DO NOTHING`,
      [phone, member.fullName, team.communeId],
    );
    const user = await em.findOneOrFail(User, { where: { phone }, lock: { mode: 'pessimistic_write' } });
    const current = await em.findOne(TeamMembership, { where: { userId: user.id, leftAt: IsNull() } });
    if (current?.teamId === team.id) {
      if (current.role !== member.role) await em.update(TeamMembership, current.id, { role: member.role });
      return user.id;
    }
    if (current) {
      // Moving someone out of a team is removing them from it: only someone who could do that may do it.
      const from = await this.find(current.teamId, em);
      if (!from || !policies.manageTeam(viewer, from)) throw new DomainError('FORBIDDEN', 'member.inTeamOutsideScope');
      await em.update(TeamMembership, current.id, { leftAt: new Date() });
    }
    await em.insert(TeamMembership, { teamId: team.id, userId: user.id, role: member.role, addedBy: viewer.actorId });
    for (const listener of this.joinedListeners) await listener(em, user.id);
    return user.id;
  }

  /**
   * Phones among `phones` of people now in a team the viewer could not remove them from (an import reports them
   * row by row before anything is written; addInTransaction checks again under lock).
   */
  async phonesInTeamsOutsideScope(viewer: Viewer, phones: string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ phone: string; team_id: string; commune_path: string }[]>(
      `SELECT u.phone, t.id AS team_id, c.path::text AS commune_path
         FROM users u JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
         JOIN teams t ON t.id = m.team_id JOIN admin_units c ON c.id = t.commune_id
        WHERE u.phone = ANY($1::text[])`,
      [phones],
    );
    return new Set(rows.filter((r) => !policies.manageTeam(viewer, { id: r.team_id, communePath: r.commune_path })).map((r) => r.phone));
  }

  private async find(id: string, em?: EntityManager): Promise<TeamModel | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await (em ?? this.dataSource).query<TeamRow[]>(
      `SELECT ${TEAM_COLUMNS} FROM teams t JOIN admin_units c ON c.id = t.commune_id WHERE t.id = $1`,
      [id],
    );
    return row ? toTeam(row) : null;
  }

  private async require(id: string): Promise<TeamModel> {
    const team = await this.find(id);
    if (!team) throw DomainError.notFound('team.notFound');
    return team;
  }
}

function toTeam(r: TeamRow): TeamModel {
  return {
    id: r.id,
    name: r.name,
    village: r.village,
    communeId: r.commune_id,
    communePath: r.commune_path,
    memberCount: r.member_count,
    commune: {
      id: r.commune_id,
      code: r.commune_code,
      name: r.commune_name,
      type: r.commune_type,
      level: r.commune_level,
      current: r.commune_valid_to === null,
      validTo: r.commune_valid_to,
      parentId: r.commune_parent_id,
      path: r.commune_path,
    },
  };
}
