import { Injectable } from '@nestjs/common';
import { policies } from '../authorization/policies.js';
import { normalizePhone } from '@lantoa/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors/domain-error.js';
import { message, type LocalizedMessage } from '../errors/messages.js';
import { cleanName, HAS_LETTER } from '../identity/validation.js';
import type { Viewer } from '../identity/viewer.js';
import type { TeamImportReportModel, TeamImportRowModel } from './models/team-import-report.model.js';
import { TeamsService, type NewMember } from './teams.service.js';

const MAX_ROWS = 500;
const PHONE_HEADERS = ['so_dien_thoai', 'sdt', 'phone', 'số điện thoại'];
const NAME_HEADERS = ['ho_ten', 'ho_va_ten', 'full_name', 'name', 'họ tên', 'họ và tên'];
const ROLE_HEADERS = ['vai_tro', 'role', 'vai trò'];

/**
 * Imports team members from a CSV file: every row is checked, and either all rows are added in one transaction or
 * none is and the report says, row by row, what to fix.
 */
@Injectable()
export class TeamImportService {
  constructor(private readonly teams: TeamsService) {}

  async import(viewer: Viewer, teamId: string, file: { csv?: string | null; xlsx?: string | null }): Promise<TeamImportReportModel> {
    const team = await this.teams.requireMembersManaged(viewer, teamId);
    const namesLeaders = policies.manageTeam(viewer, team);
    const records = file.xlsx ? await parseXlsx(file.xlsx) : parseCsv(file.csv ?? '');
    const header =
      records[0]?.map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\uFEFF/, ''),
      ) ?? [];
    const col = (names: string[]) => header.findIndex((h) => names.includes(h));
    const [phoneCol, nameCol, roleCol] = [col(PHONE_HEADERS), col(NAME_HEADERS), col(ROLE_HEADERS)];
    if (phoneCol < 0 || nameCol < 0) throw DomainError.invalid([{ field: 'csv', messageKey: 'csv.missingColumns' }]);
    const body = records
      .slice(1)
      .map((cells, i) => ({ cells, line: i + 2 }))
      .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
    if (body.length === 0) throw DomainError.invalid([{ field: 'csv', messageKey: 'csv.empty' }]);
    if (body.length > MAX_ROWS) throw DomainError.invalid([{ field: 'csv', messageKey: 'csv.tooManyRows', params: { max: MAX_ROWS } }]);

    const seen = new Map<string, number>();
    const rows: TeamImportRowModel[] = [];
    const members: NewMember[] = [];
    for (const { cells, line } of body) {
      const rawPhone = (cells[phoneCol] ?? '').trim();
      const fullName = cleanName(cells[nameCol] ?? '');
      const role = /^(to_truong|tổ trưởng|leader|to truong)$/i.test((cells[roleCol] ?? '').trim()) ? 'leader' : 'member';
      const phone = normalizePhone(rawPhone);
      let error: LocalizedMessage | null = null;
      if (!phone) error = message('phone.invalid');
      else if (!fullName) error = message('fullName.required');
      else if (fullName.length > 100) error = message('fullName.tooLong');
      else if (!HAS_LETTER.test(fullName)) error = message('fullName.noLetter');
      else if (seen.has(phone)) error = message('csv.duplicatePhone', { line: seen.get(phone)! });
      else if (role === 'leader' && !namesLeaders) error = message('member.leaderByAdminOnly');
      if (phone && !seen.has(phone)) seen.set(phone, line);
      rows.push({ line, phone: phone ?? rawPhone, fullName, ok: error === null, error });
      if (!error) members.push({ phone: phone!, fullName, role });
    }
    const outside = await this.teams.phonesInTeamsOutsideScope(
      viewer,
      members.map((m) => m.phone),
    );
    for (const row of rows) {
      if (row.ok && outside.has(row.phone)) Object.assign(row, { ok: false, error: message('member.inTeamOutsideScope') });
    }
    members.splice(0, members.length, ...members.filter((m) => !outside.has(m.phone)));
    const failed = rows.filter((r) => !r.ok).length;
    if (failed === 0) await this.teams.addMembers(viewer, team, members);
    return { imported: failed === 0 ? members.length : 0, failed, rows };
  }
}

/** The first sheet of a workbook as rows of text (a phone number typed as a number loses its 0: put it back). */
async function parseXlsx(base64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw DomainError.invalid([{ field: 'csv', messageKey: 'csv.malformed', params: { reason: 'not an .xlsx workbook' } }]);
  }
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      const text = typeof value === 'number' && /^[1-9]\d{8}$/.test(String(value)) ? `0${value}` : cell.text;
      cells[column - 1] = text ?? '';
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

function parseCsv(csv: string): string[][] {
  try {
    // Spreadsheet exports from Vietnamese Excel often use ";" — detect the delimiter from the header line.
    const firstLine = csv.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    return parse(csv, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true, trim: false }) as string[][];
  } catch (error) {
    throw DomainError.invalid([
      { field: 'csv', messageKey: 'csv.malformed', params: { reason: (error as Error).message.split('\n')[0] ?? '' } },
    ]);
  }
}
