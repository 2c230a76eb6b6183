import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REBUILD, ROLLUP_DIFFERENCES } from './reports.sql.js';

export interface RollupDifference {
  table: string;
  key: Record<string, unknown>;
  actual: number;
  expected: number;
}

/** Rows of the outbox applied per transaction: big enough to sum many events per roll-up row, small enough to be quick. */
const BATCH = 5000;
/** How often the outbox is applied in the background (reports also apply it before they read). */
const INTERVAL_MS = 250;

/**
 * The roll-ups behind the reports. Progress transactions only append to report_outbox (migration 1764990000000);
 * this applies it exactly once, in the background and before every report read, so a report always counts every
 * committed event. It also recounts the roll-ups from the raw rows (`lantoa reports:rebuild`).
 */
@Injectable()
export class RollupsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RollupsService.name);
  private timer: NodeJS.Timeout | undefined;
  private background: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      // One background run at a time; a failure (database away) is tried again at the next tick.
      this.background ??= this.flush()
        .catch((error: Error) => this.logger.warn(`report outbox not applied: ${error.message}`))
        .finally(() => (this.background = null));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.background;
  }

  /** Applies what the outbox holds now (batches until one comes back short). */
  async flush(): Promise<void> {
    for (;;) {
      const [row] = await this.dataSource.query<{ rows: number }[]>(`SELECT report_apply_outbox($1) AS rows`, [BATCH]);
      if ((row?.rows ?? 0) < BATCH) return;
    }
  }

  async differences(): Promise<RollupDifference[]> {
    await this.flush();
    const rows =
      await this.dataSource.query<{ table_name: string; key: Record<string, unknown>; actual: number; expected: number }[]>(
        ROLLUP_DIFFERENCES,
      );
    return rows.map((r) => ({ table: r.table_name, key: r.key, actual: r.actual, expected: r.expected }));
  }

  /** Replaces the roll-ups by the recount, in one transaction (reports wait for it; writes queue behind it). */
  async rebuild(): Promise<RollupDifference[]> {
    await this.flush();
    return this.dataSource.transaction(async (em) => {
      const before = (
        await em.query<{ table_name: string; key: Record<string, unknown>; actual: number; expected: number }[]>(ROLLUP_DIFFERENCES)
      ).map((r) => ({ table: r.table_name, key: r.key, actual: r.actual, expected: r.expected }));
      for (const sql of REBUILD) await em.query(sql);
      return before;
    });
  }
}
