import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Courses, modules, lessons, quizzes, images and content versions imported from courses/. */
export class CreateCatalogTables1763856000000 implements MigrationInterface {
  name = 'CreateCatalogTables1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CONSTRAINT uq_courses_slug UNIQUE,
        language text NOT NULL,
        title jsonb NOT NULL,
        summary jsonb NOT NULL,
        issuer jsonb NOT NULL,
        quiz_passing_score double precision NOT NULL,
        content_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        slug text NOT NULL,
        position int NOT NULL,
        title jsonb NOT NULL,
        summary jsonb NOT NULL,
        variants jsonb NOT NULL DEFAULT '{}',
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_course_modules_course_slug UNIQUE (course_id, slug)
      )`);
    await q.query(`
      CREATE TABLE lessons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        module_id uuid NOT NULL REFERENCES course_modules(id) ON DELETE CASCADE,
        slug text NOT NULL,
        province_code varchar(2),
        position int NOT NULL,
        title jsonb NOT NULL,
        minutes int NOT NULL,
        objectives jsonb NOT NULL,
        body text NOT NULL,
        word_count int NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_lessons_course_slug UNIQUE (course_id, slug)
      )`);
    await q.query(`CREATE INDEX ix_lessons_module ON lessons (module_id)`);
    await q.query(`
      CREATE TABLE quizzes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        module_id uuid NOT NULL REFERENCES course_modules(id) ON DELETE CASCADE,
        province_code varchar(2),
        title jsonb,
        passing_score double precision NOT NULL,
        max_attempts int,
        questions jsonb NOT NULL,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One quiz per module and variant (the national default has no province).
    await q.query(`CREATE UNIQUE INDEX uq_quizzes_module_variant ON quizzes (module_id, coalesce(province_code, ''))`);
    await q.query(`
      CREATE TABLE course_assets (
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        path text NOT NULL,
        content_type text NOT NULL,
        data bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (course_id, path)
      )`);
    await q.query(`
      CREATE TABLE content_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
        content_hash text NOT NULL,
        changes jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_content_versions_course ON content_versions (course_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE content_versions, course_assets, quizzes, lessons, course_modules, courses');
  }
}
