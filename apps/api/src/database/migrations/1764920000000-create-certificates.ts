import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates (issue 15), issued by a trigger on the course completion, so a certificate exists exactly when the
 * course completion does: same transaction, whichever path completed the course (lesson batch, quiz, offline sync),
 * and the completion's own unique key (one per learner and course) plus uq_certificates_live make "exactly once" a
 * property of the data, not of the code. The completion functions of migration 1763856400000 are not touched.
 *
 * - Serial `LT-<year>-<province>-<6 digits>`: a counter row per province and year (certificate_serials), bumped by
 *   an upsert whose row lock orders concurrent issues; the year is the completion's, in Vietnam's time.
 * - What the certificate says is frozen at issue: holder name (NFC), course title and slug, issuer (the province's,
 *   where a province folder of the course names one, else the course's), the modules completed with the province
 *   variant where there was one. A corrected name is a new certificate (reissue): the old one becomes REPLACED and
 *   points to the new one.
 * - The signed credential (VC-JWT) is made by the API from these facts (certificates.service.ts) and stored once;
 *   status_index is the certificate's bit in the Bitstring Status List (revocation).
 * - signing_keys: the Ed25519 keys (public part always; private part only for keys generated here, not for keys
 *   that come from configuration). Retired keys stay, so older certificates keep verifying.
 * - Metric 7 (certificate issued) of the report roll-ups (migration 1764930000000), counted for the first
 *   certificate of a learner and course (a reissue is the same achievement).
 */
export class CreateCertificates1764920000000 implements MigrationInterface {
  name = 'CreateCertificates1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signing_keys (
        kid text PRIMARY KEY,
        public_jwk jsonb NOT NULL,
        private_jwk jsonb,
        active boolean NOT NULL DEFAULT true,
        source text NOT NULL CHECK (source IN ('generated', 'config')),
        retired_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX uq_signing_keys_active ON signing_keys (active) WHERE active');
    await q.query(`
      CREATE TABLE certificate_serials (
        province_code text NOT NULL,
        year int NOT NULL,
        last_number int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (province_code, year)
      )`);
    await q.query('CREATE SEQUENCE certificate_status_index MINVALUE 0 START 0');
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        serial text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses(id),
        course_slug text NOT NULL,
        course_title jsonb NOT NULL,
        holder_name text NOT NULL CHECK (holder_name = normalize(holder_name, NFC)),
        issuer jsonb NOT NULL,
        province_code text NOT NULL,
        commune_id int REFERENCES admin_units(id),
        team_id uuid REFERENCES teams(id) ON DELETE SET NULL,
        modules jsonb NOT NULL,
        completed_at timestamptz NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED', 'REPLACED')),
        status_index int NOT NULL DEFAULT nextval('certificate_status_index'),
        revoked_at timestamptz,
        revoked_reason text,
        revoked_by uuid REFERENCES users(id) ON DELETE SET NULL,
        replaces_id uuid REFERENCES certificates(id),
        replaced_by_id uuid REFERENCES certificates(id),
        credential_jwt text,
        kid text REFERENCES signing_keys(kid),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_certificates_serial UNIQUE (serial),
        CONSTRAINT uq_certificates_status_index UNIQUE (status_index)
      )`);
    // The live certificate: one per learner and course (a replaced one gives way to its replacement).
    await q.query(`CREATE UNIQUE INDEX uq_certificates_live ON certificates (user_id, course_id) WHERE status <> 'REPLACED'`);
    await q.query('CREATE INDEX ix_certificates_user ON certificates (user_id, issued_at DESC)');

    await q.query(`
      CREATE FUNCTION certificate_next_serial(p_province text, p_year int) RETURNS text LANGUAGE plpgsql AS $fn$
      DECLARE v_n int;
      BEGIN
        INSERT INTO certificate_serials (province_code, year, last_number) VALUES (p_province, p_year, 1)
        ON CONFLICT (province_code, year) DO UPDATE SET last_number = certificate_serials.last_number + 1
        RETURNING last_number INTO v_n;
        RETURN format('LT-%s-%s-%s', p_year, p_province, lpad(v_n::text, 6, '0'));
      END $fn$`);
    await q.query(`
      CREATE FUNCTION certificates_on_course_completion() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE
        v_province text;
        v_year int := extract(year FROM (NEW.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int;
      BEGIN
        -- The completion is unique per learner and course; this also keeps a restored completion from issuing twice.
        IF EXISTS (SELECT 1 FROM certificates c WHERE c.user_id = NEW.user_id AND c.course_id = NEW.course_id AND c.status <> 'REPLACED') THEN
          RETURN NULL;
        END IF;
        SELECT substring(a.path::text from '^g2025\\.p(\\d{2})') INTO v_province
          FROM admin_units a WHERE a.id = coalesce((SELECT t.commune_id FROM teams t WHERE t.id = NEW.team_id), NEW.commune_id);
        v_province := coalesce(v_province, '00');
        INSERT INTO certificates (serial, user_id, course_id, course_slug, course_title, holder_name, issuer, province_code,
                                  commune_id, team_id, modules, completed_at)
        SELECT certificate_next_serial(v_province, v_year), NEW.user_id, NEW.course_id, c.slug, c.title,
               normalize(btrim(u.full_name), NFC),
               coalesce((SELECT cm.variants -> v_province -> 'issuer' FROM course_modules cm
                          WHERE cm.course_id = c.id AND cm.archived_at IS NULL
                            AND jsonb_typeof(cm.variants -> v_province -> 'issuer') IN ('string', 'object')
                          ORDER BY cm.position LIMIT 1), c.issuer),
               v_province, NEW.commune_id, NEW.team_id,
               (SELECT coalesce(jsonb_agg(jsonb_build_object(
                         'slug', cm.slug, 'position', cm.position, 'title', cm.title,
                         'provinceCode', CASE WHEN cm.variants ? v_province THEN v_province END,
                         'variantTitle', CASE WHEN jsonb_typeof(cm.variants -> v_province -> 'title') IN ('string', 'object')
                                              THEN cm.variants -> v_province -> 'title' END)
                       ORDER BY cm.position), '[]'::jsonb)
                  FROM completions mc JOIN course_modules cm ON cm.id = mc.module_id
                 WHERE mc.user_id = NEW.user_id AND mc.course_id = NEW.course_id AND cm.archived_at IS NULL),
               NEW.completed_at
          FROM users u CROSS JOIN courses c
         WHERE u.id = NEW.user_id AND c.id = NEW.course_id;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER certificates_issue AFTER INSERT ON completions
      FOR EACH ROW WHEN (NEW.module_id IS NULL) EXECUTE FUNCTION certificates_on_course_completion()`);

    // Metric 7 of the roll-ups: counted where the course completion counts (the team's commune, else the learner's).
    await q.query(`
      CREATE FUNCTION report_on_certificates() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE v_commune int := coalesce((SELECT t.commune_id FROM teams t WHERE t.id = NEW.team_id), NEW.commune_id);
      BEGIN
        IF v_commune IS NOT NULL THEN
          PERFORM report_add(ARRAY[NEW.course_id], ARRAY[v_commune], ARRAY[NEW.team_id], ARRAY[report_day(NEW.completed_at)],
                             ARRAY[7::smallint], ARRAY['00000000-0000-0000-0000-000000000000'::uuid], ARRAY[1]);
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(`
      CREATE TRIGGER report_certificates AFTER INSERT ON certificates
      FOR EACH ROW WHEN (NEW.replaces_id IS NULL) EXECUTE FUNCTION report_on_certificates()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER report_certificates ON certificates');
    await q.query('DROP TRIGGER certificates_issue ON completions');
    await q.query('DROP FUNCTION report_on_certificates(), certificates_on_course_completion(), certificate_next_serial(text, int)');
    await q.query('DROP TABLE certificates, certificate_serials, signing_keys');
    await q.query('DROP SEQUENCE certificate_status_index');
  }
}
