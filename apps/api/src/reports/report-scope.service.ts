import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { AdminUnitsService } from '../org/admin-units.service.js';
import { NIL_UUID } from './reports.sql.js';
import { ReportLevel, type ReportScopeModel } from './models/report.models.js';

/** A report scope, with where its rows and its own totals are kept in the roll-ups. */
export interface ResolvedScope extends ReportScopeModel {
  /** ltree path of the unit (nation: null; team: its commune). */
  path: string | null;
  unitId: number | null;
  teamId: string | null;
  /** Roll-up rows of the children: level and parent. */
  childLevel: 1 | 2 | 3;
  childParent: number;
  /** The scope's own row: level, parent, unit and team (nation: every level-1 row). */
  selfLevel: 1 | 2 | 3;
  selfParent: number;
  selfUnit: number | null;
  selfTeam: string | null;
  breadcrumbs: ReportScopeModel[];
}

const NATION: ReportScopeModel = { code: 'VN', name: 'Toàn quốc', level: ReportLevel.NATION };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who may see which report: national admins everything; a province admin their province and what is in it; a team
 * leader their own team; nobody else any report. Checked for every report, series, funnel and export.
 */
@Injectable()
export class ReportScopeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: AdminUnitsService,
  ) {}

  /** The widest scope the viewer may read (the reports page opens there), or null when they may read none. */
  defaultScopeCode(viewer: Viewer): string | null {
    if (viewer.isNationalAdmin) return 'VN';
    const province = viewer.grants.find((g) => g.role === 'PROVINCE_ADMIN' && g.scopeCode);
    if (province) return province.scopeCode;
    if (viewer.membership?.role === 'leader') return viewer.membership.teamId;
    return null;
  }

  async resolve(viewer: Viewer, scopeCode: string | null | undefined): Promise<ResolvedScope> {
    const code = (scopeCode ?? 'VN').trim();
    if (!viewer.isNationalAdmin && !viewer.managedPaths?.length && viewer.membership?.role !== 'leader') throw DomainError.forbidden();
    if (code.toUpperCase() === 'VN') {
      if (!viewer.isNationalAdmin) throw DomainError.forbidden();
      return {
        ...NATION,
        path: null,
        unitId: null,
        teamId: null,
        childLevel: 1,
        childParent: 0,
        selfLevel: 1,
        selfParent: 0,
        selfUnit: null,
        selfTeam: null,
        breadcrumbs: [],
      };
    }
    if (/^\d{2}$/.test(code) || /^\d{5}$/.test(code)) {
      const unit = await this.units.findCurrent(code);
      const level = code.length === 2 ? 1 : 3;
      if (!unit || unit.level !== level) throw unknownScope();
      if (!viewer.canManageUnit(unit.path)) throw DomainError.forbidden();
      if (level === 1) {
        return {
          code: unit.code,
          name: unit.name,
          level: ReportLevel.PROVINCE,
          path: unit.path,
          unitId: unit.id,
          teamId: null,
          childLevel: 2,
          childParent: unit.id,
          selfLevel: 1,
          selfParent: 0,
          selfUnit: unit.id,
          selfTeam: null,
          breadcrumbs: viewer.isNationalAdmin ? [NATION] : [],
        };
      }
      const province = await this.units.provinceOf(unit);
      return {
        code: unit.code,
        name: unit.name,
        level: ReportLevel.COMMUNE,
        path: unit.path,
        unitId: unit.id,
        teamId: null,
        childLevel: 3,
        childParent: unit.id,
        selfLevel: 2,
        selfParent: unit.parentId ?? 0,
        selfUnit: unit.id,
        selfTeam: null,
        breadcrumbs: this.crumbs(viewer, province ? [province] : []),
      };
    }
    if (UUID.test(code)) {
      const [team] = await this.dataSource.query<{ id: string; name: string; commune_id: number; path: string; commune_code: string }[]>(
        `SELECT t.id, t.name, t.commune_id, c.path::text AS path, c.code AS commune_code FROM teams t JOIN admin_units c ON c.id = t.commune_id WHERE t.id = $1`,
        [code],
      );
      if (!team) throw viewer.isNationalAdmin ? unknownScope() : DomainError.forbidden();
      if (!viewer.canManageUnit(team.path) && !viewer.leads(team.id)) throw DomainError.forbidden();
      const commune = await this.units.findById(team.commune_id);
      const province = commune ? await this.units.provinceOf(commune) : null;
      return {
        code: team.id,
        name: team.name,
        level: ReportLevel.TEAM,
        path: team.path,
        unitId: team.commune_id,
        teamId: team.id,
        childLevel: 3,
        childParent: team.commune_id,
        selfLevel: 3,
        selfParent: team.commune_id,
        selfUnit: team.commune_id,
        selfTeam: team.id,
        breadcrumbs: viewer.canManageUnit(team.path)
          ? this.crumbs(
              viewer,
              [province, commune].filter((u) => u !== null),
            )
          : [],
      };
    }
    throw unknownScope();
  }

  private crumbs(viewer: Viewer, units: { code: string; name: string; level: number }[]): ReportScopeModel[] {
    const list: ReportScopeModel[] = viewer.isNationalAdmin ? [NATION] : [];
    for (const u of units) list.push({ code: u.code, name: u.name, level: u.level === 1 ? ReportLevel.PROVINCE : ReportLevel.COMMUNE });
    return list;
  }
}

function unknownScope(): DomainError {
  return DomainError.invalid([{ field: 'scopeCode', messageKey: 'report.unknownScope' }]);
}

export { NIL_UUID };
