import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@lantoa/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { AdminUnitsService } from '../org/admin-units.service.js';
import { TeamsService } from '../org/teams.service.js';
import type { GrantedRole } from './entities/role-grant.entity.js';
import { Viewer } from './viewer.js';
import { ViewerLoaderService } from './viewer-loader.service.js';

export const ROLES = ['CITIZEN', 'TEAM_MEMBER', 'TEAM_LEADER', 'TRAINER', 'PROVINCE_ADMIN', 'NATIONAL_ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export interface GrantResult {
  phone: string;
  role: Role;
  scope: string | null;
  createdPendingAccount: boolean;
}

/**
 * Gives a role with its scope: a province (province admin, trainer) or a team (member, leader); national admins
 * and national trainers have no scope. A phone without an account gets a pending one, claimed at sign-up.
 */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: AdminUnitsService,
    private readonly teams: TeamsService,
    private readonly viewers: ViewerLoaderService,
  ) {}

  async grant(input: {
    phone: string;
    role: string;
    scope?: string | null;
    fullName?: string | null;
    grantedBy?: string | null;
  }): Promise<GrantResult> {
    const phone = normalizePhone(input.phone);
    if (!phone) throw DomainError.invalid([{ field: 'phone', messageKey: 'phone.invalid' }]);
    const role = input.role.toUpperCase() as Role;
    if (!ROLES.includes(role)) throw DomainError.invalid([{ field: 'role', messageKey: 'role.unknown' }]);
    const scope = input.scope?.trim() || null;
    const fullName = input.fullName?.trim() || 'Chưa có tên';

    const existing = await this.dataSource.query<{ id: string }[]>('SELECT id FROM users WHERE phone = $1', [phone]);
    if (role === 'TEAM_MEMBER' || role === 'TEAM_LEADER') {
      if (!scope) throw new Error(`${role} needs --scope <team id>`);
      await this.teams.addMember(Viewer.system(), { teamId: scope, phone, fullName, leader: role === 'TEAM_LEADER' });
      return { phone, role, scope, createdPendingAccount: existing.length === 0 };
    }
    if (role === 'CITIZEN') throw new Error('Everyone who signs up is a citizen: nothing to grant.');

    let scopeUnitId: number | null = null;
    if (role === 'PROVINCE_ADMIN' && !scope) throw new Error('PROVINCE_ADMIN needs --scope <province code>, e.g. 01 for Hà Nội');
    if (role === 'NATIONAL_ADMIN' && scope) throw new Error('NATIONAL_ADMIN has national scope: leave out --scope');
    if (scope) {
      const unit = await this.units.findCurrent(scope);
      if (!unit || unit.level !== 1) throw new Error(`"${scope}" is not the code of a current province (two digits, e.g. 01 for Hà Nội)`);
      scopeUnitId = unit.id;
    }
    const granted = await this.dataSource.transaction(async (em) => {
      await em.query(`INSERT INTO users (phone, full_name, status) VALUES ($1, $2, 'pending') ON CONFLICT (phone) DO NOTHING`, [
        phone,
        fullName,
      ]);
      const [user] = await em.query<{ id: string }[]>('SELECT id FROM users WHERE phone = $1', [phone]);
      await em.query(
        `INSERT INTO role_grants (user_id, role, scope_unit_id, granted_by) SELECT $1, $2, $3, $4
          WHERE NOT EXISTS (SELECT 1 FROM role_grants WHERE user_id = $1 AND role = $2 AND coalesce(scope_unit_id, 0) = coalesce($3, 0) AND revoked_at IS NULL)`,
        [user!.id, role as GrantedRole, scopeUnitId, input.grantedBy ?? null],
      );
      return { result: { phone, role, scope, createdPendingAccount: existing.length === 0 }, userId: user!.id };
    });
    this.viewers.forget(granted.userId);
    return granted.result;
  }
}
