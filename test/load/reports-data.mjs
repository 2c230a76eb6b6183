// The data set of the reports benchmark (issue 16), grown by set-based SQL inside PostgreSQL: no row crosses the
// wire, so 1,000,000 learners take minutes. What is written is what the API writes for the same story (users, teams,
// memberships, enrolments, lesson completions, quiz attempts, progress events, module and course completions), with
// the API's invariants: an enrolment's started_at is its first lesson, last_active_at its last event, completed_at its
// course completion; a module is completed when every current lesson of the learner's variant (province) is done and
// its quiz passed, at that moment, with the learner's commune and team; the course when all modules are. Triggers and
// foreign-key checks are off for the load (session_replication_role = replica); the roll-ups are then built by the
// same recount `lantoa reports:rebuild` runs (REBUILD), and verify() compares report numbers with a naive recount.
//
// Every random choice is a hash of (learner number, purpose) (hashint8extended), so two runs build the same data and
// growing 100,000 → 1,000,000 adds learners 100,001… without touching the first ones.

/** Lessons per module at most (time slots per module in a learner's timeline). */
const SLOTS = 12;

/** Run once: deterministic random numbers, the communes and the lessons and quiz of each module per province. */
export async function prepare(client, courseId) {
  await client.query(`SET session_replication_role = replica`);
  await client.query(`
    CREATE FUNCTION pg_temp.r(i bigint, k int) RETURNS float8 LANGUAGE sql IMMUTABLE
    AS $$ SELECT (hashint8extended(i, k) & 2147483647)::float8 / 2147483648 $$`);
  // Communes in code order; pick(r) skews learners towards the first ones (some communes are much bigger).
  await client.query(`
    CREATE TEMP TABLE bench_communes AS
    SELECT (row_number() OVER (ORDER BY c.code) - 1)::int AS cn, c.id, substring(c.path::text from '^g2025\\.p(\\d{2})') AS province
      FROM admin_units c WHERE c.level = 3 AND c.valid_to IS NULL AND c.path <@ 'g2025'`);
  await client.query(`CREATE UNIQUE INDEX ON bench_communes (cn)`);
  // The path through the course of a learner of each province: a module with a variant for the province is taken in
  // that variant (as complete_modules decides).
  await client.query(
    `CREATE TEMP TABLE bench_paths AS
     SELECT pv.province, cm.position AS m, cm.id AS module_id,
            (SELECT array_agg(l.id ORDER BY l.position, l.slug) FROM lessons l
              WHERE l.module_id = cm.id AND l.archived_at IS NULL AND l.province_code IS NOT DISTINCT FROM v.province) AS lessons,
            (SELECT q.id FROM quizzes q
              WHERE q.module_id = cm.id AND q.archived_at IS NULL AND q.province_code IS NOT DISTINCT FROM v.province) AS quiz
       FROM (SELECT DISTINCT province FROM bench_communes) pv
      CROSS JOIN course_modules cm
      CROSS JOIN LATERAL (SELECT CASE WHEN cm.variants ? pv.province THEN pv.province END AS province) v
      WHERE cm.course_id = $1 AND cm.archived_at IS NULL`,
    [courseId],
  );
  const { rows } = await client.query(
    `SELECT count(DISTINCT m)::int AS modules, max(cardinality(lessons))::int AS lessons, count(*) FILTER (WHERE lessons IS NULL OR quiz IS NULL)::int AS empty
       FROM bench_paths`,
  );
  if (rows[0].lessons > SLOTS || rows[0].empty > 0) throw new Error(`course shape not supported: ${JSON.stringify(rows[0])}`);
  // Module positions 1..n without gaps (the plan of a learner is "reached modules 1..k").
  await client.query(`
    UPDATE bench_paths b SET m = x.rank FROM (
      SELECT module_id, province, dense_rank() OVER (ORDER BY m)::int AS rank FROM bench_paths) x
     WHERE x.module_id = b.module_id AND x.province = b.province`);
  return rows[0].modules;
}

/**
 * Learners `from`+1 … `to` with their teams and progress. About 5% are team members in teams of about 20 (the first
 * member of a team leads it); all members and about 70% of citizens are enrolled; each got as far as a module drawn
 * from a spread over the six, the last one reached often unfinished; about 15% of first quiz attempts fail.
 */
export async function grow(client, { courseId, modules, from, to, teamsBefore, now }) {
  const nowSql = `'${new Date(now).toISOString()}'::timestamptz`;
  const teamCount = Math.max(1, Math.round(((to - from) * 0.05) / 20));
  const q = (sql, params) => client.query(sql, params);

  await q(`DROP TABLE IF EXISTS bench_teams, bench_people`);
  await q(
    `CREATE TEMP TABLE bench_teams AS
     SELECT tn, gen_random_uuid() AS id, c.id AS commune_id, c.province
       FROM generate_series($1::int + 1, $1::int + $2::int) tn
       JOIN bench_communes c ON c.cn = floor(power(pg_temp.r(tn, 101), 1.6) * (SELECT count(*) FROM bench_communes))::int`,
    [teamsBefore, teamCount],
  );
  await q(`CREATE UNIQUE INDEX ON bench_teams (tn)`);
  await q(
    `INSERT INTO teams (id, commune_id, name, created_at) SELECT id, commune_id, 'Tổ công nghệ số ' || tn, ${nowSql} - interval '230 days' FROM bench_teams`,
  );

  // One row per learner with the plan of their story.
  await q(
    `CREATE TEMP TABLE bench_people AS
     SELECT i, gen_random_uuid() AS id, x.team_id, x.commune_id, x.province, x.created_at,
            x.team_id IS NOT NULL OR pg_temp.r(i, 5) < 0.7 AS enrolled,
            x.reached, x.start_at,
            x.reached = $4::int AND pg_temp.r(i, 8) < 0.85 AS completed_all,
            -- the time between two steps, so that the whole course fits before now
            least((0.2 + pg_temp.r(i, 9) * 1.3) * interval '1 day',
                  (${nowSql} - x.start_at) / ($4::int * ${SLOTS + 1} + 1)) AS step
       FROM generate_series($1::int + 1, $2::int) i
      CROSS JOIN LATERAL (
            SELECT t.id AS team_id, coalesce(t.commune_id, c.id) AS commune_id, coalesce(t.province, c.province) AS province,
                   ${nowSql} - (20 + pg_temp.r(i, 4) * 200) * interval '1 day' AS created_at,
                   ${nowSql} - (20 + pg_temp.r(i, 4) * 200) * interval '1 day' + pg_temp.r(i, 7) * interval '10 days' AS start_at,
                   least($4::int, (ARRAY[0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 6])[1 + floor(pg_temp.r(i, 6) * 12)::int]) AS reached
              FROM (SELECT 1) one
              LEFT JOIN bench_teams t ON pg_temp.r(i, 1) < 0.05 AND t.tn = $3::int + 1 + floor(pg_temp.r(i, 2) * $5::int)::int
              LEFT JOIN bench_communes c
                     ON t.id IS NULL AND c.cn = floor(power(pg_temp.r(i, 3), 1.6) * (SELECT count(*) FROM bench_communes))::int) x`,
    [from, to, teamsBefore, modules, teamCount],
  );
  await q(`ANALYZE bench_people`);
  await q(
    `INSERT INTO users (id, phone, full_name, commune_id, status, created_at, updated_at)
     SELECT id, '+849' || lpad(i::text, 8, '0'), 'Học viên ' || i, commune_id, 'active', created_at, created_at FROM bench_people`,
  );
  await q(
    `INSERT INTO team_memberships (team_id, user_id, role, joined_at, created_at)
     SELECT team_id, id, CASE WHEN i = min(i) OVER (PARTITION BY team_id) THEN 'leader' ELSE 'member' END, created_at, created_at
       FROM bench_people WHERE team_id IS NOT NULL`,
  );

  // Every step of every enrolled learner: lessons (kind L, slot 0..) and passing or failed quiz attempts (kind Q),
  // at start + (slot + jitter) × step. A module is full when it is not the last reached, or the course was finished.
  const steps = `
    SELECT p.i, p.id AS user_id, p.commune_id, p.team_id, b.m, b.module_id, b.quiz, s.kind, s.lesson_id, s.attempt, s.passed,
           p.start_at + ((b.m - 1) * ${SLOTS + 1} + s.slot + s.jitter) * p.step AS at
      FROM bench_people p
      JOIN bench_paths b ON b.province = p.province AND b.m <= p.reached
     CROSS JOIN LATERAL (SELECT b.m < p.reached OR p.completed_all AS full) f
     CROSS JOIN LATERAL (
           SELECT 'L' AS kind, b.lessons[l] AS lesson_id, NULL::int AS attempt, NULL::boolean AS passed, l - 1 AS slot,
                  pg_temp.r(p.i, 100 + b.m * 16 + l) * 0.9 AS jitter
             FROM generate_series(1, CASE WHEN f.full THEN cardinality(b.lessons)
                                          ELSE 1 + floor(pg_temp.r(p.i, 10 + b.m) * cardinality(b.lessons))::int END) l
           UNION ALL
           -- a failed first attempt for some, then the passing one (only in full modules)
           SELECT 'Q', NULL, a.n, a.n = z.last, cardinality(b.lessons), 0.2 + 0.3 * a.n
             FROM (SELECT CASE WHEN pg_temp.r(p.i, 30 + b.m) < 0.15 THEN 2 ELSE 1 END AS last) z
            CROSS JOIN LATERAL generate_series(1, z.last) AS a(n)
            WHERE f.full AND b.quiz IS NOT NULL) s
     WHERE p.enrolled`;
  await q(`DROP TABLE IF EXISTS bench_steps`);
  await q(`CREATE TEMP TABLE bench_steps AS ${steps}`);
  await q(`ANALYZE bench_steps`);

  await q(
    `INSERT INTO lesson_completions (user_id, lesson_id, course_id, completed_at, created_at)
     SELECT user_id, lesson_id, $1, at, at FROM bench_steps WHERE kind = 'L'`,
    [courseId],
  );
  await q(
    `INSERT INTO quiz_attempts (id, user_id, quiz_id, attempt_number, round_number, answers, correct_count, question_count, score, passed, submitted_at, created_at)
     SELECT gen_random_uuid(), user_id, quiz, attempt, 1, '{}', CASE WHEN passed THEN 5 ELSE 2 END, 5,
            CASE WHEN passed THEN 1 ELSE 0.4 END, passed, at, at
       FROM bench_steps WHERE kind = 'Q'`,
  );
  // A module is completed at its passing attempt (the event that completed it), where the learner was.
  await q(
    `INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at, created_at)
     SELECT user_id, $1, module_id, commune_id, team_id, at, at FROM bench_steps WHERE kind = 'Q' AND passed`,
    [courseId],
  );
  await q(
    `INSERT INTO completions (user_id, course_id, module_id, commune_id, team_id, completed_at, created_at)
     SELECT s.user_id, $1, NULL, s.commune_id, s.team_id, s.at, s.at
       FROM bench_steps s JOIN bench_people p ON p.id = s.user_id
      WHERE p.completed_all AND s.kind = 'Q' AND s.passed AND s.m = $2`,
    [courseId, modules],
  );
  // The stored answer of each event (what a replay is answered with).
  await q(
    `INSERT INTO progress_events (user_id, client_event_id, kind, lesson_id, occurred_at, result, created_at)
     SELECT user_id, gen_random_uuid()::text, 'lesson_completed', lesson_id, at,
            jsonb_build_object('lessonId', lesson_id, 'completedAt', to_jsonb(at), 'completedModuleIds', '[]'::jsonb, 'courseCompleted', false), at
       FROM bench_steps WHERE kind = 'L'`,
  );
  await q(
    `INSERT INTO progress_events (user_id, client_event_id, kind, quiz_attempt_id, occurred_at, result, created_at)
     SELECT a.user_id, gen_random_uuid()::text, 'quiz_submitted', a.id, a.submitted_at,
            jsonb_build_object('moduleCompleted', a.passed, 'courseCompleted', false), a.submitted_at
       FROM quiz_attempts a JOIN bench_people p ON p.id = a.user_id`,
  );
  await q(
    `INSERT INTO enrollments (user_id, course_id, started_at, last_active_at, completed_at, created_at)
     SELECT p.id, $1, s.first, s.last, c.completed_at, coalesce(s.first, p.start_at)
       FROM bench_people p
       LEFT JOIN (SELECT user_id, min(at) FILTER (WHERE kind = 'L') AS first, max(at) AS last FROM bench_steps GROUP BY 1) s ON s.user_id = p.id
       LEFT JOIN completions c ON c.user_id = p.id AND c.course_id = $1 AND c.module_id IS NULL
      WHERE p.enrolled`,
    [courseId],
  );
  await q(`DROP TABLE bench_steps`);
  return { teams: teamCount };
}
