/**
 * The SQL that matters for report speed and exactness, in one place. The triggers that keep the roll-ups are in
 * migration 1764930000000-create-report-rollups; RECOUNT_* below count the same facts from the raw rows with the same
 * rules, so `lantoa reports:rebuild --check` (and the property test) can compare the two.
 */

export const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/** The day under which the all-time ('A') rows are kept. */
export const ALL_TIME_DAY = '2000-01-01';

export const Metric = {
  ENROLLED: 1,
  STARTED: 2,
  REACHED_MODULE: 3,
  PASSED_QUIZ: 4,
  COMPLETED_MODULE: 5,
  COMPLETED_COURSE: 6,
  CERTIFICATE_ISSUED: 7,
} as const;

/** Facts (course, commune, team, day, metric, module, 1) from raw rows, as the triggers count them. */
const RAW_FACTS = `
  SELECT e.course_id, p.commune_id, p.team_id, report_day(e.created_at) AS day, 1::smallint AS metric,
         '${NIL_UUID}'::uuid AS module_id, 1 AS n
    FROM enrollments e CROSS JOIN LATERAL report_place_at(e.user_id, e.created_at) p
  UNION ALL
  SELECT e.course_id, p.commune_id, p.team_id, report_day(e.started_at), 2::smallint, '${NIL_UUID}'::uuid, 1
    FROM enrollments e CROSS JOIN LATERAL report_place_at(e.user_id, e.started_at) p
   WHERE e.started_at IS NOT NULL
  UNION ALL
  SELECT f.course_id, p.commune_id, p.team_id, report_day(f.at), 3::smallint, f.module_id, 1
    FROM (SELECT lc.user_id, lc.course_id, l.module_id, min(lc.completed_at) AS at
            FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id GROUP BY 1, 2, 3) f
   CROSS JOIN LATERAL report_place_at(f.user_id, f.at) p
  UNION ALL
  SELECT f.course_id, p.commune_id, p.team_id, report_day(f.at), 4::smallint, f.module_id, 1
    FROM (SELECT a.user_id, cm.course_id, q.module_id, min(a.submitted_at) AS at
            FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN course_modules cm ON cm.id = q.module_id
           WHERE a.passed GROUP BY 1, 2, 3) f
   CROSS JOIN LATERAL report_place_at(f.user_id, f.at) p
  UNION ALL
  SELECT c.course_id, coalesce(t.commune_id, c.commune_id), c.team_id, report_day(c.completed_at),
         (CASE WHEN c.module_id IS NULL THEN 6 ELSE 5 END)::smallint, coalesce(c.module_id, '${NIL_UUID}'::uuid), 1
    FROM completions c LEFT JOIN teams t ON t.id = c.team_id
  UNION ALL
  -- Certificates (migration 1764920000000): the first of a learner and course, where its course completion counts.
  SELECT c.course_id, coalesce(t.commune_id, c.commune_id), c.team_id, report_day(c.completed_at), 7::smallint, '${NIL_UUID}'::uuid, 1
    FROM certificates c LEFT JOIN teams t ON t.id = c.team_id
   WHERE c.replaces_id IS NULL`;

/** report_counts as the raw rows say it should be (zero rows left out); the expansion of report_expand, inline. */
export const RECOUNT_COUNTS = `
  SELECT d.course_id, x.level, x.parent_id, g.grain, g.day, x.unit_id, x.team_id, d.team_id IS NOT NULL AS member,
         d.metric, d.module_id, sum(d.n)::int AS n
    FROM (${RAW_FACTS}) d
    JOIN admin_units c ON c.id = d.commune_id
   CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, '${NIL_UUID}'::uuid),
                              (2::smallint, c.parent_id, c.id, '${NIL_UUID}'::uuid),
                              (3::smallint, c.id, c.id, coalesce(d.team_id, '${NIL_UUID}'::uuid))) AS x(level, parent_id, unit_id, team_id)
   CROSS JOIN LATERAL (VALUES ('A'::char(1), date '${ALL_TIME_DAY}'), ('M', date_trunc('month', d.day)::date), ('D', d.day)) AS g(grain, day)
   WHERE c.parent_id IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
  HAVING sum(d.n) <> 0`;

const REGISTRATION_FACTS = `
  SELECT coalesce(t.commune_id, u.commune_id) AS commune_id, t.id AS team_id
    FROM users u
    LEFT JOIN team_memberships m ON m.user_id = u.id AND m.left_at IS NULL
    LEFT JOIN teams t ON t.id = m.team_id`;

export const RECOUNT_REGISTRATIONS = `
  SELECT x.level, x.parent_id, x.unit_id, x.team_id, f.team_id IS NOT NULL AS member, count(*)::int AS n
    FROM (${REGISTRATION_FACTS}) f
    JOIN admin_units c ON c.id = f.commune_id
   CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, '${NIL_UUID}'::uuid),
                              (2::smallint, c.parent_id, c.id, '${NIL_UUID}'::uuid),
                              (3::smallint, c.id, c.id, coalesce(f.team_id, '${NIL_UUID}'::uuid))) AS x(level, parent_id, unit_id, team_id)
   WHERE c.parent_id IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5`;

const COUNT_KEY = ['course_id', 'level', 'parent_id', 'grain', 'day', 'unit_id', 'team_id', 'member', 'metric', 'module_id'];
const REGISTRATION_KEY = ['level', 'parent_id', 'unit_id', 'team_id', 'member'];

function diff(table: string, recount: string, key: string[]): string {
  const on = key.map((k) => `a.${k} = e.${k}`).join(' AND ');
  const keyJson = key.map((k) => `'${k}', coalesce(a.${k}, e.${k})`).join(', ');
  return `
    SELECT '${table}' AS table_name, json_build_object(${keyJson}) AS key, coalesce(a.n, 0) AS actual, coalesce(e.n, 0) AS expected
      FROM (SELECT * FROM ${table} WHERE n <> 0) a
      FULL JOIN (${recount}) e ON ${on}
     WHERE coalesce(a.n, 0) <> coalesce(e.n, 0)`;
}

/** Every roll-up row that differs from the recount: (table_name, key, actual, expected). */
export const ROLLUP_DIFFERENCES = `
  ${diff('report_counts', RECOUNT_COUNTS, COUNT_KEY)}
  UNION ALL
  ${diff('report_registrations', RECOUNT_REGISTRATIONS, REGISTRATION_KEY)}`;

export const REBUILD = [
  'LOCK TABLE report_counts, report_registrations IN EXCLUSIVE MODE',
  'DELETE FROM report_counts',
  'DELETE FROM report_registrations',
  `INSERT INTO report_counts (${COUNT_KEY.join(', ')}, n) SELECT ${COUNT_KEY.join(', ')}, n FROM (${RECOUNT_COUNTS}) r`,
  `INSERT INTO report_registrations (${REGISTRATION_KEY.join(', ')}, n) SELECT ${REGISTRATION_KEY.join(', ')}, n FROM (${RECOUNT_REGISTRATIONS}) r`,
];

/**
 * Roll-up counts at `level` under `parent` ($1 course, $2 level, $3 parent), optionally of one unit ($11) and team
 * ($12), summed over the grains that cover the range: $4 all time; else whole months in [$5, $6) and days in
 * [$7, $8] and [$9, $10]. Reads a number of rows that depends on units and days, never on learners.
 */
export const ROLLUP_COUNTS = `
  SELECT unit_id, team_id, member, metric, module_id, sum(n)::int AS n
    FROM report_counts
   WHERE course_id = $1 AND level = $2 AND parent_id = $3
     AND (($4 AND grain = 'A' AND day = '${ALL_TIME_DAY}')
          OR (NOT $4 AND grain = 'M' AND day >= $5 AND day < $6)
          OR (NOT $4 AND grain = 'D' AND ((day >= $7 AND day <= $8) OR (day >= $9 AND day <= $10))))
     AND ($11::int IS NULL OR unit_id = $11) AND ($12::uuid IS NULL OR team_id = $12)
   GROUP BY 1, 2, 3, 4, 5`;

export const ROLLUP_REGISTRATIONS = `
  SELECT unit_id, team_id, member, n FROM report_registrations
   WHERE level = $1 AND parent_id = $2 AND n <> 0 AND ($3::int IS NULL OR unit_id = $3) AND ($4::uuid IS NULL OR team_id = $4)`;

/** Daily module and course completions of a scope's own rows (same parameters as ROLLUP_COUNTS), by ISO week. */
export const WEEKLY_COMPLETIONS = `
  SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, member, metric, sum(n)::int AS n
    FROM report_counts
   WHERE course_id = $1 AND level = $2 AND parent_id = $3 AND grain = 'D' AND day >= $4 AND day <= $5
     AND ($6::int IS NULL OR unit_id = $6) AND ($7::uuid IS NULL OR team_id = $7) AND metric IN (5, 6)
   GROUP BY 1, 2, 3`;

export const CURRENT_MODULES = `
  SELECT id, position, title FROM course_modules WHERE course_id = $1 AND archived_at IS NULL ORDER BY position`;

/**
 * Child units of a scope: current ones, and older ones ($2) that have counted rows in the report (the caller passes
 * the units its counts hold). Never a subquery over report_counts here: built as a hashed subplan it scanned every
 * roll-up row of the level, which grows with learners.
 */
export const CHILD_UNITS = `
  SELECT u.id, u.code, u.name, u.valid_to IS NULL AS current
    FROM admin_units u
   WHERE (u.parent_id = $1 OR ($1 = 0 AND u.level = 1 AND u.path <@ 'g2025'))
     AND (u.valid_to IS NULL OR u.id = ANY($2::int[]))
   ORDER BY u.code`;

/** A commune's current teams, and dissolved ones ($2) that have counted rows in the report. */
export const COMMUNE_TEAMS = `
  SELECT t.id, t.name, t.archived_at IS NULL AS current FROM teams t
   WHERE t.commune_id = $1 AND (t.archived_at IS NULL OR t.id = ANY($2::uuid[]))
   ORDER BY t.name`;

/** A team's current members with their progress in one course (a team is small: one query for all of them). */
export const TEAM_MEMBERS = `
  SELECT u.id, u.full_name, u.phone, m.role, e.user_id IS NOT NULL AS enrolled, e.last_active_at,
         (SELECT count(*)::int FROM completions c JOIN course_modules cm ON cm.id = c.module_id
           WHERE c.user_id = u.id AND c.course_id = $2 AND cm.archived_at IS NULL) AS modules_completed,
         EXISTS (SELECT 1 FROM completions c WHERE c.user_id = u.id AND c.course_id = $2 AND c.module_id IS NULL) AS course_completed
    FROM team_memberships m
    JOIN users u ON u.id = m.user_id
    LEFT JOIN enrollments e ON e.user_id = u.id AND e.course_id = $2
   WHERE m.team_id = $1 AND m.left_at IS NULL
   ORDER BY (m.role = 'leader') DESC, u.full_name, u.id`;

/**
 * Every unit row of a scope and what lies under it (provinces, communes, teams), for exports, in tree order:
 * ($1 course, $2 all-time, $3..$8 the range as in ROLLUP_COUNTS, $9 scope path or null for the nation, $10 team).
 * Read through a cursor: the API holds one batch of rows at a time, whatever the size of the scope.
 */
export const EXPORT_ROWS = `
  WITH c AS (
    SELECT rc.level, rc.unit_id, rc.team_id, rc.member, rc.metric, rc.module_id, sum(rc.n)::int AS n
      FROM report_counts rc JOIN admin_units au ON au.id = rc.unit_id
     WHERE rc.course_id = $1
       AND (($2 AND rc.grain = 'A' AND rc.day = '${ALL_TIME_DAY}')
            OR (NOT $2 AND rc.grain = 'M' AND rc.day >= $3 AND rc.day < $4)
            OR (NOT $2 AND rc.grain = 'D' AND ((rc.day >= $5 AND rc.day <= $6) OR (rc.day >= $7 AND rc.day <= $8))))
       AND ($9::ltree IS NULL OR au.path <@ $9::ltree) AND ($10::uuid IS NULL OR rc.team_id = $10)
     GROUP BY 1, 2, 3, 4, 5, 6
  ), r AS (
    SELECT rr.level, rr.unit_id, rr.team_id, rr.member, rr.n
      FROM report_registrations rr JOIN admin_units au ON au.id = rr.unit_id
     WHERE rr.n <> 0 AND ($9::ltree IS NULL OR au.path <@ $9::ltree) AND ($10::uuid IS NULL OR rr.team_id = $10)
  ), k AS (
    SELECT level, unit_id, team_id FROM c UNION SELECT level, unit_id, team_id FROM r
  )
  SELECT k.level, k.team_id, u.code, u.name, p.code AS province_code, p.name AS province_name, t.name AS team_name,
         (SELECT json_agg(json_build_array(c.member, c.metric, c.module_id, c.n)) FROM c
           WHERE c.level = k.level AND c.unit_id = k.unit_id AND c.team_id = k.team_id) AS counts,
         (SELECT json_agg(json_build_array(r.member, r.n)) FROM r
           WHERE r.level = k.level AND r.unit_id = k.unit_id AND r.team_id = k.team_id) AS registrations
    FROM k
    JOIN admin_units u ON u.id = k.unit_id
    LEFT JOIN admin_units p ON p.path = subpath(u.path, 0, 2) AND p.level = 1
    LEFT JOIN teams t ON t.id = k.team_id
   ORDER BY u.path, k.level, t.name NULLS FIRST, k.team_id`;

export const RECORD_EXPORT = `
  INSERT INTO report_exports (user_id, format, scope_code, course_slug, parameters) VALUES ($1, $2, $3, $4, $5) RETURNING id`;

export const EXPORT_LOG = `
  SELECT e.id::text, e.user_id, u.full_name AS user_name, e.format, e.scope_code, e.course_slug, e.parameters, e.created_at,
         count(*) OVER ()::int AS total
    FROM report_exports e LEFT JOIN users u ON u.id = e.user_id
   ORDER BY e.created_at DESC, e.id DESC LIMIT $1 OFFSET $2`;
