/** The certificate reads, in one place (the issue itself is the trigger of migration 1764920000000). */

/** A certificate with what every view of it needs: holder (for scope), replacement links, province name. */
export const CERTIFICATE_SELECT = `
  SELECT c.id, c.serial, c.user_id, c.course_slug, c.course_title, c.holder_name, c.issuer, c.province_code, c.modules,
         c.completed_at, c.issued_at, c.status, c.status_index, c.revoked_at, c.revoked_reason, c.credential_jwt,
         r.serial AS replaced_by_serial, o.serial AS replaces_serial,
         u.phone, u.full_name, u.status AS user_status, u.commune_id AS user_commune_id, p.name AS province_name
    FROM certificates c
    JOIN users u ON u.id = c.user_id
    LEFT JOIN certificates r ON r.id = c.replaced_by_id
    LEFT JOIN certificates o ON o.id = c.replaces_id
    LEFT JOIN admin_units p ON p.level = 1 AND p.code = c.province_code AND p.valid_to IS NULL`;

/** Bits to set in a status list: revoked certificates, and replaced ones (no longer the valid certificate). */
export const STATUS_LIST_SET_BITS = `
  SELECT status_index FROM certificates
   WHERE status <> 'VALID' AND status_index >= $1 AND status_index < $2`;

/** A reissue: the same facts under a new serial of the same province and year, with the corrected name. */
export const REISSUE_CERTIFICATE = `
  INSERT INTO certificates (serial, user_id, course_id, course_slug, course_title, holder_name, issuer, province_code, commune_id,
                            team_id, modules, completed_at, replaces_id)
  SELECT certificate_next_serial(o.province_code, extract(year FROM (o.completed_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int),
         o.user_id, o.course_id, o.course_slug, o.course_title, $2, o.issuer, o.province_code, o.commune_id, o.team_id, o.modules,
         o.completed_at, o.id
    FROM certificates o WHERE o.id = $1
  RETURNING id, serial`;
