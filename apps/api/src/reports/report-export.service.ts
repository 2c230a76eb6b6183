import { Injectable } from '@nestjs/common';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import QueryStream from 'pg-query-stream';
import { DataSource } from 'typeorm';
import { pgPool } from '../database/pg-pool.js';
import { DomainError } from '../errors/domain-error.js';
import type { Viewer } from '../identity/viewer.js';
import { ReportLevel, type ReportExportPageModel } from './models/report.models.js';
import { EXPORT_LOG, EXPORT_ROWS, Metric, NIL_UUID, RECORD_EXPORT } from './reports.sql.js';
import { ReportsService, Tally, type ReportContext, type ReportParams } from './reports.service.js';

export type ExportFormat = 'csv' | 'xlsx';

interface ExportRow {
  level: number;
  team_id: string;
  code: string;
  name: string;
  province_code: string | null;
  province_name: string | null;
  team_name: string | null;
  counts: [boolean, number, string, number][] | null;
  registrations: [boolean, number][] | null;
}

const LEVEL_NAMES: Record<number, string> = { 1: 'Tỉnh/thành phố', 2: 'Xã/phường', 3: 'Tổ công nghệ số' };

/** Column headers in Vietnamese (the files go to provincial offices as they are). */
export function exportHeaders(moduleCount: number): string[] {
  return [
    'Cấp',
    'Mã tỉnh',
    'Tỉnh/thành phố',
    'Mã xã',
    'Xã/phường',
    'Tổ công nghệ số',
    'Đối tượng',
    'Đã đăng ký',
    'Đã ghi danh',
    'Đã bắt đầu học',
    ...Array.from({ length: moduleCount }, (_, i) => `Hoàn thành học phần ${i + 1}`),
    'Hoàn thành khóa học',
    'Chứng chỉ đã cấp',
    'Tỷ lệ hoàn thành (%)',
  ];
}

/**
 * Streamed CSV (UTF-8 with BOM, so Excel shows Vietnamese) and XLSX exports of a scope and everything under it.
 * Rows come from a database cursor and go straight to the response: memory stays bounded for a national export.
 * Each export is recorded (who, when, scope, parameters) before it starts.
 */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
  ) {}

  /** Checks the viewer and parameters, records the export; returns the writer to call with the response. */
  async prepare(
    viewer: Viewer,
    format: ExportFormat,
    params: ReportParams,
  ): Promise<{ filename: string; write: (out: Writable) => Promise<void> }> {
    const ctx = await this.reports.context(viewer, params);
    await this.dataSource.query(RECORD_EXPORT, [viewer.actorId, format, ctx.scope.code, params.courseSlug, { from: ctx.from, to: ctx.to }]);
    const filename = `bao-cao-hoan-thanh-${ctx.scope.code}${ctx.from ? `-tu-${ctx.from}` : ''}${ctx.to ? `-den-${ctx.to}` : ''}.${format}`;
    return { filename, write: (out) => (format === 'csv' ? this.csv(ctx, out) : this.xlsx(ctx, out)) };
  }

  async auditLog(viewer: Viewer, page: { offset: number; limit: number }): Promise<ReportExportPageModel> {
    if (!viewer.isNationalAdmin) throw DomainError.forbidden();
    const rows = await this.dataSource.query<
      {
        id: string;
        user_id: string | null;
        user_name: string | null;
        format: string;
        scope_code: string;
        course_slug: string;
        parameters: { from?: string | null; to?: string | null };
        created_at: Date;
        total: number;
      }[]
    >(EXPORT_LOG, [Math.min(Math.max(page.limit, 1), 200), Math.max(page.offset, 0)]);
    return {
      total: rows[0]?.total ?? (await this.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM report_exports'))[0]!.n,
      items: rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        userName: r.user_name,
        format: r.format,
        scopeCode: r.scope_code,
        courseSlug: r.course_slug,
        from: r.parameters.from ?? null,
        to: r.parameters.to ?? null,
        createdAt: r.created_at,
      })),
    };
  }

  private async csv(ctx: ReportContext, out: Writable): Promise<void> {
    const csv = stringify({ bom: true, header: true, columns: exportHeaders(ctx.modules.length) });
    const writing = pipeline(csv, out);
    try {
      for await (const line of this.lines(ctx)) {
        if (!csv.write(line)) await new Promise((resolve) => csv.once('drain', resolve));
      }
    } finally {
      csv.end();
    }
    await writing;
  }

  private async xlsx(ctx: ReportContext, out: Writable): Promise<void> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Lan Tỏa';
    const sheet = workbook.addWorksheet('Báo cáo hoàn thành');
    const header = sheet.addRow(exportHeaders(ctx.modules.length));
    header.font = { bold: true };
    header.commit();
    for await (const line of this.lines(ctx)) sheet.addRow(line).commit();
    sheet.commit();
    await workbook.commit();
  }

  /** One line per unit and kind of learner, from a cursor over the roll-ups. */
  async *lines(ctx: ReportContext): AsyncGenerator<(string | number | null)[]> {
    const s = ctx.scope;
    const r = ctx.range;
    const client = await pgPool(this.dataSource).connect();
    try {
      const stream = client.query(
        new QueryStream(EXPORT_ROWS, [ctx.courseId, r.all, r.from, r.to, s.level === ReportLevel.NATION ? null : s.path, s.teamId], {
          batchSize: 200,
        }),
      );
      for await (const row of stream as AsyncIterable<ExportRow>) {
        const tally = new Tally();
        for (const [member, metric, moduleId, n] of row.counts ?? []) tally.add(member, metric, moduleId, n);
        for (const [member, n] of row.registrations ?? []) tally.registered[member ? 'member' : 'citizen'] += n;
        const kinds = row.level === 3 ? [row.team_id !== NIL_UUID] : [true, false];
        for (const member of kinds) {
          const c = tally.shape(member, ctx.modules);
          yield [
            LEVEL_NAMES[row.level]!,
            row.province_code,
            row.province_name,
            row.level === 1 ? null : row.code,
            row.level === 1 ? null : row.name,
            row.level === 3 ? (row.team_name ?? 'Người dân (không thuộc tổ)') : null,
            member ? 'Thành viên tổ' : 'Người dân',
            c.registered,
            c.enrolled,
            c.started,
            ...c.modulesCompleted,
            c.courseCompleted,
            c.certificatesIssued,
            c.completionRate === null ? null : Math.round(c.completionRate * 1000) / 10,
          ];
        }
      }
    } finally {
      client.release();
    }
  }
}

export { Metric };
