/**
 * The SQL that matters for report speed and exactness, in one place. The triggers that keep the roll-ups are in
 * migration 1764930000000-create-report-rollups, the tables they fill (report_totals, report_days with cumulative
 * counts) in 1764970000000-report-totals-and-cumulative-days; RECOUNT_* below count the same facts from the raw rows with the same
 * rules, so `lantoa reports:rebuild --check` (and the property test) can compare the two.
 */

export const NIL_UUID = '00000000-0000-0000-0000-000000000000';
export const Metric = {
  ENROLLED: 1,
  STARTED: 2,
  REACHED_MODULE: 3,
  PASSED_QUIZ: 4,
  COMPLETED_MODULE: 5,
  COMPLETED_COURSE: 6,
  CERTIFICATE_ISSUED: 7,
} as const;

/** What a report's table shows (the funnel also reads REACHED_MODULE and PASSED_QUIZ): fewer rows, fewer probes. */
export const TABLE_METRICS: number[] = [
  Metric.ENROLLED,
  Metric.STARTED,
  Metric.COMPLETED_MODULE,
  Metric.COMPLETED_COURSE,
  Metric.CERTIFICATE_ISSUED,
];

/**
 * Where a learner was at a moment, as report_place_at (migration 1764930000000) says: the team they were in (the
 * latest joined if two overlap), else their commune. Inline rather than a call of that function per fact, so a
 * recount of millions of facts runs as joins; the team's commune is joined once, outside (RAW_FACTS).
 */
const placeAt = (user: string, at: string) => `
    JOIN users pu ON pu.id = ${user}
    LEFT JOIN LATERAL (SELECT m.team_id FROM team_memberships m
                        WHERE m.user_id = ${user} AND m.joined_at <= ${at} AND (m.left_at IS NULL OR m.left_at > ${at})
                        ORDER BY m.joined_at DESC LIMIT 1) pm ON true`;

/**
 * Facts (course, commune, team, day, metric, module, 1) from raw rows, as the triggers count them: a team member
 * under the team's commune, anyone else under their own (or, for completions and certificates, the one stored).
 */
const RAW_FACTS = `
  SELECT f.course_id, coalesce(t.commune_id, f.commune_id), f.team_id, f.day, f.metric, f.module_id, 1
    FROM (
      SELECT e.course_id, pu.commune_id, pm.team_id, report_day(e.created_at) AS day, 1::smallint AS metric,
             '${NIL_UUID}'::uuid AS module_id
        FROM enrollments e ${placeAt('e.user_id', 'e.created_at')}
      UNION ALL
      SELECT e.course_id, pu.commune_id, pm.team_id, report_day(e.started_at), 2::smallint, '${NIL_UUID}'::uuid
        FROM enrollments e ${placeAt('e.user_id', 'e.started_at')}
       WHERE e.started_at IS NOT NULL
      UNION ALL
      SELECT r.course_id, pu.commune_id, pm.team_id, report_day(r.at), 3::smallint, r.module_id
        FROM (SELECT lc.user_id, lc.course_id, l.module_id, min(lc.completed_at) AS at
                FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id GROUP BY 1, 2, 3) r
        ${placeAt('r.user_id', 'r.at')}
      UNION ALL
      SELECT r.course_id, pu.commune_id, pm.team_id, report_day(r.at), 4::smallint, r.module_id
        FROM (SELECT a.user_id, cm.course_id, q.module_id, min(a.submitted_at) AS at
                FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id JOIN course_modules cm ON cm.id = q.module_id
               WHERE a.passed GROUP BY 1, 2, 3) r
        ${placeAt('r.user_id', 'r.at')}
      UNION ALL
      SELECT c.course_id, c.commune_id, c.team_id, report_day(c.completed_at),
             (CASE WHEN c.module_id IS NULL THEN 6 ELSE 5 END)::smallint, coalesce(c.module_id, '${NIL_UUID}'::uuid)
        FROM completions c
      UNION ALL
      -- Certificates (migration 1764920000000): the first of a learner and course, where its course completion counts.
      SELECT c.course_id, c.commune_id, c.team_id, report_day(c.completed_at), 7::smallint, '${NIL_UUID}'::uuid
        FROM certificates c
       WHERE c.replaces_id IS NULL) f
    LEFT JOIN teams t ON t.id = f.team_id`;

/** The key of a roll-up row: a unit (level, parent, unit, team), a kind of learner, a metric and a module. */
const KEY = ['course_id', 'level', 'parent_id', 'unit_id', 'team_id', 'member', 'metric', 'module_id'];
const keyList = KEY.join(', ');
const sameKey = (a: string, b: string) => KEY.map((k) => `${a}.${k} = ${b}.${k}`).join(' AND ');

/**
 * report_days as the raw rows say it should be, n only (n_cum is its running sum), zero rows left out: the facts
 * summed per commune, team and day first, then spread over the three levels (the expansion of report_expand_levels).
 */
export const RECOUNT_DAYS = `
  SELECT f.course_id, x.level, x.parent_id, x.unit_id, x.team_id, f.member, f.metric, f.module_id, f.day, sum(f.n)::int AS n
    FROM (SELECT d.course_id, d.commune_id, d.team_id, d.team_id IS NOT NULL AS member, d.metric, d.module_id, d.day, count(*)::int AS n
            FROM (${RAW_FACTS}) AS d(course_id, commune_id, team_id, day, metric, module_id, n)
           GROUP BY 1, 2, 3, 4, 5, 6, 7) f
    JOIN admin_units c ON c.id = f.commune_id
   CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, '${NIL_UUID}'::uuid),
                              (2::smallint, c.parent_id, c.id, '${NIL_UUID}'::uuid),
                              (3::smallint, c.id, c.id, coalesce(f.team_id, '${NIL_UUID}'::uuid))) AS x(level, parent_id, unit_id, team_id)
   WHERE c.parent_id IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  HAVING sum(f.n) <> 0`;

export const RECOUNT_TOTALS = `
  SELECT ${keyList}, sum(n)::int AS n FROM (${RECOUNT_DAYS}) r GROUP BY ${keyList} HAVING sum(n) <> 0`;

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

/** report_days against the recount: each day's n, and each stored row's n_cum against the recount's running sum. */
const DAYS_DIFFERENCES = `
  SELECT 'report_days' AS table_name, json_build_object(${[...KEY, 'day'].map((k) => `'${k}', w.${k}`).join(', ')}, 'column', v.col) AS key,
         v.actual, v.expected
    FROM (SELECT j.*, sum(j.en) OVER (PARTITION BY ${keyList} ORDER BY j.day)::int AS ecum
            FROM (SELECT ${[...KEY, 'day'].map((k) => `coalesce(a.${k}, e.${k}) AS ${k}`).join(', ')},
                         coalesce(a.n, 0) AS an, coalesce(e.n, 0) AS en, a.n_cum AS acum
                    FROM report_days a FULL JOIN (${RECOUNT_DAYS}) e ON ${KEY.map((k) => `a.${k} = e.${k}`).join(' AND ')} AND a.day = e.day) j) w
   CROSS JOIN LATERAL (VALUES ('n', w.an, w.en), ('n_cum', w.acum, w.ecum)) AS v(col, actual, expected)
   WHERE v.actual IS NOT NULL AND v.actual <> v.expected`;

/** Every roll-up row that differs from the recount: (table_name, key, actual, expected). */
export const ROLLUP_DIFFERENCES = `
  ${diff('report_totals', RECOUNT_TOTALS, KEY)}
  UNION ALL
  ${DAYS_DIFFERENCES}
  UNION ALL
  ${diff('report_registrations', RECOUNT_REGISTRATIONS, REGISTRATION_KEY)}`;

export const REBUILD = [
  // The outbox too: what is pending there is in the raw rows already, so the recount replaces it.
  'LOCK TABLE report_totals, report_days, report_registrations, report_outbox IN EXCLUSIVE MODE',
  'DELETE FROM report_outbox',
  'DELETE FROM report_totals',
  'DELETE FROM report_days',
  'DELETE FROM report_registrations',
  `INSERT INTO report_days (${keyList}, day, n, n_cum)
   SELECT ${keyList}, day, n, sum(n) OVER (PARTITION BY ${keyList} ORDER BY day) FROM (${RECOUNT_DAYS}) r`,
  `INSERT INTO report_totals (${keyList}, n) SELECT ${keyList}, sum(n) FROM report_days GROUP BY ${keyList} HAVING sum(n) <> 0`,
  `INSERT INTO report_registrations (${REGISTRATION_KEY.join(', ')}, n) SELECT ${REGISTRATION_KEY.join(', ')}, n FROM (${RECOUNT_REGISTRATIONS}) r`,
];

/** The count of key `t` (a report_totals row) up to the day `cmp` `day`: n_cum of its last day there, one probe. */
const cumulative = (t: string, cmp: string, day: string) =>
  `coalesce((SELECT d.n_cum FROM report_days d WHERE ${sameKey('d', t)} AND d.day ${cmp} ${day} ORDER BY d.day DESC LIMIT 1), 0)`;
/** Its count in the range: all time ($all), or [from, to] as the difference of two cumulative counts. */
const rangeCount = (t: string, all: string, from: string, to: string) =>
  `(CASE WHEN ${all} THEN ${t}.n ELSE ${cumulative(t, '<=', to)} - ${cumulative(t, '<', from)} END)::int`;

/**
 * Roll-up counts at `level` under `parent` ($1 course, $2 level, $3 parent), optionally of one unit ($7) and team
 * ($8), of the metrics $9 (null: all): all time ($4), or from $5 to $6 (days, both counted). One totals row per unit, kind, metric and module, and
 * for a range two index probes into report_days per row: the rows read depend on the units, never on the number of
 * learners or of days.
 */
export const ROLLUP_COUNTS = `
  SELECT t.unit_id, t.team_id, t.member, t.metric, t.module_id, ${rangeCount('t', '$4', '$5::date', '$6::date')} AS n
    FROM report_totals t
   WHERE t.course_id = $1 AND t.level = $2 AND t.parent_id = $3
     AND ($7::int IS NULL OR t.unit_id = $7) AND ($8::uuid IS NULL OR t.team_id = $8)
     AND ($9::smallint[] IS NULL OR t.metric = ANY($9::smallint[]))`;

export const ROLLUP_REGISTRATIONS = `
  SELECT unit_id, team_id, member, n FROM report_registrations
   WHERE level = $1 AND parent_id = $2 AND n <> 0 AND ($3::int IS NULL OR unit_id = $3) AND ($4::uuid IS NULL OR team_id = $4)`;

/** Daily module and course completions of a scope's own rows ($1 course, $2 level, $3 parent, $4..$5 days, $6 unit, $7 team), by ISO week. */
export const WEEKLY_COMPLETIONS = `
  SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, member, metric, sum(n)::int AS n
    FROM report_days
   WHERE course_id = $1 AND level = $2 AND parent_id = $3 AND day >= $4 AND day <= $5
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
 * ($1 course, $2 all-time, $3..$4 the range as in ROLLUP_COUNTS, $5 scope path or null for the nation, $6 team).
 * Read through a cursor: the API holds one batch of rows at a time, whatever the size of the scope. Counts and
 * registrations are gathered per unit by GROUP BY and joined (a subquery per unit over them was quadratic).
 */
export const EXPORT_ROWS = `
  WITH c AS (
    SELECT t.level, t.unit_id, t.team_id, json_agg(json_build_array(t.member, t.metric, t.module_id, t.n)) AS counts
      FROM (SELECT t.level, t.unit_id, t.team_id, t.member, t.metric, t.module_id, ${rangeCount('t', '$2', '$3::date', '$4::date')} AS n
              FROM report_totals t JOIN admin_units au ON au.id = t.unit_id
             WHERE t.course_id = $1 AND ($5::ltree IS NULL OR au.path <@ $5::ltree) AND ($6::uuid IS NULL OR t.team_id = $6)
               AND t.metric IN (${TABLE_METRICS.join(', ')})) t
     WHERE t.n <> 0
     GROUP BY 1, 2, 3
  ), r AS (
    SELECT rr.level, rr.unit_id, rr.team_id, json_agg(json_build_array(rr.member, rr.n)) AS registrations
      FROM report_registrations rr JOIN admin_units au ON au.id = rr.unit_id
     WHERE rr.n <> 0 AND ($5::ltree IS NULL OR au.path <@ $5::ltree) AND ($6::uuid IS NULL OR rr.team_id = $6)
     GROUP BY 1, 2, 3
  ), k AS (
    SELECT coalesce(c.level, r.level) AS level, coalesce(c.unit_id, r.unit_id) AS unit_id, coalesce(c.team_id, r.team_id) AS team_id,
           c.counts, r.registrations
      FROM c FULL JOIN r ON r.level = c.level AND r.unit_id = c.unit_id AND r.team_id = c.team_id
  )
  SELECT k.level, k.team_id, u.code, u.name, p.code AS province_code, p.name AS province_name, t.name AS team_name,
         k.counts, k.registrations
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
