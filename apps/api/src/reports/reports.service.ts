import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@lantoa/course-format';
import { DataSource } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { maskPhone } from './mask-phone.js';
import {
  ReportLevel,
  ReportRowKind,
  type CompletionCountsModel,
  type CompletionReportModel,
  type CompletionReportRowModel,
  type CompletionTimeSeriesModel,
  type ModuleFunnelModel,
  type ReportMemberModel,
  type ReportModuleModel,
} from './models/report.models.js';
import { addDays, checkRange, parseDay, reportRange, todayInVietnam, weekStart, type ReportRange } from './report-range.js';
import { ReportScopeService, type ResolvedScope } from './report-scope.service.js';
import {
  CHILD_UNITS,
  COMMUNE_TEAMS,
  CURRENT_MODULES,
  Metric,
  NIL_UUID,
  ROLLUP_COUNTS,
  ROLLUP_REGISTRATIONS,
  TABLE_METRICS,
  TEAM_MEMBERS,
  WEEKLY_COMPLETIONS,
} from './reports.sql.js';
import { RollupsService } from './rollups.service.js';

export interface ReportParams {
  scopeCode?: string | null;
  courseSlug: string;
  from?: string | null;
  to?: string | null;
}

interface CountRow {
  unit_id: number;
  team_id: string;
  member: boolean;
  metric: number;
  module_id: string;
  n: number;
}

/** Counts of one row before they are shaped: per kind (member / citizen), metric and module. */
export class Tally {
  private readonly counts = new Map<string, number>();
  registered = { member: 0, citizen: 0 };

  add(member: boolean, metric: number, moduleId: string, n: number): void {
    const key = `${member ? 'm' : 'c'}:${metric}:${moduleId}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }

  get(member: boolean, metric: number, moduleId = NIL_UUID): number {
    return this.counts.get(`${member ? 'm' : 'c'}:${metric}:${moduleId}`) ?? 0;
  }

  merge(other: Tally): void {
    for (const [k, v] of other.counts) this.counts.set(k, (this.counts.get(k) ?? 0) + v);
    this.registered.member += other.registered.member;
    this.registered.citizen += other.registered.citizen;
  }

  shape(member: boolean, modules: ReportModuleModel[]): CompletionCountsModel {
    const enrolled = this.get(member, Metric.ENROLLED);
    const courseCompleted = this.get(member, Metric.COMPLETED_COURSE);
    return {
      registered: member ? this.registered.member : this.registered.citizen,
      enrolled,
      started: this.get(member, Metric.STARTED),
      modulesCompleted: modules.map((m) => this.get(member, Metric.COMPLETED_MODULE, m.id)),
      courseCompleted,
      certificatesIssued: this.get(member, Metric.CERTIFICATE_ISSUED),
      completionRate: enrolled === 0 ? null : courseCompleted / enrolled,
    };
  }
}

export interface ReportContext {
  scope: ResolvedScope;
  courseId: string;
  modules: ReportModuleModel[];
  from: string | null;
  to: string | null;
  range: ReportRange;
}

/**
 * Completion reports read from the roll-ups only (report_totals, report_days, report_registrations), so their cost
 * depends on the number of units asked for, not on the number of learners or of days. Team member lists read the
 * raw rows of one team.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly catalog: CatalogService,
    private readonly scopes: ReportScopeService,
    private readonly rollups: RollupsService,
  ) {}

  /** Checks the viewer's right to the scope and the parameters; everything a report needs to run. */
  async context(viewer: Viewer, params: ReportParams): Promise<ReportContext> {
    // Every event committed before the report was asked for is in it (the outbox is applied first).
    await this.rollups.flush();
    const from = parseDay(params.from, 'from');
    const to = parseDay(params.to, 'to');
    checkRange(from, to);
    const scope = await this.scopes.resolve(viewer, params.scopeCode);
    const course = await this.catalog.findCourse(params.courseSlug);
    if (!course) throw DomainError.notFound('course.notFound');
    const modules = await this.dataSource.query<{ id: string; position: number; title: LocalizedText }[]>(CURRENT_MODULES, [course.id]);
    return { scope, courseId: course.id, modules, from, to, range: reportRange(from, to) };
  }

  async completionReport(viewer: Viewer, params: ReportParams): Promise<CompletionReportModel> {
    const ctx = await this.context(viewer, params);
    const { scope, modules } = ctx;
    const rows = scope.level === ReportLevel.TEAM ? [] : await this.childRows(ctx);
    const total = scope.level === ReportLevel.TEAM ? await this.selfTally(ctx) : new Tally();
    if (scope.level !== ReportLevel.TEAM) for (const r of rows) total.merge(r.tally);
    return {
      scope: { code: scope.code, name: scope.name, level: scope.level },
      breadcrumbs: scope.breadcrumbs,
      from: ctx.from,
      to: ctx.to,
      modules,
      rows: rows.map((r) => shapeRow(r.kind, r.scopeCode, r.name, r.tally, modules)),
      totals: shapeRow(ReportRowKind.TOTAL, null, scope.name, total, modules),
      members: scope.level === ReportLevel.TEAM ? await this.members(scope.teamId!, ctx.courseId) : null,
    };
  }

  async timeSeries(viewer: Viewer, params: ReportParams): Promise<CompletionTimeSeriesModel> {
    const ctx = await this.context(viewer, params);
    const to = ctx.to ?? todayInVietnam();
    const from = weekStart(ctx.from ?? addDays(to, -7 * 25));
    const s = ctx.scope;
    const rows = await this.dataSource.query<{ week: string; member: boolean; metric: number; n: number }[]>(WEEKLY_COMPLETIONS, [
      ctx.courseId,
      s.selfLevel,
      s.selfParent,
      from,
      to,
      s.selfUnit,
      s.selfTeam,
    ]);
    const weeks = [];
    for (let w = from; w <= to; w = addDays(w, 7)) {
      const of = (member: boolean, metric: number) =>
        rows.filter((r) => r.week === w && r.member === member && r.metric === metric).reduce((n, r) => n + r.n, 0);
      weeks.push({
        weekStart: w,
        teamMemberModules: of(true, Metric.COMPLETED_MODULE),
        citizenModules: of(false, Metric.COMPLETED_MODULE),
        teamMemberCourses: of(true, Metric.COMPLETED_COURSE),
        citizenCourses: of(false, Metric.COMPLETED_COURSE),
      });
    }
    return { scope: { code: s.code, name: s.name, level: s.level }, weeks };
  }

  async moduleFunnel(viewer: Viewer, params: ReportParams): Promise<ModuleFunnelModel> {
    const ctx = await this.context(viewer, params);
    const t = await this.selfTally(ctx);
    return {
      scope: { code: ctx.scope.code, name: ctx.scope.name, level: ctx.scope.level },
      steps: ctx.modules.map((module) => ({
        module,
        teamMembersReached: t.get(true, Metric.REACHED_MODULE, module.id),
        citizensReached: t.get(false, Metric.REACHED_MODULE, module.id),
        teamMembersPassedQuiz: t.get(true, Metric.PASSED_QUIZ, module.id),
        citizensPassedQuiz: t.get(false, Metric.PASSED_QUIZ, module.id),
        teamMembersCompleted: t.get(true, Metric.COMPLETED_MODULE, module.id),
        citizensCompleted: t.get(false, Metric.COMPLETED_MODULE, module.id),
      })),
    };
  }

  /** One tally per child unit of the scope (provinces, communes, or a commune's teams and its citizens). */
  async childRows(ctx: ReportContext): Promise<{ kind: ReportRowKind; scopeCode: string | null; name: string; tally: Tally }[]> {
    const s = ctx.scope;
    const [counts, registrations] = await Promise.all([
      this.counts(ctx, s.childLevel, s.childParent, null, null, TABLE_METRICS),
      this.registrations(s.childLevel, s.childParent, null, null),
    ]);
    const byKey = new Map<string, Tally>();
    const key = (r: { unit_id: number; team_id: string }) => (s.childLevel === 3 ? r.team_id : String(r.unit_id));
    const tally = (k: string) => byKey.get(k) ?? byKey.set(k, new Tally()).get(k)!;
    for (const r of counts) tally(key(r)).add(r.member, r.metric, r.module_id, r.n);
    for (const r of registrations) tally(key(r)).registered[r.member ? 'member' : 'citizen'] += r.n;
    if (s.childLevel === 3) {
      const counted = [...new Set(counts.map((r) => r.team_id).filter((id) => id !== NIL_UUID))];
      const teams = await this.dataSource.query<{ id: string; name: string; current: boolean }[]>(COMMUNE_TEAMS, [s.childParent, counted]);
      return [
        ...teams.map((t) => ({
          kind: ReportRowKind.TEAM,
          scopeCode: t.id,
          name: t.current ? t.name : `${t.name} (đã giải thể)`,
          tally: tally(t.id),
        })),
        { kind: ReportRowKind.CITIZENS, scopeCode: null, name: 'Người dân (không thuộc tổ)', tally: tally(NIL_UUID) },
      ];
    }
    const counted = [...new Set(counts.map((r) => r.unit_id))];
    const units = await this.dataSource.query<{ id: number; code: string; name: string; current: boolean }[]>(CHILD_UNITS, [
      s.childParent,
      counted,
    ]);
    return units.map((u) => ({
      kind: s.childLevel === 1 ? ReportRowKind.PROVINCE : ReportRowKind.COMMUNE,
      scopeCode: u.current ? u.code : null,
      name: u.current ? u.name : `${u.name} (trước sắp xếp)`,
      tally: tally(String(u.id)),
    }));
  }

  /** The scope's own counts (for the nation: the sum of its provinces). */
  async selfTally(ctx: ReportContext): Promise<Tally> {
    const s = ctx.scope;
    const [counts, registrations] = await Promise.all([
      this.counts(ctx, s.selfLevel, s.selfParent, s.selfUnit, s.selfTeam),
      this.registrations(s.selfLevel, s.selfParent, s.selfUnit, s.selfTeam),
    ]);
    const t = new Tally();
    for (const r of counts) t.add(r.member, r.metric, r.module_id, r.n);
    for (const r of registrations) t.registered[r.member ? 'member' : 'citizen'] += r.n;
    return t;
  }

  private counts(
    ctx: ReportContext,
    level: number,
    parent: number,
    unit: number | null,
    team: string | null,
    metrics: number[] | null = null,
  ): Promise<CountRow[]> {
    const r = ctx.range;
    return this.dataSource.query<CountRow[]>(ROLLUP_COUNTS, [ctx.courseId, level, parent, r.all, r.from, r.to, unit, team, metrics]);
  }

  private registrations(level: number, parent: number, unit: number | null, team: string | null) {
    return this.dataSource.query<{ unit_id: number; team_id: string; member: boolean; n: number }[]>(ROLLUP_REGISTRATIONS, [
      level,
      parent,
      unit,
      team,
    ]);
  }

  async members(teamId: string, courseId: string): Promise<ReportMemberModel[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        full_name: string;
        phone: string;
        role: string;
        enrolled: boolean;
        last_active_at: Date | null;
        modules_completed: number;
        course_completed: boolean;
      }[]
    >(TEAM_MEMBERS, [teamId, courseId]);
    return rows.map((r) => ({
      userId: r.id,
      fullName: r.full_name,
      phoneMasked: maskPhone(r.phone),
      role: r.role,
      enrolled: r.enrolled,
      modulesCompleted: r.modules_completed,
      courseCompleted: r.course_completed,
      lastActiveAt: r.last_active_at,
    }));
  }
}

function shapeRow(
  kind: ReportRowKind,
  scopeCode: string | null,
  name: string,
  tally: Tally,
  modules: ReportModuleModel[],
): CompletionReportRowModel {
  return { kind, scopeCode, name, teamMembers: tally.shape(true, modules), citizens: tally.shape(false, modules) };
}
