import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * The pg pool behind TypeORM, for the few hot paths where TypeORM's query runner costs more than the query
 * (one-statement writes such as record_lesson_completions). Everything else goes through TypeORM.
 */
export function pgPool(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
