import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REBUILD, ROLLUP_DIFFERENCES } from './reports.sql.js';

export interface RollupDifference {
  table: string;
  key: Record<string, unknown>;
  actual: number;
  expected: number;
}

/** Recounts the roll-ups from the raw rows (`lantoa reports:rebuild`), to check them or to replace them. */
@Injectable()
export class RollupsService {
  constructor(private readonly dataSource: DataSource) {}

  async differences(): Promise<RollupDifference[]> {
    const rows =
      await this.dataSource.query<{ table_name: string; key: Record<string, unknown>; actual: number; expected: number }[]>(
        ROLLUP_DIFFERENCES,
      );
    return rows.map((r) => ({ table: r.table_name, key: r.key, actual: r.actual, expected: r.expected }));
  }

  /** Replaces the roll-ups by the recount, in one transaction (reports wait for it; writes queue behind it). */
  async rebuild(): Promise<RollupDifference[]> {
    return this.dataSource.transaction(async (em) => {
      const before = (
        await em.query<{ table_name: string; key: Record<string, unknown>; actual: number; expected: number }[]>(ROLLUP_DIFFERENCES)
      ).map((r) => ({ table: r.table_name, key: r.key, actual: r.actual, expected: r.expected }));
      for (const sql of REBUILD) await em.query(sql);
      return before;
    });
  }
}
