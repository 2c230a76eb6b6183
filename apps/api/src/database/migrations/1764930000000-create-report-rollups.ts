import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roll-ups for the completion reports (issue 16), kept up to date by triggers in the same transaction as the
 * progress they count, so a report never scans learners at request time.
 *
 * report_counts holds event counts at three levels, each row keyed by its parent so "the children of this scope" is
 * one index range:
 *   level 1: one row per province (parent 0 = the nation)
 *   level 2: one row per commune (parent = province)
 *   level 3: one row per team, and one for citizens outside teams (team = nil), in a commune (parent = commune)
 * and at three grains: 'A' all time, 'M' per month, 'D' per day (Vietnam local dates). A from/to range reads whole
 * months plus the days at its two ends, so the rows read depend on units and dates, never on learners.
 *
 * Who counts where (docs/learning-rules.md, "completions keep the commune and team of their moment"):
 * - module/course completions: the commune and team stored on the completion (a team member under the team's commune);
 * - enrolled, started, reached a module, passed a quiz: where the learner was at that moment (team membership
 *   history, joined_at ≤ t < left_at; otherwise their commune);
 * - registered (report_registrations): people as they are now (current team, otherwise their commune).
 * A member who moves keeps what they did in the old team; what they do afterwards counts in the new one.
 *
 * The shared completion functions (migration 1763856400000) are not touched: these are AFTER triggers on their
 * tables. reports.sql.ts recounts the same numbers from raw rows (`lantoa reports:rebuild --check`).
 */
export class CreateReportRollups1764930000000 implements MigrationInterface {
  name = 'CreateReportRollups1764930000000';

  async up(q: QueryRunner): Promise<void> {
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
      CREATE TABLE report_registrations (
        level smallint NOT NULL CHECK (level IN (1, 2, 3)),
        parent_id int NOT NULL,
        unit_id int NOT NULL,
        team_id uuid NOT NULL,
        member boolean NOT NULL,
        n int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (level, parent_id, unit_id, team_id, member)
      )`);
    // Every export: who, when, which scope and parameters (national admins read it).
    await q.query(`
      CREATE TABLE report_exports (
        id bigserial PRIMARY KEY,
        user_id uuid REFERENCES users(id) ON DELETE SET NULL,
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        scope_code text NOT NULL,
        course_slug text NOT NULL,
        parameters jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX ix_report_exports_created ON report_exports (created_at DESC)');

    // "Which team was this learner in at that moment" (report_place_at), for every counted event.
    await q.query('CREATE INDEX ix_team_memberships_user_joined ON team_memberships (user_id, joined_at)');
    await q.query(`
      CREATE FUNCTION report_day(p_at timestamptz) RETURNS date LANGUAGE sql STABLE
      AS $$ SELECT (p_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date $$`);
    // Where a learner was at a moment: the team they were in (the latest joined if two overlap), else their commune.
    await q.query(`
      CREATE FUNCTION report_place_at(p_user uuid, p_at timestamptz, OUT commune_id int, OUT team_id uuid)
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(t.commune_id, u.commune_id), t.id
          FROM users u
          LEFT JOIN LATERAL (
                SELECT m.team_id FROM team_memberships m
                 WHERE m.user_id = u.id AND m.joined_at <= p_at AND (m.left_at IS NULL OR m.left_at > p_at)
                 ORDER BY m.joined_at DESC LIMIT 1) m ON true
          LEFT JOIN teams t ON t.id = m.team_id
         WHERE u.id = p_user
      $$`);
    // One counted fact in a commune (and team) becomes its rows at the three levels and three grains.
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
         CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, '00000000-0000-0000-0000-000000000000'::uuid),
                                    (2::smallint, c.parent_id, c.id, '00000000-0000-0000-0000-000000000000'::uuid),
                                    (3::smallint, c.id, c.id, coalesce(d.team_id, '00000000-0000-0000-0000-000000000000'::uuid)))
               AS x(level, parent_id, unit_id, team_id)
         CROSS JOIN LATERAL (VALUES ('A'::char(1), date '2000-01-01'), ('M', date_trunc('month', d.day)::date), ('D', d.day))
               AS g(grain, day)
         WHERE c.parent_id IS NOT NULL
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
      $$`);
    // Sorted so two transactions bumping the same rows take their locks in the same order (no deadlock).
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
    await q.query(`
      CREATE FUNCTION report_register(p_commune int, p_team uuid, p_n int) RETURNS void LANGUAGE sql AS $$
        INSERT INTO report_registrations (level, parent_id, unit_id, team_id, member, n)
        SELECT x.level, x.parent_id, x.unit_id, x.team_id, p_team IS NOT NULL, p_n
          FROM admin_units c
         CROSS JOIN LATERAL (VALUES (1::smallint, 0, c.parent_id, '00000000-0000-0000-0000-000000000000'::uuid),
                                    (2::smallint, c.parent_id, c.id, '00000000-0000-0000-0000-000000000000'::uuid),
                                    (3::smallint, c.id, c.id, coalesce(p_team, '00000000-0000-0000-0000-000000000000'::uuid)))
               AS x(level, parent_id, unit_id, team_id)
         WHERE c.id = p_commune AND c.parent_id IS NOT NULL
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (level, parent_id, unit_id, team_id, member) DO UPDATE SET n = report_registrations.n + EXCLUDED.n
      $$`);

    // Metrics: 1 enrolled, 2 started, 3 reached a module, 4 passed a module's quiz, 5 completed a module,
    // 6 completed the course, 7 certificate issued (reports.sql.ts names them).
    await q.query(`
      CREATE FUNCTION report_on_completions() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM report_add(array_agg(x.course_id), array_agg(x.commune_id), array_agg(x.team_id), array_agg(x.day),
                           array_agg(x.metric), array_agg(x.module_id), array_agg(1))
           FROM (SELECT n.course_id, coalesce(t.commune_id, n.commune_id) AS commune_id, n.team_id,
                        report_day(n.completed_at) AS day,
                        (CASE WHEN n.module_id IS NULL THEN 6 ELSE 5 END)::smallint AS metric,
                        coalesce(n.module_id, '00000000-0000-0000-0000-000000000000') AS module_id
                   FROM new_rows n LEFT JOIN teams t ON t.id = n.team_id) x
          WHERE x.commune_id IS NOT NULL;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_completions AFTER INSERT ON completions REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION report_on_completions()`);

    await q.query(`
      CREATE FUNCTION report_on_enrollments() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM report_add(array_agg(x.course_id), array_agg(x.commune_id), array_agg(x.team_id), array_agg(x.day),
                           array_agg(x.metric), array_agg(x.module_id), array_agg(1))
           FROM (SELECT n.course_id, p.commune_id, p.team_id, report_day(e.at) AS day, e.metric,
                        '00000000-0000-0000-0000-000000000000'::uuid AS module_id
                   FROM new_rows n
                  CROSS JOIN LATERAL (VALUES (1::smallint, n.created_at), (2::smallint, n.started_at)) e(metric, at)
                  CROSS JOIN LATERAL report_place_at(n.user_id, e.at) p
                  WHERE e.at IS NOT NULL) x
          WHERE x.commune_id IS NOT NULL;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_enrollments AFTER INSERT ON enrollments REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION report_on_enrollments()`);
    // "Started" moves when an older event arrives late (started_at only ever moves earlier, or from null).
    await q.query(`
      CREATE FUNCTION report_on_enrollment_started() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        v_old record;
        v_new record;
      BEGIN
        IF OLD.started_at IS NOT NULL THEN
          SELECT * INTO v_old FROM report_place_at(OLD.user_id, OLD.started_at);
          IF v_old.commune_id IS NOT NULL THEN
            PERFORM report_add(ARRAY[OLD.course_id], ARRAY[v_old.commune_id], ARRAY[v_old.team_id],
                               ARRAY[report_day(OLD.started_at)], ARRAY[2::smallint],
                               ARRAY['00000000-0000-0000-0000-000000000000'::uuid], ARRAY[-1]);
          END IF;
        END IF;
        IF NEW.started_at IS NOT NULL THEN
          SELECT * INTO v_new FROM report_place_at(NEW.user_id, NEW.started_at);
          IF v_new.commune_id IS NOT NULL THEN
            PERFORM report_add(ARRAY[NEW.course_id], ARRAY[v_new.commune_id], ARRAY[v_new.team_id],
                               ARRAY[report_day(NEW.started_at)], ARRAY[2::smallint],
                               ARRAY['00000000-0000-0000-0000-000000000000'::uuid], ARRAY[1]);
          END IF;
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_enrollment_started AFTER UPDATE OF started_at ON enrollments
      FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at) EXECUTE FUNCTION report_on_enrollment_started()`);

    // Reached a module: the first lesson done in it. A late-arriving older lesson moves that first moment earlier.
    await q.query(`
      CREATE FUNCTION report_on_lesson_completions() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM report_add(array_agg(x.course_id), array_agg(x.place_commune), array_agg(x.place_team), array_agg(report_day(x.at)),
                           array_agg(3::smallint), array_agg(x.module_id), array_agg(x.n))
           FROM (SELECT f.course_id, f.module_id, ch.at, ch.n, p.commune_id AS place_commune, p.team_id AS place_team
                   FROM (SELECT n.user_id, n.course_id, l.module_id, min(n.completed_at) AS at
                           FROM new_rows n JOIN lessons l ON l.id = n.lesson_id GROUP BY 1, 2, 3) f
                  CROSS JOIN LATERAL (
                        SELECT min(lc.completed_at) AS at FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id
                         WHERE lc.user_id = f.user_id AND lc.course_id = f.course_id AND l.module_id = f.module_id
                           AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.user_id = lc.user_id AND n.lesson_id = lc.lesson_id)) prev
                  CROSS JOIN LATERAL (VALUES (f.at, 1), (prev.at, -1)) ch(at, n)
                  CROSS JOIN LATERAL report_place_at(f.user_id, ch.at) p
                  WHERE (prev.at IS NULL AND ch.n = 1) OR (f.at < prev.at)) x
          WHERE x.place_commune IS NOT NULL;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_lesson_completions AFTER INSERT ON lesson_completions REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION report_on_lesson_completions()`);

    // Passed a module's quiz (any variant of it): the first passing attempt.
    await q.query(`
      CREATE FUNCTION report_on_quiz_attempts() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM report_add(array_agg(x.course_id), array_agg(x.place_commune), array_agg(x.place_team), array_agg(report_day(x.at)),
                           array_agg(4::smallint), array_agg(x.module_id), array_agg(x.n))
           FROM (SELECT f.course_id, f.module_id, ch.at, ch.n, p.commune_id AS place_commune, p.team_id AS place_team
                   FROM (SELECT n.user_id, cm.course_id, q.module_id, min(n.submitted_at) AS at
                           FROM new_rows n JOIN quizzes q ON q.id = n.quiz_id JOIN course_modules cm ON cm.id = q.module_id
                          WHERE n.passed GROUP BY 1, 2, 3) f
                  CROSS JOIN LATERAL (
                        SELECT min(a.submitted_at) AS at FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
                         WHERE a.user_id = f.user_id AND q.module_id = f.module_id AND a.passed
                           AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = a.id)) prev
                  CROSS JOIN LATERAL (VALUES (f.at, 1), (prev.at, -1)) ch(at, n)
                  CROSS JOIN LATERAL report_place_at(f.user_id, ch.at) p
                  WHERE (prev.at IS NULL AND ch.n = 1) OR (f.at < prev.at)) x
          WHERE x.place_commune IS NOT NULL;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_quiz_attempts AFTER INSERT ON quiz_attempts REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION report_on_quiz_attempts()`);

    // Registered people, as they are now.
    await q.query(`
      CREATE FUNCTION report_on_users_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT commune_id, count(*)::int AS n FROM new_rows WHERE commune_id IS NOT NULL GROUP BY 1 ORDER BY 1 LOOP
          PERFORM report_register(r.commune_id, NULL, r.n);
        END LOOP;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_users_insert AFTER INSERT ON users REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION report_on_users_insert()`);
    await q.query(`
      CREATE FUNCTION report_on_users_commune() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM team_memberships m WHERE m.user_id = NEW.id AND m.left_at IS NULL) THEN
          PERFORM report_register(OLD.commune_id, NULL, -1);
          PERFORM report_register(NEW.commune_id, NULL, 1);
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_users_commune AFTER UPDATE OF commune_id ON users
      FOR EACH ROW WHEN (OLD.commune_id IS DISTINCT FROM NEW.commune_id) EXECUTE FUNCTION report_on_users_commune()`);
    await q.query(`
      CREATE FUNCTION report_on_membership() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        v_user_commune int := (SELECT commune_id FROM users WHERE id = NEW.user_id);
        v_team_commune int := (SELECT commune_id FROM teams WHERE id = NEW.team_id);
        v_sign int := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
      BEGIN
        PERFORM report_register(v_user_commune, NULL, -v_sign);
        PERFORM report_register(v_team_commune, NEW.team_id, v_sign);
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_membership_joined AFTER INSERT ON team_memberships
      FOR EACH ROW WHEN (NEW.left_at IS NULL) EXECUTE FUNCTION report_on_membership()`);
    await q.query(`
      CREATE TRIGGER report_membership_left AFTER UPDATE OF left_at ON team_memberships
      FOR EACH ROW WHEN (OLD.left_at IS NULL AND NEW.left_at IS NOT NULL) EXECUTE FUNCTION report_on_membership()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER report_membership_left ON team_memberships');
    await q.query('DROP TRIGGER report_membership_joined ON team_memberships');
    await q.query('DROP TRIGGER report_users_commune ON users');
    await q.query('DROP TRIGGER report_users_insert ON users');
    await q.query('DROP TRIGGER report_quiz_attempts ON quiz_attempts');
    await q.query('DROP TRIGGER report_lesson_completions ON lesson_completions');
    await q.query('DROP TRIGGER report_enrollment_started ON enrollments');
    await q.query('DROP TRIGGER report_enrollments ON enrollments');
    await q.query('DROP TRIGGER report_completions ON completions');
    await q.query(`DROP FUNCTION report_on_membership(), report_on_users_commune(), report_on_users_insert(),
      report_on_quiz_attempts(), report_on_lesson_completions(), report_on_enrollment_started(), report_on_enrollments(),
      report_on_completions(), report_register(int, uuid, int),
      report_add(uuid[], int[], uuid[], date[], smallint[], uuid[], int[]),
      report_expand(uuid[], int[], uuid[], date[], smallint[], uuid[], int[]),
      report_place_at(uuid, timestamptz), report_day(timestamptz)`);
    await q.query('DROP INDEX ix_team_memberships_user_joined');
    await q.query('DROP TABLE report_exports, report_registrations, report_counts');
  }
}
