import type { MigrationInterface, QueryRunner } from 'typeorm';

const SIGNATURE = 'uuid[], int[], uuid[], date[], smallint[], uuid[], int[]';

/**
 * Report roll-ups through an outbox applied exactly once (issue 16 allows either this or the same transaction).
 *
 * Since 1764970000000 each progress transaction bumped the roll-up rows of its unit, province and the nation itself:
 * every learner in the country wrote the same national row, so every completeLesson waited for the one before it to
 * commit (measured: completeLesson fell from 547 to 279 req/s). Now report_add, still called by the same triggers
 * with the same arguments, only appends its arguments to report_outbox, a write nobody else contends for. The former
 * report_add is report_apply; report_apply_outbox(limit) takes a batch of the oldest rows (SKIP LOCKED, so several
 * appliers take disjoint batches), deletes them and applies their sum in the same transaction: applied exactly once.
 * The API applies the outbox a few times a second and before every report read (RollupsService.flush).
 */
export class ReportOutbox1764990000000 implements MigrationInterface {
  name = 'ReportOutbox1764990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_outbox (
        id bigserial PRIMARY KEY,
        course_id uuid,
        commune_id int,
        team_id uuid,
        day date,
        metric smallint,
        module_id uuid,
        n int
      )`);
    await q.query(`ALTER FUNCTION report_add(${SIGNATURE}) RENAME TO report_apply`);
    await q.query(`
      CREATE FUNCTION report_add(p_course uuid[], p_commune int[], p_team uuid[], p_day date[], p_metric smallint[],
                                 p_module uuid[], p_n int[])
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_outbox (course_id, commune_id, team_id, day, metric, module_id, n)
        SELECT * FROM unnest(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n)
      $$`);
    await q.query(`
      CREATE FUNCTION report_apply_outbox(p_limit int) RETURNS int LANGUAGE plpgsql AS $fn$
      DECLARE v_rows int;
      BEGIN
        WITH batch AS (
          DELETE FROM report_outbox
           WHERE id IN (SELECT id FROM report_outbox ORDER BY id LIMIT p_limit FOR UPDATE SKIP LOCKED)
          RETURNING course_id, commune_id, team_id, day, metric, module_id, n),
        applied AS (
          SELECT report_apply(array_agg(course_id), array_agg(commune_id), array_agg(team_id), array_agg(day),
                              array_agg(metric), array_agg(module_id), array_agg(n)) AS done, count(*)::int AS rows
            FROM batch)
        SELECT rows INTO v_rows FROM applied;
        RETURN v_rows;
      END $fn$`);
  }

  /** Applies what is pending, then writes the roll-ups in the progress transaction again. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT report_apply_outbox(2147483647)`);
    await q.query(`DROP FUNCTION report_apply_outbox(int)`);
    await q.query(`DROP FUNCTION report_add(${SIGNATURE})`);
    await q.query(`ALTER FUNCTION report_apply(${SIGNATURE}) RENAME TO report_add`);
    await q.query(`DROP TABLE report_outbox`);
  }
}
