import type { MigrationInterface, QueryRunner } from 'typeorm';

const NIL = `'00000000-0000-0000-0000-000000000000'::uuid`;
const KEY = 'course_id, level, parent_id, unit_id, team_id, member, metric, module_id';
const SAME_KEY = (a: string, b: string) =>
  KEY.split(', ')
    .map((k) => `${a}.${k} = ${b}.${k}`)
    .join(' AND ');

/**
 * Report roll-ups whose reads cost O(units), whatever the number of learners and of days (issue 16).
 *
 * report_counts (migration 1764930000000) kept every count three times, all time ('A'), per month ('M') and per day
 * ('D'), in one table; a from/to report read whole months plus up to two months of daily rows per unit and metric,
 * so its cost grew with the days asked for, and the all-time rows sat scattered among millions of daily ones. Now:
 *
 * - report_totals: one row per unit (level, parent, unit, team), kind of learner, metric and module: all time.
 * - report_days: one row per such key and day on which it moved: n, what moved that day, and n_cum, the count up to
 *   and including that day. "From d1 to d2" is n_cum of the key's last row on or before d2 minus n_cum of its last
 *   row before d1: two index probes per key, whatever the range.
 *
 * Both are kept by report_add, called by the same triggers in the same transaction as the progress they count. It
 * first bumps the totals rows (sorted, so two transactions take the row locks in one order): every writer of a key
 * holds that key's totals row until it commits, so the cumulative counts that follow are written by one transaction
 * at a time, each reading what the previous one committed. A late event (an offline lesson synced days later) also
 * moves n_cum of the key's later days, a few rows.
 */
export class ReportTotalsAndCumulativeDays1764970000000 implements MigrationInterface {
  name = 'ReportTotalsAndCumulativeDays1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_totals (
        course_id uuid NOT NULL,
        level smallint NOT NULL CHECK (level IN (1, 2, 3)),
        parent_id int NOT NULL,
        unit_id int NOT NULL,
        team_id uuid NOT NULL,
        member boolean NOT NULL,
        metric smallint NOT NULL,
        module_id uuid NOT NULL,
        n int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (${KEY})
      )`);
    await q.query(`
      CREATE TABLE report_days (
        course_id uuid NOT NULL,
        level smallint NOT NULL CHECK (level IN (1, 2, 3)),
        parent_id int NOT NULL,
        unit_id int NOT NULL,
        team_id uuid NOT NULL,
        member boolean NOT NULL,
        metric smallint NOT NULL,
        module_id uuid NOT NULL,
        day date NOT NULL,
        n int NOT NULL,
        n_cum int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (${KEY}, day)
      )`);
    await q.query(`
      INSERT INTO report_totals (${KEY}, n) SELECT ${KEY}, n FROM report_counts WHERE grain = 'A' AND n <> 0`);
    await q.query(`
      INSERT INTO report_days (${KEY}, day, n, n_cum)
      SELECT ${KEY}, day, n, sum(n) OVER (PARTITION BY ${KEY} ORDER BY day)
        FROM report_counts WHERE grain = 'D'`);

    // One counted fact in a commune (and team) on a day becomes its rows at the three levels.
    await q.query(`
      CREATE FUNCTION report_expand_levels(p_course uuid[], p_commune int[], p_team uuid[], p_day date[], p_metric smallint[],
                                           p_module uuid[], p_n int[])
      RETURNS TABLE (course_id uuid, level smallint, parent_id int, unit_id int, team_id uuid, member boolean, metric smallint,
                     module_id uuid, day date, n int)
      LANGUAGE sql STABLE AS $$
        SELECT d.course_id, x.level, x.parent_id, x.unit_id, x.team_id, d.team_id IS NOT NULL, d.metric, d.module_id, d.day,
               sum(d.n)::int
          FROM unnest(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n)
               AS d(course_id, commune_id, team_id, day, metric, module_id, n)
          JOIN admin_units c ON c.id = d.commune_id
         CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, ${NIL}),
                                    (2::smallint, c.parent_id, c.id, ${NIL}),
                                    (3::smallint, c.id, c.id, coalesce(d.team_id, ${NIL})))
               AS x(level, parent_id, unit_id, team_id)
         WHERE c.parent_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
      $$`);
    // Same name and arguments as before: the triggers of migration 1764930000000 call it unchanged.
    await q.query(`
      CREATE OR REPLACE FUNCTION report_add(p_course uuid[], p_commune int[], p_team uuid[], p_day date[], p_metric smallint[],
                                            p_module uuid[], p_n int[])
      RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        -- 1. All time; takes the key's lock (see the migration's comment).
        INSERT INTO report_totals (${KEY}, n)
        SELECT ${KEY}, sum(n)::int FROM report_expand_levels(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n)
         GROUP BY ${KEY} ORDER BY ${KEY}
        ON CONFLICT (${KEY}) DO UPDATE SET n = report_totals.n + EXCLUDED.n;
        -- 2. The day: a new row starts from the count of the key's last day before it.
        INSERT INTO report_days AS d (${KEY}, day, n, n_cum)
        SELECT e.*, e.n + coalesce((SELECT p.n_cum FROM report_days p WHERE ${SAME_KEY('p', 'e')} AND p.day < e.day
                                     ORDER BY p.day DESC LIMIT 1), 0)
          FROM report_expand_levels(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n) e
         ORDER BY ${KEY}, day
        ON CONFLICT (${KEY}, day) DO UPDATE SET n = d.n + EXCLUDED.n, n_cum = d.n_cum + EXCLUDED.n;
        -- 3. The key's later days (a late event), by the sum of what this call added before each of them.
        UPDATE report_days d SET n_cum = d.n_cum + later.n
          FROM (SELECT l.course_id, l.level, l.parent_id, l.unit_id, l.team_id, l.member, l.metric, l.module_id, l.day, sum(e.n)::int AS n
                  FROM report_expand_levels(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n) e
                  JOIN report_days l ON ${SAME_KEY('l', 'e')} AND l.day > e.day
                 GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9) later
         WHERE ${SAME_KEY('d', 'later')} AND d.day = later.day;
      END $fn$`);
    await q.query(`DROP FUNCTION report_expand(uuid[], int[], uuid[], date[], smallint[], uuid[], int[])`);
    await q.query(`DROP TABLE report_counts`);
  }

  /** Back to report_counts, empty: run `lantoa reports:rebuild` of that version to fill it. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_counts (
        course_id uuid NOT NULL,
        level smallint NOT NULL CHECK (level IN (1, 2, 3)),
        parent_id int NOT NULL,
        grain char(1) NOT NULL CHECK (grain IN ('A', 'M', 'D')),
        day date NOT NULL,
        unit_id int NOT NULL,
        team_id uuid NOT NULL,
        member boolean NOT NULL,
        metric smallint NOT NULL,
        module_id uuid NOT NULL,
        n int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_id, level, parent_id, grain, day, unit_id, team_id, member, metric, module_id)
      )`);
    await q.query(`
      CREATE FUNCTION report_expand(p_course uuid[], p_commune int[], p_team uuid[], p_day date[], p_metric smallint[],
                                    p_module uuid[], p_n int[])
      RETURNS TABLE (course_id uuid, level smallint, parent_id int, grain char(1), day date, unit_id int, team_id uuid,
                     member boolean, metric smallint, module_id uuid, n int)
      LANGUAGE sql STABLE AS $$
        SELECT d.course_id, x.level, x.parent_id, g.grain, g.day, x.unit_id, x.team_id, d.team_id IS NOT NULL,
               d.metric, d.module_id, sum(d.n)::int
          FROM unnest(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n)
               AS d(course_id, commune_id, team_id, day, metric, module_id, n)
          JOIN admin_units c ON c.id = d.commune_id
         CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, ${NIL}),
                                    (2::smallint, c.parent_id, c.id, ${NIL}),
                                    (3::smallint, c.id, c.id, coalesce(d.team_id, ${NIL})))
               AS x(level, parent_id, unit_id, team_id)
         CROSS JOIN LATERAL (VALUES ('A'::char(1), date '2000-01-01'), ('M', date_trunc('month', d.day)::date), ('D', d.day))
               AS g(grain, day)
         WHERE c.parent_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      $$`);
    await q.query(`DROP FUNCTION report_add(uuid[], int[], uuid[], date[], smallint[], uuid[], int[])`);
    await q.query(`
      CREATE FUNCTION report_add(p_course uuid[], p_commune int[], p_team uuid[], p_day date[], p_metric smallint[],
                                 p_module uuid[], p_n int[])
      RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_counts (course_id, level, parent_id, grain, day, unit_id, team_id, member, metric, module_id, n)
        SELECT * FROM report_expand(p_course, p_commune, p_team, p_day, p_metric, p_module, p_n)
         ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
        ON CONFLICT (course_id, level, parent_id, grain, day, unit_id, team_id, member, metric, module_id)
        DO UPDATE SET n = report_counts.n + EXCLUDED.n
      $$`);
    await q.query(`DROP FUNCTION report_expand_levels(uuid[], int[], uuid[], date[], smallint[], uuid[], int[])`);
    await q.query(`DROP TABLE report_days, report_totals`);
  }
}
