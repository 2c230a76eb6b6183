import { Injectable } from '@nestjs/common';
import { foldVietnamese } from '@lantoa/domain';
import { DataSource } from 'typeorm';
import type { AdminUnitModel } from './models/admin-unit.model.js';

const COLUMNS = `u.id, u.code, u.name, u.type, u.level, u.parent_id, u.valid_to::text AS valid_to, u.path::text AS path`;

interface UnitRow {
  id: number;
  code: string;
  name: string;
  type: string;
  level: number;
  parent_id: number | null;
  valid_to: string | null;
  path: string;
}

export interface AdminUnitWithPath extends AdminUnitModel {
  path: string;
}

@Injectable()
export class AdminUnitsService {
  constructor(private readonly dataSource: DataSource) {}

  provinces(): Promise<AdminUnitWithPath[]> {
    return this.select(`WHERE u.level = 1 AND u.valid_to IS NULL ORDER BY u.code`);
  }

  /** The current unit with this code (a province for 2 digits, a commune for 5). */
  async findCurrent(code: string): Promise<AdminUnitWithPath | null> {
    return (await this.select(`WHERE u.code = $1 AND u.valid_to IS NULL ORDER BY u.level LIMIT 1`, [code]))[0] ?? null;
  }

  async findById(id: number): Promise<AdminUnitWithPath | null> {
    return (await this.select(`WHERE u.id = $1`, [id]))[0] ?? null;
  }

  children(parentId: number): Promise<AdminUnitWithPath[]> {
    return this.select(`WHERE u.parent_id = $1 ORDER BY u.name`, [parentId]);
  }

  /** Old units that went into this one on a reorganisation (e.g. the communes merged into a new ward). */
  predecessors(id: number): Promise<AdminUnitWithPath[]> {
    return this.select(`JOIN admin_unit_successions s ON s.predecessor_id = u.id WHERE s.successor_id = $1 ORDER BY u.level, u.name`, [id]);
  }

  /**
   * Current units whose name contains the text, ignoring diacritics and case ("ha noi" = "Hà Nội" = "HA NOI"),
   * best matches first, optionally within a province.
   */
  search(text: string, provinceCode: string | null, limit: number): Promise<AdminUnitWithPath[]> {
    const folded = foldVietnamese(text);
    if (!folded) return Promise.resolve([]);
    return this.select(
      `WHERE u.valid_to IS NULL AND u.search_name LIKE '%' || $1 || '%'
         AND ($2::text IS NULL OR u.path <@ ('g2025.p' || $2)::ltree)
       ORDER BY (u.search_name LIKE '%' || $1) DESC, similarity(u.search_name, $1) DESC, u.level, u.name
       LIMIT $3`,
      [folded.replace(/[%_\\]/g, '\\$&'), provinceCode, limit],
    );
  }

  /** The current province a unit lies in (itself for a province). */
  async provinceOf(unit: { path: string }): Promise<AdminUnitWithPath | null> {
    const provincePath = unit.path.split('.').slice(0, 2).join('.');
    return (await this.select(`WHERE u.path = $1::ltree`, [provincePath]))[0] ?? null;
  }

  private async select(where: string, params: unknown[] = []): Promise<AdminUnitWithPath[]> {
    const rows: UnitRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM admin_units u ${where}`, params);
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      type: r.type,
      level: r.level,
      current: r.valid_to === null,
      validTo: r.valid_to,
      parentId: r.parent_id,
      path: r.path,
    }));
  }
}
